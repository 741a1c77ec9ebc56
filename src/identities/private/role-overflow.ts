import { Annotations, IAspect } from 'aws-cdk-lib';
import type { DependencyGroup, IConstruct } from 'constructs';
import { splitRolePolicy } from './policy-split';
import type { PolicyStatement } from '../../policy/policy-statement';
import { IManagedPolicy, ManagedPolicy } from '../managed-policy';
import type { Policy } from '../policy';
import type { IRole } from '../role-interface';

/*
 * The visit of `Role`'s split aspect (src/identities/role.ts): what does not fit in the role's
 * `DefaultPolicy` moves to `OverflowPolicyN` managed policies (the rule: policy-split.ts).
 */

/**
 * `Role`'s split aspect (added in its constructor, at aws-cdk-lib's mutating priority): on its
 * first visit of the role once it has a default policy, splits that policy.
 */
export class RoleOverflowSplitter implements IAspect {
  private didSplit = false;

  /**
   * @param role the role
   * @param defaultPolicy reads the role's default policy (made on the first statement)
   * @param managedPolicies the role's managed policies array (itself: read at the visit)
   * @param dependables the role's map of statements to dependables (itself)
   * @param overflowPolicies the role's overflow policies array (itself), appended to
   */
  constructor(
    private readonly role: IRole,
    private readonly defaultPolicy: () => Policy | undefined,
    private readonly managedPolicies: IManagedPolicy[],
    private readonly dependables: Map<PolicyStatement, DependencyGroup>,
    private readonly overflowPolicies: IManagedPolicy[],
  ) {}

  public visit(node: IConstruct): void {
    if (node !== this.role) { return; }
    const defaultPolicy = this.defaultPolicy();
    if (!defaultPolicy || this.didSplit) { return; }
    this.didSplit = true;
    splitRoleDefaultPolicy(this.role, {
      defaultPolicy, managedPolicies: this.managedPolicies, dependables: this.dependables, overflowPolicies: this.overflowPolicies,
    });
  }
}

/** The parts of a `Role` the split reads and extends (its own arrays and map, not copies). */
export interface RoleOverflowState {
  /** The role's `DefaultPolicy`. */
  readonly defaultPolicy: Policy;
  /** The managed policies attached to the role (counted for the managed policy quota warnings). */
  readonly managedPolicies: IManagedPolicy[];
  /** Each statement added to the role, with the dependable returned for it. */
  readonly dependables: Map<PolicyStatement, DependencyGroup>;
  /** Where the overflow managed policies created here are appended, in OverflowPolicyN order. */
  readonly overflowPolicies: IManagedPolicy[];
}

/**
 * Split the role's default policy: warn when the managed policies (overflow included) exceed
 * IAM's quota (10, or the maximum, 20), create `OverflowPolicy1..N` attached to the role, and add
 * to each statement's dependable the construct (default policy or overflow policy) that declares it.
 * Call once per role, at synthesis.
 */
export function splitRoleDefaultPolicy(role: IRole, state: RoleOverflowState): void {
  const split = splitRolePolicy(role, state.defaultPolicy.document);
  const count = state.managedPolicies.length + split.overflow.length;
  if (count > 20) {
    Annotations.of(role).addWarningV2('@aws-cdk/aws-iam:rolePolicyTooLarge',
      `Policy too large: ${count} exceeds the maximum of 20 managed policies attached to a Role`);
  } else if (count > 10) {
    Annotations.of(role).addWarningV2('@aws-cdk/aws-iam:rolePolicyLarge',
      `Policy large: ${count} exceeds 10 managed policies attached to a Role, this requires a quota increase`);
  }

  markDeclaringConstruct(state.dependables, split.kept, state.defaultPolicy);
  split.overflow.forEach((part, i) => {
    const mp = new ManagedPolicy(role, `OverflowPolicy${i + 1}`, {
      description: `Part of the policies for ${role.node.path}`,
      document: part.document,
      roles: [role],
    });
    state.overflowPolicies.push(mp);
    markDeclaringConstruct(state.dependables, part.originals, mp);
  });
}

function markDeclaringConstruct(dependables: Map<PolicyStatement, DependencyGroup>, originals: PolicyStatement[], declaring: IConstruct) {
  for (const original of originals) {
    dependables.get(original)?.add(declaring);
  }
}
