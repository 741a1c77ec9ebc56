import { run, table, target } from './helpers';
import { unknownService } from '../../../src/validation/rules/unknown-service';

describe('UnknownService', () => {
  table(unknownService, [
    ['a known service', { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' }, false],
    ['"*"', { Effect: 'Allow', Action: '*', Resource: '*' }, false],
    ['a wildcard prefix', { Effect: 'Allow', Action: '*:Get*', Resource: '*' }, false],
    ['an unknown prefix', { Effect: 'Allow', Action: 'dynamodbb:GetItem', Resource: '*' }, true],
  ]);

  test('suggests the closest prefix', () => {
    const [f] = run(unknownService, target([{ Effect: 'Allow', Action: 'dynamodbb:GetItem', Resource: '*' }]));
    expect(f.message).toContain("did you mean 'dynamodb'?");
  });
});
