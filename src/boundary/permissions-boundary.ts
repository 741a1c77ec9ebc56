import { Aspects, IAspect } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { IManagedPolicy } from '../identities/managed-policy';
import {
  BoundaryEntry,
  boundaryAspectPriority,
  boundaryGraphPolicy,
  isBoundaryTarget,
  recordBoundaryEntry,
} from '../identities/private/boundary-records';

/**
 * Modify the Permissions Boundaries of Users and Roles in a construct tree.
 *
 * Acts on every `AWS::IAM::Role` and `AWS::IAM::User` resource in the scope: the roles and users
 * of this library, those of aws-cdk-lib, and plain `CfnResource`s of those types (for example
 * the role of a `CustomResourceProvider`).
 *
 * It is an Aspect, added with the priority aws-cdk-lib gives its own boundary aspects:
 * `AspectPriority.MUTATING` (200) when the `@aws-cdk/core:aspectPrioritiesMutating` feature flag
 * is enabled, `AspectPriority.DEFAULT` (500) otherwise. At equal priority the aspect of the inner
 * scope runs last, so the boundary applied closest to the role wins; the same holds against the
 * boundary that the `@aws-cdk/core:permissionsBoundary` context sets through each Stack (an apply
 * on the Stack or below wins over the context, an apply on the App or a Stage above loses to it).
 *
 * The boundary in effect is also reported to the policy graph read by validation and the offline
 * evaluator.
 *
 * @example
 * const policy = ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess');
 * PermissionsBoundary.of(this).apply(policy);
 */
export class PermissionsBoundary {
  /**
   * Access the Permissions Boundaries of a construct tree.
   *
   * @param scope the construct tree (an App, Stage, Stack or any construct) to act on
   */
  public static of(scope: IConstruct): PermissionsBoundary {
    return new PermissionsBoundary(scope);
  }

  private constructor(private readonly scope: IConstruct) {
  }

  /**
   * Apply the given policy as Permissions Boundary to all Roles and Users in the scope.
   *
   * Will override any Permissions Boundaries configured previously; in case a Permission
   * Boundary is applied in multiple scopes, the Boundary applied closest to the Role wins.
   *
   * @param boundaryPolicy the managed policy to use as the boundary
   */
  public apply(boundaryPolicy: IManagedPolicy): void {
    const described = boundaryGraphPolicy(boundaryPolicy);
    const arn = boundaryPolicy.managedPolicyArn;
    this.add({
      visit(node: IConstruct) {
        if (isBoundaryTarget(node)) {
          node.addPropertyOverride('PermissionsBoundary', arn);
        }
      },
    }, 'apply', { arn, source: described.source, document: described.document });
  }

  /**
   * Remove previously applied Permissions Boundaries.
   *
   * Also removes a boundary given to a role or user through its `permissionsBoundary` prop or
   * through the `@aws-cdk/core:permissionsBoundary` context, as in aws-cdk-lib.
   */
  public clear(): void {
    this.add({
      visit(node: IConstruct) {
        if (isBoundaryTarget(node)) {
          node.addPropertyDeletionOverride('PermissionsBoundary');
        }
      },
    }, 'clear', {});
  }

  private add(aspect: IAspect, kind: BoundaryEntry['kind'], details: Pick<BoundaryEntry, 'arn' | 'source' | 'document'>): void {
    const priority = boundaryAspectPriority(this.scope);
    Aspects.of(this.scope).add(aspect, { priority });
    recordBoundaryEntry(this.scope, { kind, priority, ...details });
  }
}
