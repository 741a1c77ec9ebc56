import { passesAnyPolicy, validateAnyPolicy, validateIdentityPolicy, validateResourcePolicy, validateTrustPolicy } from '../../../src/policy/private/statement-validation';

const NONE = { actions: 0, notActions: 0, resources: 0, notResources: 0, principals: 0, notPrincipals: 0 };
const codes = (messages: string[]) => messages.map((m) => /^\[(\w+)\]/.exec(m)?.[1]);

describe('statement validation', () => {
  test('any policy needs an action or not-action', () => {
    expect(codes(validateAnyPolicy(NONE))).toEqual(['MissingAction']);
    expect(validateAnyPolicy({ ...NONE, notActions: 1 })).toEqual([]);
  });

  test('a resource policy needs principals and resources unless skipped', () => {
    expect(codes(validateResourcePolicy({ ...NONE, actions: 1 }, false))).toEqual(['MissingPrincipal', 'MissingResource']);
    expect(codes(validateResourcePolicy({ ...NONE, actions: 1, notPrincipals: 1 }, true))).toEqual([]);
  });

  test('a trust policy needs principals', () => {
    expect(codes(validateTrustPolicy({ ...NONE, actions: 1 }))).toEqual(['MissingPrincipal']);
  });

  test('an identity policy has no principals, has resources and an alphanumeric Sid', () => {
    expect(codes(validateIdentityPolicy({ ...NONE, actions: 1, principals: 1, sid: 'a-b' }))).toEqual(['PrincipalInIdentityPolicy', 'MissingResource', 'InvalidSid']);
    expect(validateIdentityPolicy({ ...NONE, actions: 1, notResources: 1, sid: 'Ab12' })).toEqual([]);
  });
});

describe('passesAnyPolicy', () => {
  test.each([[0, 0], [1, 0], [0, 1], [2, 3]])('agrees with validateAnyPolicy for %i actions and %i not-actions', (actions, notActions) => {
    const shape = { actions, notActions, resources: 0, notResources: 0, principals: 0, notPrincipals: 0 };
    expect(passesAnyPolicy(actions, notActions)).toBe(validateAnyPolicy(shape).length === 0);
  });
});
