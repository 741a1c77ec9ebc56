import { Effect } from '../../../src/policy';
import { isPlainObject, statementPropsFromJson } from '../../../src/policy/private/statement-from-json';

describe('statementPropsFromJson', () => {
  test('reads every element, wrapping scalars in lists', () => {
    const props = statementPropsFromJson({
      Sid: 'S', Effect: 'Deny', Action: 'a:b', Resource: ['r1', 'r2'], Principal: { AWS: 'x' }, Condition: { Bool: { a: 'true' } },
    });
    expect(props.sid).toEqual('S');
    expect(props.effect).toEqual(Effect.DENY);
    expect(props.actions).toEqual(['a:b']);
    expect(props.resources).toEqual(['r1', 'r2']);
    expect(props.principals).toHaveLength(1);
    expect(props.notActions).toBeUndefined();
    expect(props.conditions).toEqual({ Bool: { a: 'true' } });
  });

  test.each<[string, any]>([
    ['unknown keys', { Effect: 'Allow', Acton: 'a:b' }],
    ['an Effect other than Allow or Deny', { Effect: 'Permit', Action: 'a:b' }],
    ['a non-string in a list', { Action: ['a:b', 1] }],
    ['a list as Condition', { Action: 'a:b', Condition: [] }],
  ])('throws for %s', (_name, json) => {
    expect(() => statementPropsFromJson(json)).toThrow(/\[InvalidPolicyJson\]/);
  });

  test('isPlainObject rejects arrays and null', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });
});
