import { Lazy } from 'aws-cdk-lib';
import { assertConditionBlock, mergeConditionBlock } from '../../../src/policy/private/condition-block';

describe('condition blocks', () => {
  test('accepts objects and tokens', () => {
    expect(() => assertConditionBlock('Bool', { a: 'true' })).not.toThrow();
    expect(() => assertConditionBlock('Bool', Lazy.any({ produce: () => ({}) }))).not.toThrow();
    expect(() => assertConditionBlock('Bool', Lazy.string({ produce: () => '{}' }))).not.toThrow();
  });

  test.each([['a string', 'x'], ['a list', []], ['null', null], ['undefined', undefined], ['a boolean', true]])('throws for %s', (_n, v) => {
    expect(() => assertConditionBlock('Bool', v)).toThrow(/\[InvalidCondition\]/);
  });

  test('merges keys, later wins, without touching the inputs', () => {
    const existing = { a: '1', b: '2' };
    expect(mergeConditionBlock('StringEquals', existing, { a: '3' })).toEqual({ a: '3', b: '2' });
    expect(existing).toEqual({ a: '1', b: '2' });
    expect(mergeConditionBlock('StringEquals', undefined, { a: '3' })).toEqual({ a: '3' });
  });

  test('throws when merging with a token block', () => {
    expect(() => mergeConditionBlock('Bool', Lazy.any({ produce: () => ({}) }), { a: 'true' })).toThrow(/\[ConditionTokenMerge\]/);
  });
});
