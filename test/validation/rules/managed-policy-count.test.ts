import { validate } from '../../../src/validation/engine';
import { managedPolicyQuota, tooManyManagedPolicies } from '../../../src/validation/rules/managed-policy-count';
import type { ValidationTarget } from '../../../src/validation/target';

const role = (n: number): ValidationTarget => ({
  kind: 'role',
  path: 'R',
  documents: [],
  entity: { managedPolicyArns: Array.from({ length: n }, (_, i) => `arn:aws:iam::aws:policy/P${i}`) },
});

describe('ManagedPolicyQuota / TooManyManagedPolicies', () => {
  test.each([
    [10, 0, 0],
    [11, 1, 0],
    [20, 1, 0],
    [21, 0, 1],
  ])('%i attached policies', (n, warnings, errors) => {
    expect(validate(role(n), { rules: [managedPolicyQuota] })).toHaveLength(warnings);
    expect(validate(role(n), { rules: [tooManyManagedPolicies] })).toHaveLength(errors);
  });

  test('a raised quota is honoured', () => {
    expect(validate(role(15), { rules: [managedPolicyQuota], limits: { attachedManagedPoliciesQuota: 20 } })).toHaveLength(0);
  });

  test('an unknown list is skipped', () => {
    const t: ValidationTarget = { kind: 'role', path: 'R', documents: [], entity: { managedPolicyArns: { Ref: 'List' } } };
    expect(validate(t, { rules: [managedPolicyQuota, tooManyManagedPolicies] })).toHaveLength(0);
  });
});
