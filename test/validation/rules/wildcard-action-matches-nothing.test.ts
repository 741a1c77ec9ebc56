import { table } from './helpers';
import { wildcardActionMatchesNothing } from '../../../src/validation/rules/wildcard-action-matches-nothing';

describe('WildcardActionMatchesNothing', () => {
  table(wildcardActionMatchesNothing, [
    ['a pattern that matches', { Effect: 'Allow', Action: 's3:Get*', Resource: '*' }, false],
    ['a ? pattern that matches', { Effect: 'Allow', Action: 's3:GetObjec?', Resource: '*' }, false],
    ['"service:*"', { Effect: 'Allow', Action: 'sqs:*', Resource: '*' }, false],
    ['a pattern of an unknown service', { Effect: 'Allow', Action: 'nosuchsvc:Get*', Resource: '*' }, false],
    ['a pattern that matches nothing', { Effect: 'Allow', Action: 's3:Gte*', Resource: '*' }, true],
  ]);
});
