import { IamError } from '../../core';
import type { IPolicy } from '../policy';

/**
 * The inline policies attached to one identity. Attaching the same policy twice is a no-op;
 * attaching two different policies with the same name is an error (IAM keys inline policies
 * by name).
 */
export class AttachedPolicies {
  private readonly policies: IPolicy[] = [];

  /** Attach a policy, or do nothing when this very policy is already attached. */
  public attach(policy: IPolicy): void {
    if (this.policies.includes(policy)) { return; }
    if (this.policies.some(p => p.policyName === policy.policyName)) {
      throw new IamError(policy, 'PolicyNamedAlreadyAttached',
        `A policy named "${policy.policyName}" is already attached; give one of the policies a different policyName`);
    }
    this.policies.push(policy);
  }

  /** The attached policies, in attachment order. */
  public all(): IPolicy[] {
    return [...this.policies];
  }
}
