import { Effect, PolicyStatement } from '../../../src/policy';
import { bodyFromGetterJson, isPlainObject, statementPropsFromJson } from '../../../src/policy/private/statement-from-json';

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

describe('bodyFromGetterJson', () => {
  /** What fromJson builds from the same JSON: the statement's JSON, or the error it throws. */
  function throughProps(json: any): { json?: any; error?: string } {
    try {
      return { json: new PolicyStatement(statementPropsFromJson(json)).toStatementJson() };
    } catch (e: any) {
      return { error: e.message };
    }
  }

  function direct(json: any): { json?: any; error?: string } {
    try {
      return { json: bodyFromGetterJson(json).render() };
    } catch (e: any) {
      return { error: e.message };
    }
  }

  const lists = { NotAction: [], Resource: [], NotResource: [] };
  test.each<[string, any]>([
    ['a grant statement', { Effect: 'Allow', ...lists, Action: ['s3:GetObject*', 's3:List*'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] }],
    ['no Effect, a Sid, a Deny', { Sid: 'S1', ...lists, Action: ['s3:GetObject'] }],
    ['a Deny with not-lists', { Effect: 'Deny', Action: [], Resource: [], NotAction: ['iam:*'], NotResource: ['arn:aws:iam::*:role/x'] }],
    ['duplicates in a list', { ...lists, Action: ['s3:a', 's3:a', 's3:b'], Resource: ['r', 'r'] }],
    ['more actions than a scan holds', { ...lists, Action: Array.from({ length: 12 }, (_, i) => `dynamodb:Op${i}`), Resource: ['t'] }],
    ['conditions', { ...lists, Action: ['s3:GetObject'], Condition: { StringEquals: { 'aws:SourceAccount': '1' }, Bool: { 'aws:SecureTransport': 'true' } } }],
    ['an empty Sid', { Sid: '', ...lists, Action: ['s3:GetObject'] }],
    ['no action (accepted here, fromJson rejects it after)', { ...lists, Resource: ['*'] }],
    ['a non-string Sid', { Sid: 7, ...lists, Action: ['s3:GetObject'] }],
    ['an invalid Effect', { Effect: 'Permit', ...lists, Action: ['s3:GetObject'] }],
    ['a non-string action', { ...lists, Action: ['s3:GetObject', 5] }],
    ['a non-string resource', { ...lists, Action: ['s3:GetObject'], Resource: [{ Ref: 'X' }] }],
    ['an invalid action', { ...lists, Action: ['not an action'] }],
    ['Action and NotAction', { ...lists, Action: ['s3:a'], NotAction: ['s3:b'] }],
    ['Resource and NotResource', { ...lists, Action: ['s3:a'], Resource: ['a'], NotResource: ['b'] }],
    ['a non-object Condition', { ...lists, Action: ['s3:a'], Condition: 'x' }],
    ['an invalid condition block', { ...lists, Action: ['s3:a'], Condition: { StringEquals: 'x' } }],
  ])('builds what the props path builds, or throws its error: %s', (_name, json) => {
    expect(direct(json)).toEqual(throughProps(json));
  });
});

test('bodyFromGetterJson throws the InvalidPolicyJson errors of fromJson', () => {
  const lists = { NotAction: [], Resource: [], NotResource: [] };
  expect(() => bodyFromGetterJson({ Effect: 'Permit', ...lists, Action: ['s3:a'] })).toThrow(/\[InvalidPolicyJson\] Effect/);
  expect(() => bodyFromGetterJson({ Sid: 7 as any, ...lists, Action: ['s3:a'] })).toThrow(/\[InvalidPolicyJson\] Sid/);
  expect(() => bodyFromGetterJson({ ...lists, Action: ['s3:a', 5 as any] })).toThrow(/\[InvalidPolicyJson\] Fields/);
});
