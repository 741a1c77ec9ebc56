import { validate } from '../../../src/validation/engine';
import { tooManyManagedPolicies } from '../../../src/validation/rules/too-many-managed-policies';
import type { ValidationTarget } from '../../../src/validation/target';

const withAttached = (n: number): ValidationTarget => ({
  kind: 'role',
  path: 'R',
  documents: [],
  entity: { managedPolicyArns: [...Array.from({ length: n - 1 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`), { Ref: 'Managed' }] },
});

describe('TooManyManagedPolicies', () => {
  test.each([[20, 0], [21, 1]])('%i attached policies (one a Ref) give %i error(s)', (n, errors) => {
    const findings = validate(withAttached(n), { rules: [tooManyManagedPolicies] });
    expect(findings).toHaveLength(errors);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  test('a different maximum is honoured', () => {
    expect(validate(withAttached(21), { rules: [tooManyManagedPolicies], limits: { attachedManagedPoliciesMax: 25 } })).toHaveLength(0);
  });
});
