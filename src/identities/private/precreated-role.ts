import { Resource, Stack, aws_iam as cdkiam } from 'aws-cdk-lib';
import { Construct, Dependable, DependencyGroup } from 'constructs';
import { ownStatement } from './foreign-statement';
import { inlineGraphPolicy, managedGraphPolicy, uniqueManagedPolicies } from './graph-info';
import { PolicyReport } from './policy-report';
import type { Grant } from '../../grants/grant';
import { grantRecordsOf } from '../../grants/private/grant-records';
import { PolicyDocument } from '../../policy/policy-document';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../../policy/principal';
import type { PrincipalPolicyFragment } from '../../policy/principal-policy-fragment';
import type { GraphPolicy, IPolicyGraphNode, PolicyGraphNodeInfo } from '../../policy/private/graph';
import type { IManagedPolicy } from '../managed-policy';
import type { Policy } from '../policy';
import type { IRole } from '../role-interface';

/**
 * Options for a precreated role.
 */
export interface PrecreatedRoleProps {
  /**
   * The role that stands for the precreated one: usually an imported role (by the precreated
   * name) made by the `Role` being replaced. Grants, ARN and name are delegated to it.
   */
  readonly role: IRole;

  /**
   * The trust policy the replaced role would have had, reported as its `AssumeRole Policy`.
   *
   * @default - no trust policy is reported
   */
  readonly assumeRolePolicy?: PolicyDocument;

  /**
   * True when no precreated role name was given for this role.
   *
   * @default false
   */
  readonly missing?: boolean;

  /**
   * The construct path shown in the report (the path of the `Role` the user wrote).
   *
   * @default - this construct's path
   */
  readonly rolePath?: string;
}

/**
 * A role created outside of the CDK, used in place of a role the app would create
 * (`Role.customizeRoles`).
 *
 * Policies attached to it are not synthesized: they go to the IAM policy report
 * (`iam-policy-report.json` / `.txt` in the cloud assembly) for an administrator to create.
 *
 * Hook for `Role` (src/identities/role.ts): when `precreatedRoleConfig(this).enabled`, create the
 * imported role and this construct, forward `addToPrincipalPolicy`, `addToPolicy`,
 * `addManagedPolicy` and `attachInlinePolicy` to it, and take `roleArn` / `roleName` from it.
 */
export class PrecreatedRole extends Resource implements IRole, IPolicyGraphNode {
  public readonly assumeRoleAction: string;
  public readonly policyFragment: PrincipalPolicyFragment;
  public readonly grantPrincipal: IPrincipal = this;
  public readonly principalAccount?: string;
  public readonly roleArn: string;
  public readonly roleName: string;

  /**
   * The statements reported as identity policy statements: statement JSON, or the statement
   * (rendered when the report is written, so that later changes to it, e.g. aws-cdk-lib's
   * `grant.principalStatement.addCondition(...)`, are reported).
   */
  private readonly policyStatements: Array<any | PolicyStatement> = [];
  /** The managed policies reported for the role. */
  private readonly managedPolicies: IManagedPolicy[] = [];
  /** The statements as objects, for the policy graph. */
  private readonly statementObjects: PolicyStatement[] = [];
  /** The inline policies attached, for the policy graph (their documents as they end up). */
  private readonly attachedPolicies: Policy[] = [];
  private readonly role: IRole;
  private readonly roleStack: Stack;
  private readonly rolePath: string;
  private readonly trustPolicy?: PolicyDocument;

  constructor(scope: Construct, id: string, props: PrecreatedRoleProps) {
    super(scope, id, { account: props.role.env.account, region: props.role.env.region });
    this.role = props.role;
    this.assumeRoleAction = this.role.assumeRoleAction;
    this.policyFragment = this.role.policyFragment;
    this.principalAccount = this.role.principalAccount;
    this.roleArn = this.role.roleArn;
    this.roleName = this.role.roleName;
    this.roleStack = this.role.stack;
    this.rolePath = props.rolePath ?? this.node.path;
    this.trustPolicy = props.assumeRolePolicy;
    Dependable.implement(this, { dependencyRoots: [this.role] });

    const reported = this.policyStatements;
    PolicyReport.getOrCreate(this).addRole(this.rolePath, {
      roleName: this.roleName,
      managedPolicies: this.managedPolicies,
      get policyStatements() {
        return reported.map(s => typeof s?.toStatementJson === 'function' ? s.toStatementJson() : s);
      },
      assumeRolePolicy: Stack.of(this).resolve(props.assumeRolePolicy?.toJSON()?.Statement),
      missing: props.missing,
    });
  }

  /** The stack of the role this one stands for. */
  public get stack(): Stack {
    return this.roleStack;
  }

  /** A reference to this role, for aws-cdk-lib APIs that take an `IRoleRef`. */
  public get roleRef(): cdkiam.RoleReference {
    return { roleName: this.roleName, roleArn: this.roleArn };
  }

  /** The statements reported for this role so far (for the policy graph). */
  public get reportedStatements(): PolicyStatement[] {
    return [...this.statementObjects];
  }

  /** The managed policies reported for this role so far (for the policy graph). */
  public get reportedManagedPolicies(): IManagedPolicy[] {
    return [...this.managedPolicies];
  }

  /** Report the policy's statements (as they are now) as identity statements of the role. */
  public attachInlinePolicy(policy: Policy): void {
    this.attachedPolicies.push(policy);
    const statements = policy.document.toJSON()?.Statement;
    if (Array.isArray(statements)) {
      this.policyStatements.push(...statements);
    }
  }

  /** Report the managed policy for the role (by its statements when it is created in this app). */
  public addManagedPolicy(policy: IManagedPolicy): void {
    this.managedPolicies.push(policy);
  }

  /** Report the statement; returns false, as aws-cdk-lib does (nothing is added to a template). */
  public addToPolicy(statement: PolicyStatement | cdkiam.PolicyStatement): boolean {
    const own = ownStatement(statement);
    this.policyStatements.push(own);
    this.statementObjects.push(own);
    return false;
  }

  /** Report the statement; the grant counts as added (the administrator creates it). */
  public addToPrincipalPolicy(statement: PolicyStatement | cdkiam.PolicyStatement): AddToPrincipalPolicyResult {
    this.addToPolicy(statement);
    return { statementAdded: true, policyDependable: new DependencyGroup() };
  }

  /**
   * The precreated role in the policy graph: the policies reported for it, as if attached.
   *
   * @internal
   */
  public _graphNodeInfo(): PolicyGraphNodeInfo {
    const identityPolicies: GraphPolicy[] = [];
    if (this.statementObjects.length > 0) {
      identityPolicies.push({
        kind: 'inline',
        source: `${this.rolePath}/PrecreatedRoleStatements`,
        document: new PolicyDocument({ statements: this.statementObjects }),
      });
    }
    identityPolicies.push(...this.attachedPolicies.map(p => inlineGraphPolicy(p, p.node.path)));
    identityPolicies.push(...uniqueManagedPolicies(this.managedPolicies).map(managedGraphPolicy));
    return {
      path: this.rolePath,
      identityType: 'precreated-role',
      arn: this.roleArn,
      account: this.env.account,
      identityPolicies,
      trustPolicy: this.trustPolicy ? { kind: 'trust', source: this.rolePath, document: this.trustPolicy } : undefined,
      grants: grantRecordsOf(this),
    };
  }

  /** Grant the actions on the precreated role (delegated to the role it stands for). */
  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return this.role.grant(grantee, ...actions);
  }

  /** Grant `iam:PassRole` on the precreated role. */
  public grantPassRole(grantee: IPrincipal): Grant {
    return this.role.grantPassRole(grantee);
  }

  /** Grant `sts:AssumeRole` on the precreated role. */
  public grantAssumeRole(identity: IPrincipal): Grant {
    return this.role.grantAssumeRole(identity);
  }
}
