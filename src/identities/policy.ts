import { Annotations, aws_iam as cdk_iam, Lazy, Resource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { formatIamMessage, IamError } from '../core';
import type { IGroup } from './group';
import { PolicyDocument } from '../policy/policy-document';
import type { PolicyStatement } from '../policy/policy-statement';
import type { IGrantable, IPrincipal } from '../policy/principal';
import { PolicyGrantPrincipal } from './private/grant-principals';
import { isImmutableRole } from './private/immutable-role-brand';
import { generatePolicyName } from './private/policy-name';
import type { IRole } from './role-interface';
import type { IUser } from './user';
import { _enableIamValidation } from '../validation/synth-adapter';

/**
 * Represents an IAM Policy.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage.html
 */
export interface IPolicy extends cdk_iam.IPolicyRef {
  /**
   * The name of this policy.
   *
   * @attribute
   */
  readonly policyName: string;
}

/**
 * Properties for defining an IAM inline policy document.
 */
export interface PolicyProps {
  /**
   * The name of the policy. If you specify multiple policies for an entity,
   * specify unique names. For example, if you specify a list of policies for
   * an IAM role, each policy must have a unique name.
   *
   * @default - Uses the logical ID of the policy resource, which is ensured
   * to be unique within the stack.
   */
  readonly policyName?: string;

  /**
   * Users to attach this policy to.
   * You can also use `attachToUser(user)` to attach this policy to a user.
   *
   * @default - No users.
   */
  readonly users?: IUser[];

  /**
   * Roles to attach this policy to.
   * You can also use `attachToRole(role)` to attach this policy to a role.
   *
   * @default - No roles.
   */
  readonly roles?: IRole[];

  /**
   * Groups to attach this policy to.
   * You can also use `attachToGroup(group)` to attach this policy to a group.
   *
   * @default - No groups.
   */
  readonly groups?: IGroup[];

  /**
   * Initial set of permissions to add to this policy document.
   * You can also use `addStatements(...statement)` to add permissions later.
   *
   * @default - No statements.
   */
  readonly statements?: PolicyStatement[];

  /**
   * Force creation of an `AWS::IAM::Policy`.
   *
   * Unless set to `true`, this `Policy` construct will not materialize to an
   * `AWS::IAM::Policy` CloudFormation resource in case it would have no effect
   * (for example, if it remains unattached to an IAM identity or if it has no
   * statements). This is generally desired behavior, since it prevents
   * creating invalid--and hence undeployable--CloudFormation templates.
   *
   * In cases where you know the policy must be created and it is actually
   * an error if no statements have been added to it or it remains unattached to
   * an IAM identity, you can set this to `true`.
   *
   * @default false
   */
  readonly force?: boolean;

  /**
   * Initial PolicyDocument to use for this Policy. If omited, any
   * `PolicyStatement` provided in the `statements` property will be applied
   * against the empty default `PolicyDocument`.
   *
   * @default - An empty policy.
   */
  readonly document?: PolicyDocument;
}

/**
 * The AWS::IAM::Policy resource associates an inline IAM policy with IAM users, roles, or groups.
 *
 * Emits an aws-cdk-lib `CfnPolicy` as its `Resource` child, only when the policy has an effect
 * (statements and at least one identity) unless `force` is set or its name was referenced.
 *
 * Difference from aws-cdk-lib: attaching to an immutable role (`Role.fromRoleArn(..., { mutable:
 * false })`, `role.withoutPolicyUpdates()`) does nothing, as the role promises; aws-cdk-lib writes
 * the immutable role's name into the policy's `Roles` anyway.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#inline
 */
export class Policy extends Resource implements IPolicy, IGrantable {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'cdk-iam-kit.Policy';

  /**
   * Import a policy in this app based on its name.
   *
   * @param scope construct scope
   * @param id construct id
   * @param policyName the name of the existing inline policy
   */
  public static fromPolicyName(scope: Construct, id: string, policyName: string): IPolicy {
    class Import extends Resource implements IPolicy {
      public readonly policyName = policyName;
      public get policyRef(): cdk_iam.PolicyReference {
        throw new IamError(this, 'CannotUseImportedPolicy',
          'Cannot use a Policy.fromPolicyName() here.; pass a Policy defined in this app');
      }
    }
    return new Import(scope, id);
  }

  /**
   * The policy document.
   */
  public readonly document: PolicyDocument = new PolicyDocument();

  /**
   * The principal to grant permissions to: grants add statements to this policy.
   */
  public get grantPrincipal(): IPrincipal {
    // built on first use: most policies (a role's DefaultPolicy, its OverflowPolicyN) are never
    // granted to, and the principal costs a token and a fragment per policy
    return this._grantPrincipal ??= new PolicyGrantPrincipal(this, 'Policy');
  }

  private _grantPrincipal?: IPrincipal;

  /**
   * A reference to this policy (its CloudFormation `Id` attribute).
   */
  public get policyRef(): cdk_iam.PolicyReference {
    // built on first use: the attribute costs a reference token, and most policies (a role's
    // DefaultPolicy) are never referenced this way
    return this._policyRef ??= { policyId: this.resource.attrId };
  }

  private _policyRef?: cdk_iam.PolicyReference;
  private readonly resource: CfnPolicyConditional;

  private readonly _policyName: string;
  private readonly roles = new Array<IRole>();
  private readonly users = new Array<IUser>();
  private readonly groups = new Array<IGroup>();
  private readonly force: boolean;
  private referenceTaken = false;

  constructor(scope: Construct, id: string, props: PolicyProps = {}) {
    super(scope, id, {
      physicalName: props.policyName
        || Lazy.string({ produce: () => generatePolicyName(scope, resource.logicalId) }),
    });

    if (props.document) {
      this.document = props.document;
    }

    // Roles, Users and Groups are read from this policy when the resource renders (see
    // CfnPolicyConditional.cfnProperties): no token per list and policy
    const resource = new CfnPolicyConditional(this, 'Resource', {
      policyDocument: this.document,
      policyName: this.physicalName,
    });
    this.resource = resource;
    this._policyName = this.physicalName;
    this.force = props.force ?? false;

    props.users?.forEach(u => this.attachToUser(u));
    props.groups?.forEach(g => this.attachToGroup(g));
    props.roles?.forEach(r => this.attachToRole(r));
    props.statements?.forEach(s => this.addStatements(s));

    this.node.addValidation({ validate: () => this.validatePolicy() });
    _enableIamValidation(this);
  }

  /**
   * Adds a statement to the policy document.
   *
   * @param statement the statements to add
   */
  public addStatements(...statement: PolicyStatement[]): void {
    this.document.addStatements(...statement);
  }

  /**
   * Attaches this policy to a user.
   *
   * @param user the user
   */
  public attachToUser(user: IUser): void {
    if (this.users.find(u => u === user || u.userArn === user.userArn)) { return; }
    this.users.push(user);
    user.attachInlinePolicy(this);
  }

  /**
   * Attaches this policy to a role.
   *
   * Does nothing for an immutable role (an import with `mutable: false`, or
   * `role.withoutPolicyUpdates()`).
   *
   * @param role the role
   */
  public attachToRole(role: IRole): void {
    if (isImmutableRole(role)) {
      Annotations.of(this).addWarningV2('cdk-iam-kit:PolicyNotAttachedToImmutableRole', formatIamMessage('PolicyNotAttachedToImmutableRole',
        `the policy was not attached to '${role.node.path}' because that role is immutable (mutable: false or withoutPolicyUpdates()); `
        + 'attach the permissions to the role where it is managed, or import it with mutable: true'));
      return;
    }
    // the same object is the same role: checked first so that attaching (which calls back through
    // role.attachInlinePolicy) does not build the role's ARN token just to compare it with itself
    if (this.roles.find(r => r === role || r.roleArn === role.roleArn)) { return; }
    this.roles.push(role);
    role.attachInlinePolicy(this);
  }

  /**
   * Attaches this policy to a group.
   *
   * @param group the group
   */
  public attachToGroup(group: IGroup): void {
    if (this.groups.find(g => g === group || g.groupArn === group.groupArn)) { return; }
    this.groups.push(group);
    group.attachInlinePolicy(this);
  }

  /**
   * The name of this policy.
   *
   * @attribute
   */
  public get policyName(): string {
    this.referenceTaken = true;
    return this._policyName;
  }

  /**
   * The identities this policy is attached to.
   *
   * @internal
   */
  public get _attachments(): { roles: IRole[]; users: IUser[]; groups: IGroup[] } {
    return { roles: [...this.roles], users: [...this.users], groups: [...this.groups] };
  }

  /**
   * The names the `AWS::IAM::Policy` resource lists under Roles, Users and Groups; a kind without
   * identities is `undefined` (omitted from the template, as aws-cdk-lib's empty lists are).
   *
   * @internal
   */
  public _identityNames(): { roles?: string[]; users?: string[]; groups?: string[] } {
    return {
      roles: this.roles.length === 0 ? undefined : this.roles.map(r => roleNameIn(r, this)),
      users: this.users.length === 0 ? undefined : this.users.map(u => u.userName),
      groups: this.groups.length === 0 ? undefined : this.groups.map(g => g.groupName),
    };
  }

  /**
   * Whether the `AWS::IAM::Policy` resource will be in the template.
   *
   * @internal
   */
  public get _willSynthesize(): boolean {
    return this.force || this.referenceTaken || (!this.document.isEmpty && this.isAttached);
  }

  private validatePolicy(): string[] {
    const result = new Array<string>();
    if (this.document.isEmpty) {
      if (this.force) {
        result.push(formatIamMessage('PolicyEmpty',
          'Policy created with force=true is empty; You must add statements to the policy'));
      }
      if (!this.force && this.referenceTaken) {
        result.push(formatIamMessage('PolicyEmpty',
          'This Policy has been referenced by a resource, so it must contain at least one statement.; add a statement to it'));
      }
    }
    if (!this.isAttached) {
      if (this.force) {
        result.push(formatIamMessage('PolicyNotAttached',
          'Policy created with force=true must be attached to at least one principal: user, group or role; attach it with attachToRole, attachToUser or attachToGroup'));
      }
      if (!this.force && this.referenceTaken) {
        result.push(formatIamMessage('PolicyNotAttached',
          'This Policy has been referenced by a resource, so it must be attached to at least one user, group or role.; attach it with attachToRole, attachToUser or attachToGroup'));
      }
    }
    result.push(...this.document.validateForIdentityPolicy());
    return result;
  }

  private get isAttached(): boolean {
    return this.groups.length + this.users.length + this.roles.length > 0;
  }
}

/**
 * The `CfnPolicy` of a `Policy`: synthesized only when the policy has an effect (see
 * `Policy._willSynthesize`). One class for all policies: aws-cdk-lib declares this class inside
 * the `Policy` constructor, which makes a new class (and hidden class) per policy, so the CDK's
 * synthesis code that reads these resources' properties sees hundreds of shapes and goes
 * megamorphic. The owner is passed instead of captured.
 */
class CfnPolicyConditional extends cdk_iam.CfnPolicy {
  private readonly owner: Policy;

  constructor(owner: Policy, id: string, props: cdk_iam.CfnPolicyProps) {
    super(owner, id, props);
    this.owner = owner;
  }

  protected shouldSynthesize(): boolean {
    return this.owner._willSynthesize;
  }

  /**
   * The properties with Roles, Users and Groups read from the owner at each rendering (template,
   * tree metadata), rather than through three `Lazy.list` tokens made in every policy's
   * constructor. A list set through this L1 (`cfnPolicy.roles = [...]`) is kept, as it replaced
   * the lazy list before. No setter is called, so no property assignment is traced in debug mode.
   */
  protected get cfnProperties(): { [key: string]: any } {
    const props = super.cfnProperties;
    const names = this.owner._identityNames();
    return {
      ...props,
      roles: props.roles ?? names.roles,
      users: props.users ?? names.users,
      groups: props.groups ?? names.groups,
    };
  }
}

/**
 * A role's name as `scope` names it: `Role._roleNameIn` when the role has it (our `Role`: its
 * `Ref` within its own stack, without the cross-environment wrapper token), else `roleName`.
 */
function roleNameIn(role: IRole, scope: Construct): string {
  const named = role as IRole & { _roleNameIn?: (scope: Construct) => string };
  return typeof named._roleNameIn === 'function' ? named._roleNameIn(scope) : role.roleName;
}
