import type { IConstruct } from 'constructs';
import { effectivePermissionsBoundary } from './boundary-records';
import { inlineGraphPolicy, managedGraphPolicy, uniqueManagedPolicies } from './graph-info';
import { grantRecordsOf } from '../../grants/private/grant-records';
import type { PolicyDocument } from '../../policy/policy-document';
import type { PolicyGraphNodeInfo } from '../../policy/private/graph';
import type { IManagedPolicy } from '../managed-policy';
import { IPolicy, Policy } from '../policy';
import type { IRole } from '../role-interface';

/*
 * `Role._graphNodeInfo()` (src/identities/role.ts; the contract is in src/policy/private/graph.ts).
 */

/** The public members of a `Role` the policy graph reads, beyond `IRole`'s. */
export interface GraphRole extends IRole {
  /** The role's trust policy. */
  readonly assumeRolePolicy?: PolicyDocument;
  /** The permissions boundary the role declares. */
  readonly permissionsBoundary?: IManagedPolicy;
}

/** What the policy graph reads of a `Role` beyond its public members. */
export interface RoleGraphParts {
  /** The role's CfnRole, when it synthesizes one (the boundary aspect records on it). */
  readonly resource?: IConstruct;
  /** The inline policies from the props, by name. */
  readonly inlinePolicies: { [name: string]: PolicyDocument };
  /** The `Policy` constructs attached to the role, in attachment order. */
  readonly attachedPolicies: IPolicy[];
  /** The managed policies attached to the role (from the props and methods, through the policies' own `roles`, overflow). */
  readonly managedPolicies: IManagedPolicy[];
}

/** A `Role` as a node of the policy graph. */
export function roleGraphNodeInfo(role: GraphRole, parts: RoleGraphParts): PolicyGraphNodeInfo {
  const identityPolicies = [
    ...Object.entries(parts.inlinePolicies).map(([name, doc]) => inlineGraphPolicy({ document: doc }, `${role.node.path}/inlinePolicies/${name}`)),
    ...parts.attachedPolicies
      .filter(p => p instanceof Policy && p._willSynthesize)
      .map(p => inlineGraphPolicy(p as Policy, p.node.path)),
    ...uniqueManagedPolicies(parts.managedPolicies).map(managedGraphPolicy),
  ];
  return {
    path: role.node.path,
    identityType: 'role',
    arn: role.roleArn,
    account: role.env.account,
    identityPolicies,
    permissionsBoundary: effectivePermissionsBoundary(parts.resource ?? role, role.permissionsBoundary),
    trustPolicy: role.assumeRolePolicy ? { kind: 'trust', source: role.node.path, document: role.assumeRolePolicy } : undefined,
    grants: grantRecordsOf(role),
  };
}
