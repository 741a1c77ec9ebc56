import { Lazy, Token } from 'aws-cdk-lib';
import { normalizeSimpleStatement, normalizeStatement } from '../../../src/policy/private/statement-json';

const EMPTY = { Action: [], NotAction: [], Condition: {}, Effect: 'Allow', Principal: {}, NotPrincipal: {}, Resource: [], NotResource: [] };

describe('normalizeStatement', () => {
  test('leaves out empty parts', () => {
    expect(normalizeStatement(EMPTY)).toEqual({ Effect: 'Allow' });
  });

  test('collapses one-element lists and de-duplicates action and resource lists', () => {
    expect(normalizeStatement({ ...EMPTY, Action: ['a:b'], Resource: ['x', 'y', 'x'], NotAction: [], Sid: 'S' }))
      .toEqual({ Action: 'a:b', Resource: ['x', 'y'], Effect: 'Allow', Sid: 'S' });
  });

  test('keeps principal lists as they are, collapsing one-element lists', () => {
    expect(normalizeStatement({ ...EMPTY, Principal: { AWS: ['a', 'a'], Service: ['s'] } }).Principal).toEqual({ AWS: ['a', 'a'], Service: 's' });
  });

  test('renders a literal principal as the string', () => {
    expect(normalizeStatement({ ...EMPTY, NotPrincipal: { LiteralString: ['*'] } }).NotPrincipal).toEqual('*');
  });

  test('passes unresolved lists through untouched', () => {
    const list = Token.asList(Lazy.list({ produce: () => ['a:b'] }));
    expect(normalizeStatement({ ...EMPTY, Action: list }).Action).toBe(list);
  });

  test('orders keys like aws-cdk-lib', () => {
    const json = normalizeStatement({ ...EMPTY, Sid: 'S', Resource: ['r'], Action: ['a:b'], Condition: { Bool: { a: 'true' } } });
    expect(Object.keys(json)).toEqual(['Action', 'Condition', 'Effect', 'Resource', 'Sid']);
  });
});

describe('normalizeSimpleStatement', () => {
  const lists: Array<readonly unknown[] | undefined> = [
    undefined, [], ['a:b'], ['a:b', 'c:d'], ['x', 'y', 'x'], Token.asList(Lazy.list({ produce: () => ['a:b'] })),
    [Lazy.string({ produce: () => 'r' })],
  ];

  test('renders what normalizeStatement renders for a statement of Action, Effect, Resource and Sid', () => {
    for (const actions of lists) {
      for (const resources of lists) {
        for (const sid of [undefined, 'S', Lazy.string({ produce: () => 'T' })]) {
          for (const effect of ['Allow', 'Deny']) {
            // GIVEN / WHEN
            const simple = normalizeSimpleStatement(actions, effect, resources, sid);
            const general = normalizeStatement({ ...EMPTY, Action: actions ?? [], Effect: effect, Resource: resources ?? [], Sid: sid });
            // THEN equal, keys in the same order
            expect(simple).toEqual(general);
            expect(Object.keys(simple)).toEqual(Object.keys(general));
          }
        }
      }
    }
  });

  test('never hands out the list it was given', () => {
    const actions = ['a:b', 'c:d'];
    expect(normalizeSimpleStatement(actions, 'Allow', undefined, undefined).Action).not.toBe(actions);
  });
});
