import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { IDependable } from 'constructs';
import type { PolicyStatement } from './policy-statement';
import type { PrincipalPolicyFragment } from './principal-policy-fragment';

/*
 * The principal contracts belong to the policy layer: a statement holds principals, and the
 * policy language must not import the principal classes (src/principals) that implement them.
 */

/**
 * Any object that has an associated principal that a permission can be granted to.
 */
export interface IGrantable {
  /**
   * The principal to grant permissions to.
   */
  readonly grantPrincipal: IPrincipal;
}

/**
 * Result of calling `addToPrincipalPolicy`.
 */
export interface AddToPrincipalPolicyResult {
  /**
   * Whether the statement was added to the identity's policies.
   */
  readonly statementAdded: boolean;

  /**
   * Dependable which allows depending on the policy change being applied.
   *
   * @default - Required if `statementAdded` is true.
   */
  readonly policyDependable?: IDependable;
}

/**
 * Represents a logical IAM principal.
 *
 * An IPrincipal describes a logical entity that can perform AWS API calls
 * against sets of resources, optionally under certain conditions.
 *
 * Examples of simple principals are IAM objects that you create, such
 * as Users or Roles. An example of a more complex principal is a `ServicePrincipal`
 * (such as 'lambda.amazonaws.com').
 */
export interface IPrincipal extends IGrantable {
  /**
   * When this Principal is used in an AssumeRole policy, the action to use.
   */
  readonly assumeRoleAction: string;

  /**
   * Return the policy fragment that identifies this principal in a Policy.
   */
  readonly policyFragment: PrincipalPolicyFragment;

  /**
   * The AWS account ID of this principal.
   *
   * Can be undefined when the account is not known (for example, for service principals).
   * Can be a Token - in that case, it's assumed to be AWS::AccountId.
   */
  readonly principalAccount?: string;

  /**
   * Add to the policy of this principal.
   *
   * Accepts this library's statements and aws-cdk-lib's (which aws-cdk-lib's own grant methods,
   * e.g. `bucket.grantRead(role)`, hand to the principal); a foreign statement is converted.
   *
   * INTEROP CONTRACT: every implementation must declare this exact parameter type
   * (`PolicyStatement | aws_iam.PolicyStatement`). It is what makes our principals type-check as
   * aws-cdk-lib `IGrantable`s (and aws-cdk-lib principals as ours) in TypeScript, and jsii forbids
   * an implementation that changes a parameter's type. See docs/design/interop.md.
   */
  addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult;
}
