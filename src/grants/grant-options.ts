import { IConstruct } from 'constructs';
import type { IResourceWithPolicyV2 } from './resource-with-policy';
import type { PolicyStatement } from '../policy/policy-statement';
import type { IGrantable, IPrincipal } from '../policy/principal';

/**
 * Basic options for a grant operation.
 */
export interface CommonGrantOptions {
  /**
   * The principal to grant to.
   *
   * @default if principal is undefined, no work is done.
   */
  readonly grantee: IGrantable;

  /**
   * The actions to grant.
   */
  readonly actions: string[];

  /**
   * The resource ARNs to grant to.
   */
  readonly resourceArns: string[];

  /**
   * Any conditions to attach to the grant.
   *
   * @default - No conditions
   */
  readonly conditions?: { [operator: string]: { [key: string]: any } };
}

/**
 * Options for a grant operation.
 */
export interface GrantWithResourceOptions extends CommonGrantOptions {
  /**
   * The resource with a resource policy.
   *
   * The statement will be added to the resource policy if it couldn't be
   * added to the principal policy.
   */
  readonly resource: IResourceWithPolicyV2;

  /**
   * When referring to the resource in a resource policy, use this as ARN.
   *
   * (Depending on the resource type, this needs to be '*' in a resource policy).
   *
   * @default Same as regular resource ARNs
   */
  readonly resourceSelfArns?: string[];
}

/**
 * Options for a grant operation that directly adds a policy statement to a resource.
 *
 * Use this when you need fine-grained control over the statement's contents.
 */
export interface GrantPolicyWithResourceOptions extends GrantWithResourceOptions {
  /**
   * The policy statement to add to the resource's policy.
   */
  readonly statement: PolicyStatement;
}

/**
 * Options for a grant operation that only applies to principals.
 */
export interface GrantOnPrincipalOptions extends CommonGrantOptions {
  /**
   * Construct to report warnings on in case grant could not be registered.
   *
   * Used for the `cdk-iam-kit:GrantDropped` warning when the grantee is not itself a construct.
   *
   * @default - the grantee, when it is a construct
   */
  readonly scope?: IConstruct;
}

/**
 * Options for a grant operation to both identity and resource.
 */
export interface GrantOnPrincipalAndResourceOptions extends CommonGrantOptions {
  /**
   * The resource with a resource policy.
   *
   * The statement will always be added to the resource policy.
   */
  readonly resource: IResourceWithPolicyV2;

  /**
   * When referring to the resource in a resource policy, use this as ARN.
   *
   * (Depending on the resource type, this needs to be '*' in a resource policy).
   *
   * @default Same as regular resource ARNs
   */
  readonly resourceSelfArns?: string[];

  /**
   * The principal to use in the statement for the resource policy.
   *
   * @default - the principal of the grantee will be used
   */
  readonly resourcePolicyPrincipal?: IPrincipal;
}
