import { table } from './helpers';
import { unknownConditionOperator } from '../../../src/validation/rules/unknown-condition-operator';

const c = (Condition: object) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition });

describe('UnknownConditionOperator', () => {
  table(unknownConditionOperator, [
    ['StringEquals', c({ StringEquals: { 'aws:PrincipalAccount': '123456789012' } }), false],
    ['ForAnyValue:StringLikeIfExists', c({ 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': 'a*' } }), false],
    ['Null', c({ Null: { 'aws:TokenIssueTime': 'true' } }), false],
    ['a misspelt operator', c({ StringEqual: { 'aws:PrincipalAccount': '123456789012' } }), true],
    ['NullIfExists', c({ NullIfExists: { 'aws:TokenIssueTime': 'true' } }), true],
    ['an unknown set qualifier', c({ 'ForSomeValues:StringEquals': { 'aws:TagKeys': 'a' } }), true],
    ['wrong letter case', c({ stringequals: { 'aws:PrincipalAccount': '123456789012' } }), true],
  ]);
});
