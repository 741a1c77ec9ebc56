import { table } from './helpers';
import { passRoleWildcard } from '../../../src/validation/rules/pass-role-wildcard';

describe('PassRoleWildcard', () => {
  table(passRoleWildcard, [
    ['PassRole on a role ARN', { Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/r' }, false],
    ['a Deny of PassRole on "*"', { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }, false],
    ['"*" on "*" (administrator access, another concern)', { Effect: 'Allow', Action: '*', Resource: '*' }, false],
    ['PassRole on "*"', { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }, true],
    ['iam:Pass* on "*"', { Effect: 'Allow', Action: ['s3:GetObject', 'iam:Pass*'], Resource: '*' }, true],
  ]);
});
