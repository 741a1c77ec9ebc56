import { Severity } from '../finding';
import { attachedCount } from '../private/attached-count';
import { Rule, RuleResult } from '../rule';

/** More managed policies than IAM ever allows are attached. */
export const tooManyManagedPolicies: Rule = {
  id: 'TooManyManagedPolicies',
  severity: Severity.ERROR,
  description: 'More managed policies are attached to a role, user or group than IAM allows at most (20).',
  explanation: 'IAM rejects the attachment ("Cannot exceed quota for PoliciesPerRole"); 20 is the highest quota AWS grants.',
  check(ctx): RuleResult[] {
    const n = attachedCount(ctx);
    if (n === undefined || n <= ctx.limits.attachedManagedPoliciesMax) { return []; }
    return [{
      location: 'Properties.ManagedPolicyArns',
      message: `${n} managed policies are attached, over the maximum of ${ctx.limits.attachedManagedPoliciesMax}`,
      fix: 'combine managed policies into fewer ones',
    }];
  },
};
