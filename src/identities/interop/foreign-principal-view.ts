import { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { dedupeStringOf, registerView } from './views';
import type { PolicyDocument } from '../../policy/policy-document';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../../policy/principal';
import { PrincipalPolicyFragment } from '../../policy/principal-policy-fragment';
import { toCdkStatement } from '../../policy/private/foreign-principal';
import { addPrincipalToAssumeRole } from '../../principals/private/assume-role';

/**
 * An aws-cdk-lib principal (an `iam.Role`, a `lambda.Function`'s role, an `iam.ServicePrincipal`,
 * ...) as our `IPrincipal`, for the languages where a slot typed with our interface is nominal
 * (Java, C#). In TypeScript the aws-cdk-lib object can be passed directly. Our statements are
 * converted into aws-cdk-lib's before they reach it.
 */
export class ForeignPrincipalView implements IPrincipal {
  public readonly grantPrincipal: IPrincipal = this;

  constructor(private readonly target: cdk_iam.IPrincipal) {
    registerView(this, target);
  }

  public get assumeRoleAction(): string { return this.target.assumeRoleAction; }

  public get principalAccount(): string | undefined { return this.target.principalAccount; }

  public get policyFragment(): PrincipalPolicyFragment {
    const fragment = this.target.policyFragment;
    return new PrincipalPolicyFragment(fragment.principalJson, fragment.conditions);
  }

  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    return this.target.addToPrincipalPolicy(statement instanceof cdk_iam.PolicyStatement ? statement : toCdkStatement(statement));
  }

  /** Adds the principal to one of our trust policies or an aws-cdk-lib one, as the principal itself would. */
  public addToAssumeRolePolicy(document: PolicyDocument | cdk_iam.PolicyDocument): void {
    addPrincipalToAssumeRole(this.target as unknown as IPrincipal, document);
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
