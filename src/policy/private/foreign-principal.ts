import { aws_iam as cdk_iam } from 'aws-cdk-lib';
import type { PolicyStatement } from '../policy-statement';
import type { IPrincipal } from '../principal';
import { PrincipalPolicyFragment } from '../principal-policy-fragment';

/*
 * The seam towards aws-cdk-lib principals (see docs/design/interop.md). Our principals accept
 * both statement kinds (the interop contract on `IPrincipal.addToPrincipalPolicy`); aws-cdk-lib's
 * principals (a `lambda.Function`'s role, `iam.Role`, `iam.User`, ...) store what they receive in
 * their own `PolicyDocument`, which calls aws-cdk-lib-only members on it at synthesis. So a
 * statement of ours that goes to a principal that is not known to be ours is converted first.
 */

/**
 * True when the principal is known to be this library's: its policy fragment is ours.
 *
 * Wrongly answering "not ours" only costs a conversion (every principal of ours accepts
 * aws-cdk-lib statements), so anything in doubt (a throwing `policyFragment`, a fragment of
 * aws-cdk-lib) counts as foreign.
 */
export function isOwnPrincipal(principal: IPrincipal): boolean {
  try {
    return principal.policyFragment instanceof PrincipalPolicyFragment;
  } catch {
    return false;
  }
}

/** An aws-cdk-lib copy of one of our statements (the same rendered JSON). */
export function toCdkStatement(statement: PolicyStatement): cdk_iam.PolicyStatement {
  const conditions = statement.conditions;
  return new cdk_iam.PolicyStatement({
    sid: statement.sid,
    effect: statement.effect === 'Deny' ? cdk_iam.Effect.DENY : cdk_iam.Effect.ALLOW,
    actions: statement.actions,
    notActions: statement.notActions,
    resources: statement.resources,
    notResources: statement.notResources,
    principals: statement.principals as unknown as cdk_iam.IPrincipal[],
    notPrincipals: statement.notPrincipals as unknown as cdk_iam.IPrincipal[],
    conditions: conditions && Object.keys(conditions).length > 0 ? conditions : undefined,
  });
}

/**
 * The statement to hand to `principal.addToPrincipalPolicy`: the statement itself for our
 * principals, an aws-cdk-lib copy for the others.
 */
export function statementForPrincipal(
  principal: IPrincipal, statement: PolicyStatement | cdk_iam.PolicyStatement,
): PolicyStatement | cdk_iam.PolicyStatement {
  if (statement instanceof cdk_iam.PolicyStatement || isOwnPrincipal(principal)) { return statement; }
  return toCdkStatement(statement);
}
