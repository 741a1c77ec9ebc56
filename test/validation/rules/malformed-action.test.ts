import { table } from './helpers';
import { malformedAction } from '../../../src/validation/rules/malformed-action';

describe('MalformedAction', () => {
  table(malformedAction, [
    ['service:action', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, false],
    ['"*"', { Effect: 'Allow', Action: '*', Resource: '*' }, false],
    ['a token', { Effect: 'Allow', Action: '${Token[TOKEN.12]}', Resource: '*' }, false],
    ['no colon', { Effect: 'Allow', Action: 'GetObject', Resource: '*' }, true],
    ['a space', { Effect: 'Allow', Action: ['s3: GetObject'], Resource: '*' }, true],
    ['a number', { Effect: 'Allow', Action: [42], Resource: '*' }, true],
  ]);
});
