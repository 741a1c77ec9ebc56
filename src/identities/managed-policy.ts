import { Annotations, Arn, ArnFormat, Aws, aws_iam as cdk_iam, Lazy, Resource, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { formatIamMessage, IamError } from '../core';
import { PolicyDocument } from '../policy/policy-document';
import type { PolicyStatement } from '../policy/policy-statement';
import type { IGrantable, IPrincipal } from '../policy/principal';
import { precreatedManagedPolicy, reportPreventedManagedPolicy } from './private/customize-roles-hooks';
import { DetachedConstruct } from './private/detached-construct';
import { PolicyGrantPrincipal } from './private/grant-principals';
import { isImmutableRole } from './private/immutable-role-brand';
import type { IRole } from './role-interface';
import { _enableIamValidation } from '../validation/synth-adapter';

/**
 * A managed policy.
 */
export interface IManagedPolicy extends cdk_iam.IManagedPolicyRef {
  /**
   * The ARN of the managed policy.
   *
   * @attribute
   */
  readonly managedPolicyArn: string;
}

/**
 * Properties for defining an IAM managed policy.
 */
export interface ManagedPolicyProps {
  /**
   * The name of the managed policy. If you specify multiple policies for an entity,
   * specify unique names. For example, if you specify a list of policies for
   * an IAM role, each policy must have a unique name.
   *
   * @default - A name is automatically generated.
   */
  readonly managedPolicyName?: string;

  /**
   * A description of the managed policy. Typically used to store information about the
   * permissions defined in the policy. For example, "Grants access to production DynamoDB tables."
   * The policy description is immutable. After a value is assigned, it cannot be changed.
   *
   * @default - empty
   */
  readonly description?: string;

  /**
   * The path for the policy. A forward slash (/) by itself or a string that begins and ends with
   * forward slashes, with ASCII characters from ! (\u0021) through DEL (\u007F) in between.
   *
   * @default - "/"
   */
  readonly path?: string;

  /**
   * Users to attach this policy to.
   * You can also use `attachToUser(user)` to attach this policy to a user.
   *
   * @default - No users.
   */
  readonly users?: cdk_iam.IUserRef[];

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
  readonly groups?: cdk_iam.IGroupRef[];

  /**
   * Initial set of permissions to add to this policy document.
   * You can also use `addStatements(statement)` to add permissions later.
   *
   * @default - No statements.
   */
  readonly statements?: PolicyStatement[];

  /**
   * Initial PolicyDocument to use for this ManagedPolicy. If omited, any
   * `PolicyStatement` provided in the `statements` property will be applied
   * against the empty default `PolicyDocument`.
   *
   * @default - An empty policy.
   */
  readonly document?: PolicyDocument;
}

/**
 * A customer managed policy (`AWS::IAM::ManagedPolicy`), emitted as an aws-cdk-lib
 * `CfnManagedPolicy` `Resource` child.
 *
 * Difference from aws-cdk-lib: attaching to an immutable role (`mutable: false`,
 * `withoutPolicyUpdates()`) does nothing, and warns; aws-cdk-lib attaches anyway.
 */
export class ManagedPolicy extends Resource implements IManagedPolicy, IGrantable {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'cdk-iam-kit.ManagedPolicy';

  /**
   * Import a customer managed policy from the managedPolicyName.
   *
   * For this managed policy, you only need to know the name to be able to use it.
   *
   * @param scope construct scope
   * @param id construct id
   * @param managedPolicyName the name of the policy, in this stack's account
   */
  public static fromManagedPolicyName(scope: Construct, id: string, managedPolicyName: string): IManagedPolicy {
    class Import extends Resource implements IManagedPolicy {
      public readonly managedPolicyArn = Stack.of(scope).formatArn({
        service: 'iam',
        region: '',
        account: Stack.of(scope).account,
        resource: 'policy',
        resourceName: managedPolicyName,
      });
      public get managedPolicyRef(): cdk_iam.ManagedPolicyReference {
        return { policyArn: this.managedPolicyArn };
      }
    }
    return new Import(scope, id);
  }

  /**
   * Import an external managed policy by ARN.
   *
   * If the imported Managed Policy ARN is a Token (such as a `CfnParameter.valueAsString` or a
   * `Fn.importValue()`) *and* the referenced managed policy has a `path`, the
   * `managedPolicyName` cannot be computed; supply the ARN without the path.
   *
   * @param scope construct scope
   * @param id construct id
   * @param managedPolicyArn the ARN of the managed policy to import
   */
  public static fromManagedPolicyArn(scope: Construct, id: string, managedPolicyArn: string): IManagedPolicy {
    class Import extends Resource implements IManagedPolicy {
      public readonly managedPolicyArn = managedPolicyArn;
      public get managedPolicyRef(): cdk_iam.ManagedPolicyReference {
        return { policyArn: this.managedPolicyArn };
      }
    }
    return new Import(scope, id);
  }

  /**
   * Import a managed policy from one of the policies that AWS manages.
   *
   * For this managed policy, you only need to know the name to be able to use it.
   *
   * Some managed policy names start with "service-role/", some start with
   * "job-function/", and some don't start with anything. Include the
   * prefix when constructing this object.
   *
   * @param managedPolicyName the name, with its prefix, e.g. `service-role/AWSLambdaBasicExecutionRole`
   */
  public static fromAwsManagedPolicyName(managedPolicyName: string): IManagedPolicy {
    class AwsManagedPolicy extends DetachedConstruct implements IManagedPolicy {
      public readonly managedPolicyArn = Arn.format({
        partition: Aws.PARTITION,
        service: 'iam',
        region: '',
        account: 'aws',
        resource: 'policy',
        resourceName: managedPolicyName,
      });
      constructor() {
        super('The result of fromAwsManagedPolicyName can not be used in this API');
      }
      public get managedPolicyRef(): cdk_iam.ManagedPolicyReference {
        return { policyArn: this.managedPolicyArn };
      }
    }
    return new AwsManagedPolicy();
  }

  /**
   * The policy document.
   */
  public readonly document: PolicyDocument = new PolicyDocument();

  /**
   * The description of this policy.
   *
   * @attribute
   */
  public readonly description: string;

  /**
   * The path of this policy.
   *
   * @attribute
   */
  public readonly path: string;

  /**
   * The principal to grant permissions to: grants add statements to this policy.
   */
  public get grantPrincipal(): IPrincipal {
    // built on first use: most policies (a role's DefaultPolicy, its OverflowPolicyN) are never
    // granted to, and the principal costs a token and a fragment per policy
    return this._grantPrincipal ??= new PolicyGrantPrincipal(this, 'ManagedPolicy');
  }

  private _grantPrincipal?: IPrincipal;

  private readonly _resource?: cdk_iam.CfnManagedPolicy;
  private readonly precreatedPolicy?: IManagedPolicy;
  /** Memoized attribute getters: each call of getResourceArnAttribute makes a new token. */
  private readonly memo: { [name: string]: string | undefined } = {};
  private readonly roles = new Array<IRole>();
  private readonly users = new Array<cdk_iam.IUserRef>();
  private readonly groups = new Array<cdk_iam.IGroupRef>();

  constructor(scope: Construct, id: string, props: ManagedPolicyProps = {}) {
    super(scope, id, { physicalName: props.managedPolicyName });

    this.description = props.description || '';
    this.path = props.path || '/';
    if (props.document) {
      this.document = props.document;
    }

    const precreated = precreatedManagedPolicy(this, id, (importId, name) => ManagedPolicy.fromManagedPolicyName(this, importId, name));
    this.precreatedPolicy = precreated.standIn;
    this._resource = !precreated.synthesize ? undefined : new cdk_iam.CfnManagedPolicy(this, 'Resource', {
      policyDocument: this.document,
      managedPolicyName: this.physicalName,
      description: this.description,
      path: this.path,
      roles: Lazy.list({ produce: () => this.roles.map(r => r.roleRef.roleName) }, { omitEmpty: true }),
      users: Lazy.list({ produce: () => this.users.map(u => u.userRef.userName) }, { omitEmpty: true }),
      groups: Lazy.list({ produce: () => this.groups.map(g => g.groupRef.groupName) }, { omitEmpty: true }),
    });

    props.users?.forEach(u => this.attachToUser(u));
    props.groups?.forEach(g => this.attachToGroup(g));
    props.roles?.forEach(r => this.attachToRole(r));
    props.statements?.forEach(s => this.addStatements(s));

    this.node.addValidation({ validate: () => this.validateManagedPolicy() });
    _enableIamValidation(this);
  }

  /**
   * Returns the ARN of this managed policy.
   *
   * @attribute
   */
  public get managedPolicyArn(): string {
    if (this.memo.managedPolicyArn === undefined) {
      this.memo.managedPolicyArn = this.computeManagedPolicyArn();
    }
    return this.memo.managedPolicyArn;
  }

  private computeManagedPolicyArn(): string {
    if (this.precreatedPolicy) { return this.precreatedPolicy.managedPolicyArn; }
    if (!this._resource) {
      throw new IamError(this, 'CannotAccessManagedPolicyArn', 'Cannot access managedPolicyArn when synthesis is prevented; reference the policy by name instead');
    }
    return this.getResourceArnAttribute(this._resource.ref, {
      region: '',
      service: 'iam',
      resource: 'policy',
      resourceName: this.physicalName,
    });
  }

  /**
   * The name of this policy.
   *
   * @attribute
   */
  public get managedPolicyName(): string {
    if (this.memo.managedPolicyName === undefined) {
      this.memo.managedPolicyName = this.computeManagedPolicyName();
    }
    return this.memo.managedPolicyName;
  }

  private computeManagedPolicyName(): string {
    if (this.precreatedPolicy) { return this.node.id; }
    if (!this._resource) {
      throw new IamError(this, 'CannotAccessManagedPolicyName', 'Cannot access managedPolicyName when synthesis is prevented; use the construct id as the name');
    }
    return this.getResourceNameAttribute(
      Stack.of(this).splitArn(this._resource.ref, ArnFormat.SLASH_RESOURCE_NAME).resourceName!);
  }

  /**
   * A reference to this managed policy.
   */
  public get managedPolicyRef(): cdk_iam.ManagedPolicyReference {
    return { policyArn: this.managedPolicyArn };
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
  public attachToUser(user: cdk_iam.IUserRef): void {
    if (this.users.find(u => u === user || u.userRef.userArn === user.userRef.userArn)) { return; }
    this.users.push(user);
    noteAttachment(user, this);
  }

  /**
   * Attaches this policy to a role.
   *
   * Does nothing (and warns) for an immutable role.
   *
   * @param role the role
   */
  public attachToRole(role: IRole): void {
    if (isImmutableRole(role)) {
      Annotations.of(this).addWarningV2('cdk-iam-kit:PolicyNotAttachedToImmutableRole', formatIamMessage('PolicyNotAttachedToImmutableRole',
        `the managed policy was not attached to '${role.node.path}' because that role is immutable (mutable: false or withoutPolicyUpdates()); `
        + 'attach it to the role where the role is managed, or import the role with mutable: true'));
      return;
    }
    // the same object is the same role: checked first so that a second attach of the same role
    // (e.g. an OverflowPolicyN created with `roles: [this]`) does not build the ARN tokens
    if (this.roles.find(r => r === role || r.roleRef.roleArn === role.roleArn)) { return; }
    this.roles.push(role);
    noteAttachment(role, this);
  }

  /**
   * Attaches this policy to a group.
   *
   * @param group the group
   */
  public attachToGroup(group: cdk_iam.IGroupRef): void {
    if (this.groups.find(g => g === group || g.groupRef.groupArn === group.groupRef.groupArn)) { return; }
    this.groups.push(group);
    noteAttachment(group, this);
  }

  /**
   * The identities this policy is attached to through its own Roles/Users/Groups properties.
   *
   * @internal
   */
  public get _attachments(): { roles: IRole[]; users: cdk_iam.IUserRef[]; groups: cdk_iam.IGroupRef[] } {
    return { roles: [...this.roles], users: [...this.users], groups: [...this.groups] };
  }

  private validateManagedPolicy(): string[] {
    const result = new Array<string>();
    if (this.document.isEmpty) {
      result.push(formatIamMessage('ManagedPolicyEmpty',
        'Managed Policy is empty.; You must add statements to the policy'));
    }
    result.push(...this.document.validateForIdentityPolicy());
    if (result.length === 0 && this.precreatedPolicy) {
      reportPreventedManagedPolicy(this, this.document.toJSON()?.Statement, this.roles);
    }
    return result;
  }
}

/** Tell an identity of this library that a managed policy attached itself (for the policy graph). */
function noteAttachment(identity: object, policy: IManagedPolicy): void {
  const note = (identity as any)._noteManagedPolicyAttachment;
  if (typeof note === 'function') { note.call(identity, policy); }
}
