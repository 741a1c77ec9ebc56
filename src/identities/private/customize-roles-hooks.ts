import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { PolicyDocument } from '../../policy/policy-document';
import type { IManagedPolicy } from '../managed-policy';
import { Policy } from '../policy';
import type { IRole } from '../role-interface';
import { customizeRolesConfig, precreatedRoleConfig } from './customize-roles-config';
import { ImportedRole } from './imported-role';
import { PolicyReport } from './policy-report';
import { PrecreatedRole } from './precreated-role';

/*
 * The calls `Role`, `Role.fromRoleArn` and `ManagedPolicy` make for `Role.customizeRoles()`.
 * Each is a no-op (returns `undefined` / `true`) when customizeRoles is not in effect, so the
 * classes call them unconditionally. Internal: not jsii API.
 */

/** What `Role`'s constructor has gathered before it would create its `CfnRole`. */
export interface RoleBeingCreated {
  /** The construct id the `Role` was given. */
  readonly id: string;
  /** The role's trust policy. */
  readonly assumeRolePolicy?: PolicyDocument;
  /** The managed policies from the props. */
  readonly managedPolicies: IManagedPolicy[];
  /** The inline policies from the props. */
  readonly inlinePolicies: { [name: string]: PolicyDocument };
}

/** What `Role` must do. */
export interface PrecreatedRoleSetup {
  /** When set, forward policies to it and take `roleArn` / `roleName` from it. */
  readonly precreatedRole?: PrecreatedRole;
  /** False when the `CfnRole` (and its default-policy split aspect) must not be created. */
  readonly synthesize: boolean;
}

/**
 * Call in `Role`'s constructor, after the trust policy, managed and inline policies are known and
 * before the `CfnRole` is created:
 *
 * ```ts
 * const setup = setUpPrecreatedRole(this, { id, assumeRolePolicy, managedPolicies, inlinePolicies });
 * this._precreatedRole = setup.precreatedRole;
 * if (setup.synthesize) { ...new CfnRole(this, 'Resource', ...) }
 * ```
 *
 * Creates `Import<id>` (the precreated role, imported by name) and `PrecreatedRole<id>` under the
 * role, and reports the props' managed and inline policies.
 */
export function setUpPrecreatedRole(role: Construct, created: RoleBeingCreated): PrecreatedRoleSetup {
  const config = precreatedRoleConfig(role);
  if (!config.enabled) { return { synthesize: true }; }
  const stack = Stack.of(role);
  const imported = new ImportedRole(role, `Import${created.id}`, {
    roleArn: stack.formatArn({ region: '', service: 'iam', resource: 'role', resourceName: config.precreatedRoleName }),
    roleName: config.precreatedRoleName ?? created.id,
    account: stack.account,
  });
  const precreatedRole = new PrecreatedRole(role, `PrecreatedRole${created.id}`, {
    rolePath: role.node.path,
    role: imported,
    missing: !config.precreatedRoleName,
    assumeRolePolicy: created.assumeRolePolicy,
  });
  created.managedPolicies.forEach(policy => precreatedRole.addManagedPolicy(policy));
  for (const [name, document] of Object.entries(created.inlinePolicies)) {
    precreatedRole.attachInlinePolicy(new Policy(role, name, { document }));
  }
  return { precreatedRole, synthesize: !config.preventSynthesis };
}

/**
 * Call first in `Role.fromRoleArn`: when customizeRoles is in effect the import is wrapped in a
 * `PrecreatedRole` (its policies are reported, never synthesized), and that is what to return.
 *
 * @param importRole makes the plain import with the given construct id
 */
export function precreatedImport(scope: Construct, id: string, importRole: (importId: string) => IRole): IRole | undefined {
  if (!customizeRolesConfig(scope).enabled) { return undefined; }
  return new PrecreatedRole(scope, id, {
    rolePath: `${scope.node.path}/${id}`,
    role: importRole(`Import${id}`),
  });
}

/**
 * Call in `ManagedPolicy`'s constructor. When customizeRoles is
 * in effect the policy is replaced by an import of a policy named after the construct id (its
 * ARN is what roles reference), and when synthesis is prevented no `CfnManagedPolicy` is made.
 *
 * @param importByName `ManagedPolicy.fromManagedPolicyName(policy, importId, name)`
 */
export function precreatedManagedPolicy(
  policy: Construct,
  id: string,
  importByName: (importId: string, name: string) => IManagedPolicy,
): { readonly standIn?: IManagedPolicy; readonly synthesize: boolean } {
  const config = customizeRolesConfig(policy);
  return {
    standIn: config.enabled ? importByName(`Imported${id}`, id) : undefined,
    synthesize: !config.preventSynthesis,
  };
}

/**
 * Call from `ManagedPolicy`'s validation when it has a stand-in and no validation error: reports
 * the policy's statements for the roles it is attached to.
 *
 * @param statements the policy document's `Statement` array (JSON, may hold tokens)
 * @param roles the roles the policy names in `roles` / `attachToRole`
 */
export function reportPreventedManagedPolicy(policy: Construct, statements: any[] | undefined, roles: IRole[]): void {
  PolicyReport.getOrCreate(policy).addManagedPolicy(policy.node.path, {
    policyStatements: statements ?? [],
    roles: roles.map(r => r.node.path),
  });
}
