import { aws_iam as cdk_iam, RemovalPolicy, ResourceEnvironment, Stack } from 'aws-cdk-lib';
import { Dependable, IConstruct, IMixin, Node } from 'constructs';
import { registerView, unwrapView } from './views';
import { Grant } from '../../grants/grant';
import { grantRecordsOf } from '../../grants/private/grant-records';
import { PolicyDocument } from '../../policy/policy-document';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../../policy/principal';
import { PrincipalPolicyFragment } from '../../policy/principal-policy-fragment';
import { toCdkStatement } from '../../policy/private/foreign-principal';
import type { GraphPolicy, IPolicyGraphNode, PolicyGraphNodeInfo } from '../../policy/private/graph';
import type { IManagedPolicy } from '../managed-policy';
import type { Policy } from '../policy';
import { RoleGrants } from '../role-grants';
import type { IRole } from '../role-interface';

/**
 * An aws-cdk-lib role (an `iam.Role`, a `lambda.Function`'s auto-created role, an imported one)
 * as our `IRole`: for `ManagedPolicy` `roles`, `Policy` `roles`, our grants and `AccessCheck`.
 *
 * Statements of ours are converted into aws-cdk-lib's before they reach the role, so its
 * template is the one aws-cdk-lib makes. For `AccessCheck` and validation the view reads the
 * role's policies: its `DefaultPolicy`, the inline and managed policies and the boundary on its
 * `CfnRole`, and its trust policy.
 */
export class ForeignRoleView implements IRole, IPolicyGraphNode {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly node: Node;
  public readonly stack: Stack;
  public readonly env: ResourceEnvironment;
  private readonly attached = new Set<Policy>();

  constructor(private readonly role: cdk_iam.IRole) {
    this.node = role.node;
    this.stack = role.stack;
    this.env = role.env;
    registerView(this, role);
    Dependable.implement(this, { get dependencyRoots() { return Dependable.of(role).dependencyRoots; } });
  }

  public get roleArn(): string { return this.role.roleArn; }

  public get roleName(): string { return this.role.roleName; }

  public get roleRef(): cdk_iam.RoleReference { return this.role.roleRef; }

  public get assumeRoleAction(): string { return this.role.assumeRoleAction; }

  public get principalAccount(): string | undefined { return this.role.principalAccount; }

  public get policyFragment(): PrincipalPolicyFragment {
    const fragment = this.role.policyFragment;
    return new PrincipalPolicyFragment(fragment.principalJson, fragment.conditions);
  }

  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    return this.role.addToPrincipalPolicy(statement instanceof cdk_iam.PolicyStatement ? statement : toCdkStatement(statement));
  }

  /** Attaches one of our `Policy` constructs: it renders this role's name in its `Roles`. */
  public attachInlinePolicy(policy: Policy): void {
    if (this.attached.has(policy)) { return; }
    this.attached.add(policy);
    policy.attachToRole(this);
  }

  public addManagedPolicy(policy: IManagedPolicy): void {
    this.role.addManagedPolicy(unwrapView(policy) as unknown as cdk_iam.IManagedPolicy);
  }

  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return Grant.addToPrincipal({ grantee, actions, resourceArns: [this.roleArn] });
  }

  public grantPassRole(grantee: IPrincipal): Grant {
    return RoleGrants.fromRole(this).passRole(grantee);
  }

  public grantAssumeRole(grantee: IPrincipal): Grant {
    return RoleGrants.fromRole(this).assumeRole(grantee);
  }

  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.role.applyRemovalPolicy(policy);
  }

  public with(...mixins: IMixin[]): IConstruct {
    this.role.with(...mixins);
    return this;
  }

  public toString(): string {
    return this.role.toString();
  }

  /** @internal */
  public _graphNodeInfo(): PolicyGraphNodeInfo {
    const cfn = this.role.node.defaultChild instanceof cdk_iam.CfnRole ? this.role.node.defaultChild : undefined;
    const identityPolicies: GraphPolicy[] = [];
    const defaultPolicy = this.role.node.tryFindChild('DefaultPolicy');
    if (defaultPolicy instanceof cdk_iam.Policy) {
      pushDocument(identityPolicies, 'inline', defaultPolicy.node.path, defaultPolicy.document);
    }
    for (const inline of asArray(cfn?.policies)) {
      pushDocument(identityPolicies, 'inline', `${this.role.node.path}/${inline.policyName}`, inline.policyDocument);
    }
    for (const arn of asArray(cfn ? this.stack.resolve(cfn.managedPolicyArns) : undefined)) {
      identityPolicies.push({ kind: 'aws-managed', source: String(arn), arn: String(arn) });
    }
    const boundaryArn = cfn?.permissionsBoundary;
    const trust = (this.role as { assumeRolePolicy?: cdk_iam.PolicyDocument }).assumeRolePolicy;
    const trustDoc = convertDocument(trust);
    return {
      path: this.role.node.path,
      identityType: cfn ? 'role' : 'imported-role',
      arn: this.roleArn,
      account: this.env.account,
      identityPolicies,
      permissionsBoundary: boundaryArn ? { kind: 'boundary', source: boundaryArn, arn: boundaryArn } : undefined,
      trustPolicy: trustDoc ? { kind: 'trust', source: this.role.node.path, document: trustDoc } : undefined,
      grants: grantRecordsOf(this),
    };
  }
}

function asArray(x: unknown): any[] {
  return Array.isArray(x) ? x : [];
}

function pushDocument(out: GraphPolicy[], kind: 'inline', source: string, document: unknown): void {
  const converted = convertDocument(document);
  if (converted) { out.push({ kind, source, document: converted }); }
}

/** Our document for an aws-cdk-lib one (or for its JSON); undefined when empty or unreadable. */
function convertDocument(document: unknown): PolicyDocument | undefined {
  if (!document) { return undefined; }
  try {
    const json = typeof (document as any).toJSON === 'function' ? (document as any).toJSON() : document;
    return json ? PolicyDocument.fromJson(json) : undefined;
  } catch {
    return undefined;
  }
}
