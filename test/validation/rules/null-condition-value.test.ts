import { table } from './helpers';
import { nullConditionValue } from '../../../src/validation/rules/null-condition-value';

const c = (value: unknown) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Null: { 'aws:TokenIssueTime': value } } });

describe('NullConditionValue', () => {
  table(nullConditionValue, [
    ['"true"', c('true'), false],
    ['false (a boolean)', c(false), false],
    ['a token', c({ Ref: 'P' }), false],
    ['"yes"', c('yes'), true],
    ['a list with "1"', c(['true', '1']), true],
  ]);
});
