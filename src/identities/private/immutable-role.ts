import { aws_iam as cdk_iam, Resource, Stack } from 'aws-cdk-lib';
import { Construct, Dependable, DependencyGroup } from 'constructs';
import { Grant } from '../../grants/grant';
import { grantRecordsOf, recordGrant, STATEMENT_DROP_REASON } from '../../grants/private/grant-records';
import { PolicyStatement as OurPolicyStatement } from '../../policy/policy-statement';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../../policy/principal';
import type { PrincipalPolicyFragment } from '../../policy/principal-policy-fragment';
import type { IPolicyGraphNode, PolicyGraphNodeInfo } from '../../policy/private/graph';
import type { IManagedPolicy } from '../managed-policy';
import type { Policy } from '../policy';
import type { IRole } from '../role-interface';
import { IMMUTABLE_ROLE_BRAND } from './immutable-role-brand';

/** `Role.withoutPolicyUpdates()`: an immutable copy of `role`, its sibling `ImmutableRole<id>`. */
export function immutableCopyOf(role: IRole, addGrantsToResources: boolean): ImmutableRole {
  return new ImmutableRole(role.node.scope as Construct, `ImmutableRole${role.node.id}`, role,
    addGrantsToResources, `'${role.node.path}' is used through withoutPolicyUpdates()`);
}

/**
 * An immutable wrapper around a role: it ignores every mutation (policies, statements).
 *
 * Statements offered to it are accepted and dropped (so grants "succeed", as in aws-cdk-lib) or,
 * with `addGrantsToResources`, refused so that grants fall back to the resource policy. Either
 * way the statement is reported as dropped (with the reason) to `Grant`, which records the grant
 * as landing `nowhere` (or on the resource) and warns.
 */
export class ImmutableRole extends Resource implements IRole, IPolicyGraphNode {
  public readonly assumeRoleAction: string;
  public readonly policyFragment: PrincipalPolicyFragment;
  public readonly grantPrincipal: IPrincipal;
  public readonly principalAccount: string | undefined;
  public readonly roleArn: string;
  public readonly roleName: string;
  private readonly _stack: Stack;

  constructor(
    scope: Construct,
    id: string,
    private readonly role: IRole,
    private readonly addGrantsToResources: boolean,
    private readonly reason: string,
  ) {
    super(scope, id, { account: role.env.account, region: role.env.region });
    this.assumeRoleAction = role.assumeRoleAction;
    this.policyFragment = role.policyFragment;
    this.grantPrincipal = this;
    this.principalAccount = role.principalAccount;
    this.roleArn = role.roleArn;
    this.roleName = role.roleName;
    this._stack = role.stack;
    Dependable.implement(this, { dependencyRoots: [role] });
    this.node.defaultChild = role.node.defaultChild;
    Object.defineProperty(this, IMMUTABLE_ROLE_BRAND, { value: true, enumerable: false });
  }

  public get stack(): Stack {
    return this._stack;
  }

  public get roleRef(): cdk_iam.RoleReference {
    return { roleName: this.roleName, roleArn: this.roleArn };
  }

  public attachInlinePolicy(_policy: Policy): void {
    // immutable: ignored
  }

  public addManagedPolicy(_policy: IManagedPolicy): void {
    // immutable: ignored
  }

  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    if (!this.addGrantsToResources && !(statement instanceof OurPolicyStatement)) {
      // an aws-cdk-lib grant (e.g. bucket.grantRead(role)): our Grant does not see it, so record it here
      const json = statement.toStatementJson();
      recordGrant({ grantee: this, actions: asList(json.Action), resources: asList(json.Resource), landing: 'nowhere', reason: this.reason });
    }
    return { statementAdded: !this.addGrantsToResources, policyDependable: new DependencyGroup() };
  }

  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return this.role.grant(grantee, ...actions);
  }

  public grantPassRole(grantee: IPrincipal): Grant {
    return this.role.grantPassRole(grantee);
  }

  public grantAssumeRole(identity: IPrincipal): Grant {
    return this.role.grantAssumeRole(identity);
  }

  /** Every statement offered to this role is dropped, for this reason. */
  public [STATEMENT_DROP_REASON](_statement: unknown): string | undefined {
    return this.reason;
  }

  /** @internal */
  public _graphNodeInfo(): PolicyGraphNodeInfo {
    const inner = typeof (this.role as any)._graphNodeInfo === 'function'
      ? (this.role as unknown as IPolicyGraphNode)._graphNodeInfo()
      : undefined;
    return {
      path: this.node.path,
      identityType: 'immutable-role',
      arn: this.roleArn,
      account: this.principalAccount,
      identityPolicies: inner?.identityPolicies ?? [],
      permissionsBoundary: inner?.permissionsBoundary,
      trustPolicy: inner?.trustPolicy,
      grants: grantRecordsOf(this),
    };
  }
}

function asList(x: unknown): string[] {
  if (x === undefined) { return []; }
  return (Array.isArray(x) ? x : [x]).map(v => typeof v === 'string' ? v : JSON.stringify(v));
}
