import { Severity } from '../finding';
import { sizeChecks } from '../private/size-checks';
import { Rule } from '../rule';

/** The policy is larger than IAM accepts, even with every deploy-time value at its shortest. */
export const policySize: Rule = {
  id: 'PolicySize',
  severity: Severity.ERROR,
  description: 'A policy (or the aggregate of inline policies) exceeds its IAM size quota.',
  explanation: 'IAM counts the characters of the policy JSON without whitespace and rejects the policy '
    + '("LimitExceeded"): role inline policies 10,240 in total, user 2,048, group 5,120, managed policy 6,144, '
    + 'trust policy 2,048 (raisable to 4,096). Values resolved at deploy time are counted at their shortest here.',
  check(ctx) {
    return sizeChecks(ctx).filter((c) => c.size.min > c.limit).map((c) => ({
      location: c.location,
      message: `${c.what} is at least ${c.size.min} characters, over the ${c.limit} IAM accepts`,
      fix: `split the statements into managed policies, merge statements, or raise '${c.limitName}' if your account's quota is higher`,
    }));
  },
};
