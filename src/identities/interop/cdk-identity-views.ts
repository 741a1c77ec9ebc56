import { aws_iam as cdk_iam, RemovalPolicy, ResourceEnvironment, Stack } from 'aws-cdk-lib';
import { Dependable, IConstruct, IMixin, Node } from 'constructs';
import { cdkFragment, dedupeStringOf, registerView, unwrapView } from './views';
import type { PolicyDocument } from '../../policy/policy-document';
import { isPolicyGraphNode } from '../../policy/private/graph';
import { trustDocumentView } from '../../principals/private/assume-role';
import type { IGroup } from '../group';
import type { IIdentity } from '../identity-base';
import type { IRole } from '../role-interface';
import type { IUser } from '../user';

/*
 * Views of our Role, User and Group as aws-cdk-lib's IRole, IUser and IGroup (see
 * docs/design/interop.md). They are not constructs in the tree: `node`, `stack` and `env` are
 * the identity's own, so `Stack.of(view)`, `view.node.defaultChild` (the CfnRole),
 * `node.addDependency(view)` and aws-cdk-lib's "owned resource" checks see the identity itself,
 * and a template made through a view is the template made with the identity.
 */

/** What aws-cdk-lib's `iam.Role.isRole` looks for. */
const CDK_ROLE_BRAND = Symbol.for('@aws-cdk/packages/aws-iam/lib/role.Role');

/** The members common to the three views: aws-cdk-lib's IIdentity, delegating to ours. */
abstract class CdkIdentityView implements cdk_iam.IIdentity, cdk_iam.IComparablePrincipal {
  public readonly node: Node;
  public readonly stack: Stack;
  public readonly env: ResourceEnvironment;
  public readonly grantPrincipal: cdk_iam.IPrincipal = this;
  private readonly attached = new Set<cdk_iam.Policy>();
  private fragment?: { readonly ours: object; readonly cdk: cdk_iam.PrincipalPolicyFragment };

  constructor(protected readonly target: IIdentity) {
    this.node = target.node;
    this.stack = target.stack;
    this.env = target.env;
    registerView(this, target);
    Dependable.implement(this, { get dependencyRoots() { return Dependable.of(target).dependencyRoots; } });
    if (isPolicyGraphNode(target)) {
      // `AccessCheck.of(view)` reads the identity's policies, as `AccessCheck.of(identity)` does
      Object.defineProperty(this, '_graphNodeInfo', { value: () => target._graphNodeInfo(), enumerable: false });
    }
  }

  public get assumeRoleAction(): string { return this.target.assumeRoleAction; }

  public get principalAccount(): string | undefined { return this.target.principalAccount; }

  public get policyFragment(): cdk_iam.PrincipalPolicyFragment {
    const ours = this.target.policyFragment;
    if (this.fragment?.ours !== ours) { this.fragment = { ours, cdk: cdkFragment(ours) }; }
    return this.fragment.cdk;
  }

  /** The statement goes to the identity's own policy (converted into ours there). */
  public addToPrincipalPolicy(statement: cdk_iam.PolicyStatement): cdk_iam.AddToPrincipalPolicyResult {
    return this.target.addToPrincipalPolicy(statement);
  }

  /** aws-cdk-lib's `PrincipalBase.addToPolicy`, which some constructs still call. */
  public addToPolicy(statement: cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addManagedPolicy(policy: cdk_iam.IManagedPolicy): void {
    this.target.addManagedPolicy(unwrapView(policy));
  }

  /**
   * Attach an aws-cdk-lib `Policy`. The policy renders this identity's name, as it does for its
   * own identities; its statements stay in that aws-cdk-lib policy.
   */
  public attachInlinePolicy(policy: cdk_iam.Policy): void {
    if (this.attached.has(policy)) { return; }
    this.attached.add(policy);
    this.attachTo(policy);
  }

  /** Applies the mixins to the identity itself. */
  public with(...mixins: IMixin[]): IConstruct {
    this.target.with(...mixins);
    return this;
  }

  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.target.applyRemovalPolicy(policy);
  }

  public dedupeString(): string | undefined {
    return dedupeStringOf(this.target);
  }

  public toString(): string {
    return this.target.toString();
  }

  protected abstract attachTo(policy: cdk_iam.Policy): void;
}

/** Our role as aws-cdk-lib's `IRole`. */
export class CdkRoleView extends CdkIdentityView implements cdk_iam.IRole {
  constructor(private readonly role: IRole) {
    super(role);
    // `iam.Role.isRole(view)` is true: the aws-cdk-lib code paths behind it (CloudFront edge
    // functions, CodePipeline actions, API Gateway authorizers) only use the members below,
    // `Stack.of` and `attachInlinePolicy`. Our Role itself never carries this brand.
    Object.defineProperty(this, CDK_ROLE_BRAND, { value: true, enumerable: false });
  }

  public get roleArn(): string { return this.role.roleArn; }

  public get roleName(): string { return this.role.roleName; }

  public get roleRef(): cdk_iam.RoleReference { return this.role.roleRef; }

  /** The trust policy, accepting aws-cdk-lib statements (what `iam.Role.isRole` callers add). */
  public get assumeRolePolicy(): cdk_iam.PolicyDocument | undefined {
    const document: PolicyDocument | undefined = (this.role as { assumeRolePolicy?: PolicyDocument }).assumeRolePolicy;
    return document ? trustDocumentView(document) as unknown as cdk_iam.PolicyDocument : undefined;
  }

  public grant(grantee: cdk_iam.IPrincipal, ...actions: string[]): cdk_iam.Grant {
    return cdk_iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [this.roleArn] });
  }

  public grantPassRole(grantee: cdk_iam.IPrincipal): cdk_iam.Grant {
    return cdk_iam.RoleGrants.fromRole(this).passRole(grantee);
  }

  public grantAssumeRole(grantee: cdk_iam.IPrincipal): cdk_iam.Grant {
    return cdk_iam.RoleGrants.fromRole(this).assumeRole(grantee);
  }

  protected attachTo(policy: cdk_iam.Policy): void {
    policy.attachToRole(this);
  }
}

/** Our user as aws-cdk-lib's `IUser`. */
export class CdkUserView extends CdkIdentityView implements cdk_iam.IUser {
  constructor(private readonly user: IUser) {
    super(user);
  }

  public get userName(): string { return this.user.userName; }

  public get userArn(): string { return this.user.userArn; }

  public get userRef(): cdk_iam.UserReference { return this.user.userRef; }

  /** Adds the user to a group: one of ours (or a view of one), or an aws-cdk-lib group. */
  public addToGroup(group: cdk_iam.IGroup): void {
    this.user.addToGroup(unwrapView(group) as unknown as IGroup);
  }

  protected attachTo(policy: cdk_iam.Policy): void {
    policy.attachToUser(this);
  }
}

/** Our group as aws-cdk-lib's `IGroup`. */
export class CdkGroupView extends CdkIdentityView implements cdk_iam.IGroup {
  constructor(private readonly group: IGroup) {
    super(group);
  }

  public get groupName(): string { return this.group.groupName; }

  public get groupArn(): string { return this.group.groupArn; }

  public get groupRef(): cdk_iam.GroupReference { return this.group.groupRef; }

  protected attachTo(policy: cdk_iam.Policy): void {
    policy.attachToGroup(this);
  }
}
