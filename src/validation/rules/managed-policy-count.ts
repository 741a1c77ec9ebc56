import { Severity } from '../finding';
import { elements } from '../private/values';
import { Rule, RuleResult } from '../rule';
import type { RuleContext } from '../target';

function attachedCount(ctx: RuleContext): number | undefined {
  if (!['role', 'user', 'group'].includes(ctx.target.kind)) { return undefined; }
  const list = elements(ctx.target.entity?.managedPolicyArns);
  return list?.length;
}

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
