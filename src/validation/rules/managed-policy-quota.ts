import { Severity } from '../finding';
import { attachedCount } from '../private/attached-count';
import { Rule, RuleResult } from '../rule';

/** More managed policies than the default quota are attached. */
export const managedPolicyQuota: Rule = {
  id: 'ManagedPolicyQuota',
  severity: Severity.WARNING,
  description: 'More managed policies are attached to a role, user or group than the default quota (10).',
  explanation: 'IAM rejects the attachment beyond the account\'s quota, which is 10 unless raised (up to 20) '
    + 'through Service Quotas. Raise `attachedManagedPoliciesQuota` once your quota is raised.',
  check(ctx): RuleResult[] {
    const n = attachedCount(ctx);
    if (n === undefined || n <= ctx.limits.attachedManagedPoliciesQuota || n > ctx.limits.attachedManagedPoliciesMax) { return []; }
    return [{
      location: 'Properties.ManagedPolicyArns',
      message: `${n} managed policies are attached, over the default quota of ${ctx.limits.attachedManagedPoliciesQuota}`,
      fix: 'combine policies, or request a quota increase and raise attachedManagedPoliciesQuota',
    }];
  },
};
