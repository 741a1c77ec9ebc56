import { run, table, target } from './helpers';
import { unknownAction } from '../../../src/validation/rules/unknown-action';

describe('UnknownAction', () => {
  table(unknownAction, [
    ['a known action', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, false],
    ['a known action in other letter case', { Effect: 'Allow', Action: 'S3:getobject', Resource: '*' }, false],
    ['a wildcard pattern (checked by another rule)', { Effect: 'Allow', Action: 's3:Get*', Resource: '*' }, false],
    ['an unknown service (checked by another rule)', { Effect: 'Allow', Action: 's3x:GetObjekt', Resource: '*' }, false],
    ['a token', { Effect: 'Allow', Action: { Ref: 'Param' }, Resource: '*' }, false],
    ['a typo', { Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }, true],
    ['a typo in NotAction', { Effect: 'Deny', NotAction: ['sqs:SendMesage'], Resource: '*' }, true],
  ]);

  test('suggests the closest action', () => {
    const [f] = run(unknownAction, target([{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]));
    expect(f.message).toContain("did you mean 's3:GetObject'?");
    expect(f.fix).toContain("'s3:GetObject'");
  });
});
