import { Aspects, aws_iam as cdk_iam, RemovalPolicy, Resource, Stack } from 'aws-cdk-lib';
import { DependencyGroup, IConstruct, Construct } from 'constructs';
import type { CustomizeRolesOptions } from './customize-roles';
import type { IManagedPolicy } from './managed-policy';
import { Policy } from './policy';
import { Grant } from '../grants/grant';
import type { PolicyDocument } from '../policy/policy-document';
import type { PolicyStatement } from '../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../policy/principal';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';
import { CdkBridge } from './interop/cdk-bridge';
import { mutatingAspectPriority } from './private/aspect-priority';
import { createAssumeRolePolicy, roleExternalIds } from './private/assume-role-policy';
import { AttachedPolicies } from './private/attached-policies';
import { applyCustomizeRoles } from './private/customize-roles-config';
import { setUpPrecreatedRole } from './private/customize-roles-hooks';
import { ownStatement } from './private/foreign-statement';
import { immutableCopyOf, ImmutableRole } from './private/immutable-role';
import { lazyAwsPrincipalJson } from './private/lazy-principal-json';
import type { PrecreatedRole } from './private/precreated-role';
import { roleGraphNodeInfo } from './private/role-graph-info';
import { importRoleByArn, lookupRoleArn, roleArnFromName } from './private/role-imports';
import { RoleOverflowSplitter } from './private/role-overflow';
import { flattenInlinePolicies, roleArnComponents, synthesizedRoleResource } from './private/role-resource';
import { checkedMaxSessionDuration, checkedRoleDescription, validateRoleName, validateRolePath, validateRolePolicies } from './private/role-validation';
import { UniqueStringSet } from './private/unique-string-set';
import { RoleGrants } from './role-grants';
import type { IRole } from './role-interface';
import type { FromRoleArnOptions, FromRoleNameOptions, RoleLookupOptions, RoleProps, WithoutPolicyUpdatesOptions } from './role-props';
import type { PolicyGraphNodeInfo } from '../policy/private/graph';
import { _enableIamValidation } from '../validation/synth-adapter';

export type { IRole } from './role-interface';

const ROLE_BRAND = Symbol.for('cdk-iam-kit.Role');

/**
 * IAM Role.
 *
 * Defines an IAM role, emitted as an aws-cdk-lib `CfnRole` `Resource` child. Statements added with
 * `addToPrincipalPolicy` (and so by grants) go to an inline `DefaultPolicy`.
 *
 * Overflow: IAM limits the size of a role's inline policies, so at synthesis the statements that
 * do not fit move to `OverflowPolicy1`, `OverflowPolicy2`, ... managed policies. Taking the
 * statements in the order they were added (exact duplicates folded, merged first when minimizing),
 * each one stays in `DefaultPolicy` while its estimated size stays below 10,000, else goes to the
 * first overflow policy that stays at or below 6,000 with it, else to a new one. This is
 * aws-cdk-lib's rule, so the templates are identical to aws-cdk-lib's, huge roles included.
 * It is deterministic, and where a statement lands depends only on the statements added before
 * it: appending a statement (a new grant) never moves an existing statement to another document.
 * A statement inserted earlier in the program can move statements added after it; with bounded
 * document sizes no rule can avoid that for every insertion. More than 10 managed policies
 * (including overflow) warns `@aws-cdk/aws-iam:rolePolicyLarge`, more than 20
 * `@aws-cdk/aws-iam:rolePolicyTooLarge`.
 */
export class Role extends Resource implements IRole {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'cdk-iam-kit.Role';

  /**
   * Lookup an existing Role.
   *
   * @param scope construct scope
   * @param id construct id
   * @param options the role name, and the options of `fromRoleArn`
   */
  public static fromLookup(scope: Construct, id: string, options: RoleLookupOptions): IRole {
    return this.fromRoleArn(scope, id, lookupRoleArn(scope, options.roleName), options);
  }

  /**
   * Import an external role by ARN.
   *
   * If the imported Role ARN is a Token (such as a `CfnParameter.valueAsString` or a
   * `Fn.importValue()`) *and* the referenced role has a `path` (like
   * `arn:...:role/AdminRoles/Alice`), the `roleName` property will not resolve to the correct
   * value. Instead it will resolve to the first path component. In this scenario the Role ARN
   * should be supplied without the `path`.
   *
   * A role in another account than the scope's stack is imported immutable: grants to it are
   * dropped (with a `cdk-iam-kit:GrantDropped` warning), as with `mutable: false`.
   *
   * @param scope construct scope
   * @param id construct id
   * @param roleArn the ARN of the role to import
   * @param options allow customizing the behavior of the returned role
   */
  public static fromRoleArn(scope: Construct, id: string, roleArn: string, options: FromRoleArnOptions = {}): IRole {
    return importRoleByArn(scope, id, roleArn, options);
  }

  /**
   * Return whether the given object is a Role.
   *
   * @param x the object
   */
  public static isRole(x: any): x is Role {
    return x !== null && typeof x === 'object' && ROLE_BRAND in x;
  }

  /**
   * Import an external role by name.
   *
   * The imported role is assumed to exist in the same account as the account
   * the scope's containing Stack is being deployed to.
   *
   * @param scope construct scope
   * @param id construct id
   * @param roleName the name of the role to import
   * @param options allow customizing the behavior of the returned role
   */
  public static fromRoleName(scope: Construct, id: string, roleName: string, options: FromRoleNameOptions = {}): IRole {
    return Role.fromRoleArn(scope, id, roleArnFromName(scope, roleName), options);
  }

  /**
   * Customize the creation of IAM roles within the given scope.
   *
   * It is recommended that you **do not** use this method and instead allow CDK to manage role
   * creation. This can be used to prevent the CDK application from creating roles within the
   * given scope and instead replace the references to the roles with precreated role names. A
   * report (`iam-policy-report`) is written to the cloud assembly with the roles that would have
   * been created and the policy statements they need.
   *
   * @param scope construct scope to customize role creation
   * @param options options for configuring role creation
   */
  public static customizeRoles(scope: Construct, options?: CustomizeRolesOptions): void {
    applyCustomizeRoles(scope, options);
  }

  /** The principal to grant permissions to: this role. */
  public readonly grantPrincipal: IPrincipal = this;

  /** The AWS account ID of this principal. */
  public readonly principalAccount: string | undefined = this.env.account;

  /** When this principal is used in an AssumeRole policy, the action to use. */
  public readonly assumeRoleAction: string = 'sts:AssumeRole';

  /** The assume role policy document associated with this role. */
  public readonly assumeRolePolicy?: PolicyDocument;

  /** Returns the role. */
  public get policyFragment(): PrincipalPolicyFragment {
    // built on first use, with the ARN read on first use of the JSON (see lazyAwsPrincipalJson)
    return this._policyFragment ??= new PrincipalPolicyFragment(lazyAwsPrincipalJson(() => this.roleArn));
  }

  private _policyFragment?: PrincipalPolicyFragment;

  /** Returns the permissions boundary attached to this role. */
  public readonly permissionsBoundary?: IManagedPolicy;

  /** Collection of grant methods for a Role. */
  public readonly grants: RoleGrants = RoleGrants.fromRole(this);

  private readonly _resource?: cdk_iam.CfnRole;
  private readonly precreatedRole?: PrecreatedRole;
  /** Memoized attribute getters: each call of getResourceArnAttribute makes a new token. */
  private readonly memo: { [name: string]: string | undefined } = {};
  private defaultPolicy?: Policy;
  private readonly managedPolicies: IManagedPolicy[] = [];
  private readonly attachedPolicies = new AttachedPolicies();
  private readonly inlinePolicies: { [name: string]: PolicyDocument };
  private readonly dependables = new Map<PolicyStatement, DependencyGroup>();
  private readonly externallyAttached: IManagedPolicy[] = [];
  private readonly overflowPolicies: IManagedPolicy[] = [];
  private immutableRole?: ImmutableRole;
  private readonly _path?: string;

  constructor(scope: Construct, id: string, props: RoleProps) {
    super(scope, id, { physicalName: props.roleName });

    validateRoleName(this, props.roleName);
    this.assumeRolePolicy = createAssumeRolePolicy(props.assumedBy, roleExternalIds(props));
    this.managedPolicies.push(...props.managedPolicies ?? []);
    this.inlinePolicies = props.inlinePolicies ?? {};
    this.permissionsBoundary = props.permissionsBoundary;
    this._path = props.path;

    const maxSessionDuration = checkedMaxSessionDuration(this, props.maxSessionDuration);
    const description = checkedRoleDescription(this, props.description);
    validateRolePath(this, props.path);

    const setup = setUpPrecreatedRole(this, {
      id, assumeRolePolicy: this.assumeRolePolicy, managedPolicies: this.managedPolicies, inlinePolicies: this.inlinePolicies,
    });
    this.precreatedRole = setup.precreatedRole;
    if (setup.synthesize) {
      // created here rather than in a method: the CfnRole records the stack of its creation, and
      // V8 names a method frame by searching the receiver (this role) for the function, where a
      // constructor frame is named for free
      this._resource = new cdk_iam.CfnRole(this, 'Resource', {
        assumeRolePolicyDocument: this.assumeRolePolicy as any,
        managedPolicyArns: UniqueStringSet.from(() => this.managedPolicies.map(p => p.managedPolicyArn)),
        policies: flattenInlinePolicies(this.inlinePolicies),
        path: props.path,
        permissionsBoundary: this.permissionsBoundary ? this.permissionsBoundary.managedPolicyArn : undefined,
        roleName: this.physicalName,
        maxSessionDuration,
        description,
      });
      const splitter = new RoleOverflowSplitter(this, () => this.defaultPolicy, this.managedPolicies, this.dependables, this.overflowPolicies);
      Aspects.of(this).add(splitter, { priority: mutatingAspectPriority(this) });
    }

    this.node.addValidation({ validate: () => validateRolePolicies(this.assumeRolePolicy, this.inlinePolicies) });
    _enableIamValidation(this);
  }

  /** Returns the ARN of this role. */
  public get roleArn(): string {
    return this.memo.roleArn ??= this.computeRoleArn();
  }

  private computeRoleArn(): string {
    if (this.precreatedRole) { return this.precreatedRole.roleArn; }
    const resource = synthesizedRoleResource(this, this._resource, 'roleArn');
    return this.getResourceArnAttribute(resource.attrArn, roleArnComponents(this._path, this.physicalName));
  }

  /** Returns the name of the role. */
  public get roleName(): string {
    return this.memo.roleName ??= this.computeRoleName();
  }

  private computeRoleName(): string {
    if (this.precreatedRole) { return this.precreatedRole.roleName; }
    return this.getResourceNameAttribute(synthesizedRoleResource(this, this._resource, 'roleName').ref);
  }

  /**
   * The role's name as a policy in `scope` names it. In this role's own stack that is the `Ref` of
   * its CfnRole, which is what `roleName` resolves to there: `roleName` wraps the `Ref` in a token
   * that only differs across environments (getResourceNameAttribute), and that wrapper costs a
   * reference and a mimic token per role. Anywhere else (another stack, a precreated role),
   * `roleName`.
   *
   * @internal
   */
  public _roleNameIn(scope: IConstruct): string {
    if (this._resource && !this.precreatedRole && Stack.of(scope) === this.stack) { return this._resource.ref; }
    return this.roleName;
  }

  /**
   * Returns the stable and unique string identifying the role. For example,
   * AIDAJQABLZS4A3QDU576Q.
   *
   * @attribute
   */
  public get roleId(): string {
    return synthesizedRoleResource(this, this._resource, 'roleId').attrRoleId;
  }

  /** A reference to this role: its name and ARN. */
  public get roleRef(): cdk_iam.RoleReference {
    return { roleName: this.roleName, roleArn: this.roleArn };
  }

  /**
   * Adds a permission to the role's default policy document.
   *
   * If there is no default policy attached to this role, it will be created.
   *
   * @param statement The permission statement to add to the policy document
   */
  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    if (this.precreatedRole) { return this.precreatedRole.addToPrincipalPolicy(statement); }
    const own = ownStatement(statement);
    if (!this.defaultPolicy) {
      this.defaultPolicy = new Policy(this, 'DefaultPolicy');
      this.attachInlinePolicy(this.defaultPolicy);
    }
    this.defaultPolicy.addStatements(own);
    const policyDependable = new DependencyGroup();
    this.dependables.set(own, policyDependable);
    return { statementAdded: true, policyDependable };
  }

  /**
   * Adds a permission to the role's default policy document.
   *
   * @param statement The permission statement to add to the policy document
   * @returns true
   */
  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  /**
   * Attaches a managed policy to this role.
   *
   * @param policy The the managed policy to attach.
   */
  public addManagedPolicy(policy: IManagedPolicy): void {
    if (this.precreatedRole) { return this.precreatedRole.addManagedPolicy(policy); }
    if (this.managedPolicies.some(mp => mp.managedPolicyArn === policy.managedPolicyArn)) { return; }
    this.managedPolicies.push(policy);
  }

  /**
   * Attaches a policy to this role.
   *
   * @param policy The policy to attach
   */
  public attachInlinePolicy(policy: Policy): void {
    if (this.precreatedRole) { return this.precreatedRole.attachInlinePolicy(policy); }
    this.attachedPolicies.attach(policy);
    policy.attachToRole(this);
  }

  /**
   * Grant the actions defined in actions to the identity Principal on this resource.
   *
   * @param grantee the principal
   * @param actions the actions
   */
  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return Grant.addToPrincipal({ grantee, actions, resourceArns: [this.roleArn] });
  }

  /**
   * Grant permissions to the given principal to pass this role.
   *
   * @param identity the principal
   */
  public grantPassRole(identity: IPrincipal): Grant {
    return this.grants.passRole(identity);
  }

  /**
   * Grant permissions to the given principal to assume this role.
   *
   * @param identity the principal
   */
  public grantAssumeRole(identity: IPrincipal): Grant {
    return this.grants.assumeRole(identity);
  }

  /**
   * This role as an aws-cdk-lib `IRole`, for slots that require one (e.g. `lambda.Function`'s
   * `role`) and, in Python and Java, for every aws-cdk-lib method that takes a grantable.
   *
   * The view delegates to this role: the statements aws-cdk-lib adds land in this role's
   * policies, and the template is the one this role makes. See `CdkBridge`.
   */
  public toCdkRole(): cdk_iam.IRole {
    return CdkBridge.toCdkRole(this);
  }

  /**
   * Return a copy of this Role object whose Policies will not be updated.
   *
   * Use the object returned by this method if you want this Role to be used by
   * a construct without it automatically updating the Role's Policies.
   *
   * If you do, you are responsible for adding the correct statements to the
   * Role's policies yourself. Grants to the copy are recorded as dropped and warned about.
   *
   * @param options whether grants go to resources instead
   */
  public withoutPolicyUpdates(options: WithoutPolicyUpdatesOptions = {}): IRole {
    return this.immutableRole ??= immutableCopyOf(this, options.addGrantsToResources ?? false);
  }

  /**
   * Skip the removal policy when `customizeRoles` prevents synthesis (there is no resource).
   *
   * @param policy the removal policy
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    if (this._resource) { super.applyRemovalPolicy(policy); }
  }

  /**
   * Note a managed policy attached to this role through the policy's own `roles`.
   *
   * @internal
   */
  public _noteManagedPolicyAttachment(policy: IManagedPolicy): void {
    if (!this.externallyAttached.includes(policy)) { this.externallyAttached.push(policy); }
  }

  /**
   * What the policy graph knows about this role.
   *
   * @internal
   */
  public _graphNodeInfo(): PolicyGraphNodeInfo {
    const attachedPolicies = this.attachedPolicies.all();
    const managedPolicies = [...this.managedPolicies, ...this.externallyAttached, ...this.overflowPolicies];
    return roleGraphNodeInfo(this, { resource: this._resource, inlinePolicies: this.inlinePolicies, attachedPolicies, managedPolicies });
  }
}

Object.defineProperty(Role.prototype, ROLE_BRAND, { value: true, enumerable: false, writable: false });
