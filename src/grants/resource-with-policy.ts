import { IEnvironmentAware, IResource } from 'aws-cdk-lib';
import { IDependable } from 'constructs';
import type { IEncryptedResource } from './resource-traits';
import type { PolicyStatement } from '../policy/policy-statement';

/**
 * Result of calling `addToResourcePolicy`.
 */
export interface AddToResourcePolicyResult {
  /**
   * Whether the statement was added.
   */
  readonly statementAdded: boolean;

  /**
   * Dependable which allows depending on the policy change being applied.
   *
   * @default - If `statementAdded` is true, the resource object itself.
   * Otherwise, no dependable.
   */
  readonly policyDependable?: IDependable;
}

/**
 * A resource with a resource policy that can be added to.
 */
export interface IResourceWithPolicyV2 extends IEnvironmentAware {
  /**
   * Add a statement to the resource's resource policy.
   */
  addToResourcePolicy(statement: PolicyStatement): AddToResourcePolicyResult;
}

/**
 * A resource with a resource policy that can be added to.
 *
 * This interface is maintained for backwards compatibility, but should
 * not be used in new code. Prefer `IResourceWithPolicyV2` instead.
 *
 * @deprecated Implement `IResourceWithPolicyV2` instead.
 */
export interface IResourceWithPolicy extends IResourceWithPolicyV2, IResource {
}

/**
 * Utility methods to check for specific types of grantable resources.
 */
export class GrantableResources {
  /**
   * Whether this resource admits a resource policy.
   *
   * @param resource the resource to check
   */
  public static isResourceWithPolicy(resource: IEnvironmentAware): resource is IResourceWithPolicyV2 {
    return typeof (resource as any).addToResourcePolicy === 'function';
  }

  /**
   * Whether this resource holds data that can be encrypted using a KMS key (has `grantOnKey`).
   *
   * @param resource the resource to check
   */
  public static isEncryptedResource(resource: IEnvironmentAware): resource is IEncryptedResource {
    return typeof (resource as any).grantOnKey === 'function';
  }

  private constructor() {}
}
