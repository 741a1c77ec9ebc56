import { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { cdkFragment, dedupeStringOf, registerView } from './views';
import type { IPrincipal } from '../../policy/principal';
import { addPrincipalToAssumeRole } from '../../principals/private/assume-role';

/**
 * One of our principals that is not an identity (a `ServicePrincipal`, an `AccountPrincipal`,
 * a `PrincipalWithConditions`, ...) as aws-cdk-lib's `IPrincipal`. Statements, trust policies and
 * statement merging see the same principal JSON, conditions and dedupe string as ours.
 */
export class CdkPrincipalView implements cdk_iam.IAssumeRolePrincipal, cdk_iam.IComparablePrincipal {
  public readonly grantPrincipal: cdk_iam.IPrincipal = this;

  constructor(private readonly target: IPrincipal) {
    registerView(this, target);
  }

  public get assumeRoleAction(): string { return this.target.assumeRoleAction; }

  public get principalAccount(): string | undefined { return this.target.principalAccount; }

  public get policyFragment(): cdk_iam.PrincipalPolicyFragment {
    return cdkFragment(this.target.policyFragment);
  }

  public addToPrincipalPolicy(statement: cdk_iam.PolicyStatement): cdk_iam.AddToPrincipalPolicyResult {
    return this.target.addToPrincipalPolicy(statement);
  }

  /** aws-cdk-lib's `PrincipalBase.addToPolicy`. */
  public addToPolicy(statement: cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  /** Adds this principal to an aws-cdk-lib trust policy, as our principal itself would. */
  public addToAssumeRolePolicy(document: cdk_iam.PolicyDocument): void {
    addPrincipalToAssumeRole(this.target, document);
  }

  public dedupeString(): string | undefined {
    return dedupeStringOf(this.target);
  }

  public toString(): string {
    return this.target.toString();
  }

  public toJSON(): { [key: string]: string[] } {
    return this.target.policyFragment.principalJson;
  }
}
