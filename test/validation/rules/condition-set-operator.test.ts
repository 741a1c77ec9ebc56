import { table } from './helpers';
import { conditionSetOperatorMisuse } from '../../../src/validation/rules/condition-set-operator';

const c = (Effect: string, Condition: object) => ({ Effect, Action: 's3:GetObject', Resource: '*', Condition });

describe('ConditionSetOperatorMisuse', () => {
  table(conditionSetOperatorMisuse, [
    ['ForAnyValue on a multivalued key', c('Allow', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } }), false],
    ['ForAllValues in an Allow with a Null check', c('Allow', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] }, 'Null': { 'aws:TagKeys': 'false' } }), false],
    ['ForAllValues in a Deny', c('Deny', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] } }), false],
    ['a plain operator on a single-valued key', c('Allow', { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }), false],
    ['ForAnyValue on a single-valued key', c('Allow', { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-1' } }), true],
    ['a plain operator on a multivalued key', c('Allow', { StringEquals: { 'aws:TagKeys': 'team' } }), true],
    ['ForAllValues in an Allow without a Null check', c('Allow', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] } }), true],
  ]);
});
