import { validate } from '../../../src/validation/engine';
import { managedPolicyQuota } from '../../../src/validation/rules/managed-policy-quota';
import type { ValidationTarget } from '../../../src/validation/target';

const withAttached = (n: number, kind: ValidationTarget['kind'] = 'role'): ValidationTarget => ({
  kind,
  path: 'R',
  documents: [],
  entity: { managedPolicyArns: Array.from({ length: n }, (_, i) => `arn:aws:iam::aws:policy/P${i}`) },
});

describe('ManagedPolicyQuota', () => {
  test.each([[10, 0], [11, 1], [20, 1], [21, 0]])('%i attached policies give %i warning(s)', (n, warnings) => {
    const findings = validate(withAttached(n), { rules: [managedPolicyQuota] });
    expect(findings).toHaveLength(warnings);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  test('applies to users and groups, not to managed policies', () => {
    expect(validate(withAttached(11, 'user'), { rules: [managedPolicyQuota] })).toHaveLength(1);
    expect(validate(withAttached(11, 'group'), { rules: [managedPolicyQuota] })).toHaveLength(1);
    expect(validate(withAttached(11, 'managed-policy'), { rules: [managedPolicyQuota] })).toHaveLength(0);
  });

  test('a raised quota is honoured', () => {
    expect(validate(withAttached(15), { rules: [managedPolicyQuota], limits: { attachedManagedPoliciesQuota: 20 } })).toHaveLength(0);
  });

  test('an unknown list is skipped', () => {
    const t: ValidationTarget = { kind: 'role', path: 'R', documents: [], entity: { managedPolicyArns: { Ref: 'List' } } };
    expect(validate(t, { rules: [managedPolicyQuota] })).toHaveLength(0);
  });
});
