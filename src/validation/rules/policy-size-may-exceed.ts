import { Severity } from '../finding';
import { UNKNOWN_MAX } from '../private/size';
import { sizeChecks } from '../private/size-checks';
import { Rule } from '../rule';

/** The policy may be larger than IAM accepts once deploy-time values are known. */
export const policySizeMayExceed: Rule = {
  id: 'PolicySizeMayExceed',
  severity: Severity.WARNING,
  description: 'A policy may exceed its IAM size quota once values resolved at deploy time are filled in.',
  explanation: `Each value known only at deploy time (a Ref, a GetAtt, an import) is counted at up to ${UNKNOWN_MAX} `
    + 'characters; with those upper bounds the policy is over its quota, with the lower bounds it is not.',
  check(ctx) {
    return sizeChecks(ctx).filter((c) => c.size.min <= c.limit && c.size.max > c.limit).map((c) => ({
      location: c.location,
      message: `${c.what} is ${c.size.min} to ${c.size.max} characters (estimated), and the quota is ${c.limit}`,
      fix: 'move statements to a managed policy, or check the deployed size; acknowledge this warning if it fits',
    }));
  },
};
