import { Lazy, Token } from 'aws-cdk-lib';
import { Group as CdkGroup } from 'aws-cdk-lib/aws-iam';
import { IamError } from '../core';
import { Condition } from './condition';
import { Effect } from './effect';
import type { IPrincipal } from './principal';
import { assertConditionBlock, mergeConditionBlock } from './private/condition-block';
import * as fixed from './private/fixed-principal';
import { OrderedSet } from './private/ordered-set';
import { StatementJson } from './private/policy-json';
import { mergePrincipalJson } from './private/principal-json';
import { statementPropsFromJson } from './private/statement-from-json';
import { normalizeStatement } from './private/statement-json';
import * as checks from './private/statement-validation';
import type { ServicePrincipalOpts } from './service-principal-opts';

/** Brand the identities layer sets on its Group class (a group cannot be a principal). */
const GROUP_BRAND = Symbol.for('cdk-iam-kit.Group');
/** An action: `*` or `service:Name` with wildcards in the name. */
const ACTION_SHAPE = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/;

/**
 * Interface for creating a policy statement.
 */
export interface PolicyStatementProps {
  /**
   * The Sid (statement ID) is an optional identifier that you provide for the
   * policy statement. You can assign a Sid value to each statement in a
   * statement array. In services that let you specify an ID element, such as
   * SQS and SNS, the Sid value is just a sub-ID of the policy document's ID. In
   * IAM, the Sid value must be unique within a JSON policy.
   *
   * @default - no sid
   */
  readonly sid?: string;

  /**
   * List of actions to add to the statement.
   *
   * @default - no actions
   */
  readonly actions?: string[];

  /**
   * List of not actions to add to the statement.
   *
   * @default - no not-actions
   */
  readonly notActions?: string[];

  /**
   * List of principals to add to the statement.
   *
   * @default - no principals
   */
  readonly principals?: IPrincipal[];

  /**
   * List of not principals to add to the statement.
   *
   * @default - no not principals
   */
  readonly notPrincipals?: IPrincipal[];

  /**
   * Resource ARNs to add to the statement.
   *
   * @default - no resources
   */
  readonly resources?: string[];

  /**
   * NotResource ARNs to add to the statement.
   *
   * @default - no resources
   */
  readonly notResources?: string[];

  /**
   * Conditions to add to the statement: operator -> key -> value(s).
   *
   * @default - no condition
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
   */
  readonly conditions?: { [key: string]: any };

  /**
   * Whether to allow or deny the actions in this statement.
   *
   * @default Effect.ALLOW
   */
  readonly effect?: Effect;
}

/**
 * Options for validating a policy statement used in a resource-based policy.
 */
export interface ResourcePolicyValidationOptions {
  /**
   * Skip the check that the statement names at least one resource (some services, e.g. KMS key
   * policies, imply the resource).
   *
   * @default false
   */
  readonly skipResourceValidation?: boolean;
}

/**
 * Represents a statement in an IAM policy document.
 *
 * Renders the same JSON as aws-cdk-lib's `aws_iam.PolicyStatement`: single-element lists collapse
 * to scalars, actions and resources are de-duplicated, `StarPrincipal` renders `"Principal": "*"`,
 * and tokens are passed through untouched.
 *
 * @example
 * new PolicyStatement({
 *   actions: ['s3:GetObject'],
 *   resources: ['arn:aws:s3:::my-bucket/*'],
 * });
 */
export class PolicyStatement {
  /**
   * Creates a new PolicyStatement based on the object provided. This will accept an object created
   * from the `.toJSON()` call, or a statement of a policy document written by hand.
   *
   * Throws `[InvalidPolicyJson]` on malformed input (unknown keys, non-string actions, an
   * Effect other than Allow/Deny) and `[IncorrectPolicyStatement]` when it has no action.
   *
   * @param obj the PolicyStatement in object form.
   */
  public static fromJson(obj: any): PolicyStatement {
    const ret = new PolicyStatement(statementPropsFromJson(obj));
    const errors = ret.validateForAnyPolicy();
    if (errors.length > 0) {
      throw new IamError(undefined, 'IncorrectPolicyStatement',
        `Incorrect Policy Statement: ${errors.join('\n')}; add an "Action" or "NotAction" element`);
    }
    return ret;
  }

  private readonly _action = new OrderedSet<string>();
  private readonly _notAction = new OrderedSet<string>();
  private readonly _principal: { [key: string]: any[] } = {};
  private readonly _notPrincipal: { [key: string]: any[] } = {};
  private readonly _resource = new OrderedSet<string>();
  private readonly _notResource = new OrderedSet<string>();
  private readonly _condition: { [key: string]: any } = {};
  private readonly _principals = new OrderedSet<IPrincipal>();
  private readonly _notPrincipals = new OrderedSet<IPrincipal>();
  private _sid?: string;
  private _effect: Effect;
  private principalConditionsJson?: string;
  private _frozen = false;

  constructor(props: PolicyStatementProps = {}) {
    this._sid = props.sid;
    this._effect = props.effect || Effect.ALLOW;
    this.addActions(...props.actions || []);
    this.addNotActions(...props.notActions || []);
    this.addPrincipals(...props.principals || []);
    this.addNotPrincipals(...props.notPrincipals || []);
    this.addResources(...props.resources || []);
    this.addNotResources(...props.notResources || []);
    if (props.conditions !== undefined) {
      this.addConditions(props.conditions);
    }
  }

  /**
   * Statement ID for this statement.
   */
  public get sid(): string | undefined {
    return this._sid;
  }

  /**
   * Set Statement ID for this statement.
   */
  public set sid(sid: string | undefined) {
    this.assertNotFrozen('sid');
    this._sid = sid;
  }

  /**
   * Whether to allow or deny the actions in this statement.
   */
  public get effect(): Effect {
    return this._effect;
  }

  /**
   * Set effect for this statement.
   */
  public set effect(effect: Effect) {
    this.assertNotFrozen('effect');
    this._effect = effect;
  }

  //
  // Actions
  //

  /**
   * Specify allowed actions into the "Action" section of the policy statement.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
   * @param actions actions that will be allowed.
   */
  public addActions(...actions: string[]): void {
    this.assertNotFrozen('addActions');
    if (actions.length > 0 && this._notAction.length > 0) {
      throw conflict('ActionAndNotAction', "Cannot add 'Actions' to policy statement if 'NotActions' have been added", 'use a separate statement');
    }
    validateActions(actions);
    this._action.push(...actions);
  }

  /**
   * Explicitly allow all actions except the specified list of actions into the "NotAction" section
   * of the policy document.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
   * @param notActions actions that will be denied. All other actions will be permitted.
   */
  public addNotActions(...notActions: string[]): void {
    this.assertNotFrozen('addNotActions');
    if (notActions.length > 0 && this._action.length > 0) {
      throw conflict('ActionAndNotAction', "Cannot add 'NotActions' to policy statement if 'Actions' have been added", 'use a separate statement');
    }
    validateActions(notActions);
    this._notAction.push(...notActions);
  }

  //
  // Principal
  //

  /**
   * Indicates if this permission has a "Principal" section.
   */
  public get hasPrincipal(): boolean {
    return this._principals.length + this._notPrincipals.length > 0;
  }

  /**
   * Adds principals to the "Principal" section of a policy statement.
   *
   * All principals of one statement must carry the same conditions.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
   * @param principals IAM principals that will be added
   */
  public addPrincipals(...principals: IPrincipal[]): void {
    this.assertNotFrozen('addPrincipals');
    if (principals.length > 0 && this._notPrincipals.length > 0) {
      throw conflict('PrincipalAndNotPrincipal', "Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added", 'use a separate statement');
    }
    principals.forEach(validatePrincipal);
    for (const principal of this._principals.push(...principals)) {
      const fragment = principal.policyFragment;
      mergePrincipalJson(this._principal, fragment.principalJson);
      this.addPrincipalConditions(fragment.conditions);
    }
  }

  /**
   * Specify principals that is not allowed or denied access to the "NotPrincipal" section of
   * a policy statement.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
   * @param notPrincipals IAM principals that will be denied access
   */
  public addNotPrincipals(...notPrincipals: IPrincipal[]): void {
    this.assertNotFrozen('addNotPrincipals');
    if (notPrincipals.length > 0 && this._principals.length > 0) {
      throw conflict('PrincipalAndNotPrincipal', "Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added", 'use a separate statement');
    }
    notPrincipals.forEach(validatePrincipal);
    for (const notPrincipal of this._notPrincipals.push(...notPrincipals)) {
      const fragment = notPrincipal.policyFragment;
      mergePrincipalJson(this._notPrincipal, fragment.principalJson);
      this.addPrincipalConditions(fragment.conditions);
    }
  }

  /**
   * Specify AWS account ID as the principal entity to the "Principal" section of a policy statement.
   */
  public addAwsAccountPrincipal(accountId: string): void {
    this.addPrincipals(fixed.accountPrincipal(accountId));
  }

  /**
   * Specify a principal using the ARN identifier of the principal.
   * You cannot specify IAM groups and instance profiles as principals.
   *
   * @param arn ARN identifier of AWS account, IAM user, or IAM role (i.e. arn:aws:iam::123456789012:user/user-name)
   */
  public addArnPrincipal(arn: string): void {
    this.addPrincipals(fixed.arnPrincipal(arn));
  }

  /**
   * Adds a service principal to this policy statement.
   *
   * @param service the service name for which a service principal is requested (e.g: `s3.amazonaws.com`).
   * @param opts options for adding the service principal (such as specifying a principal in a different region)
   */
  public addServicePrincipal(service: string, opts?: ServicePrincipalOpts): void {
    this.addPrincipals(fixed.servicePrincipal(service, opts));
  }

  /**
   * Adds a federated identity provider such as Amazon Cognito to this policy statement.
   *
   * @param federated federated identity provider (i.e. 'cognito-identity.amazonaws.com')
   * @param conditions The conditions under which the policy is in effect.
   *   See [the IAM documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
   */
  public addFederatedPrincipal(federated: any, conditions: { [key: string]: any }): void {
    this.addPrincipals(fixed.federatedPrincipal(federated, conditions));
  }

  /**
   * Adds an AWS account root user principal to this policy statement.
   */
  public addAccountRootPrincipal(): void {
    this.addPrincipals(fixed.accountRootPrincipal());
  }

  /**
   * Adds a canonical user ID principal to this policy document.
   *
   * @param canonicalUserId unique identifier assigned by AWS for every account
   */
  public addCanonicalUserPrincipal(canonicalUserId: string): void {
    this.addPrincipals(fixed.canonicalUserPrincipal(canonicalUserId));
  }

  /**
   * Adds all identities in all accounts ("*") to this policy statement (`{ "AWS": "*" }`).
   */
  public addAnyPrincipal(): void {
    this.addPrincipals(fixed.anyPrincipal());
  }

  //
  // Resources
  //

  /**
   * Specify resources that this policy statement applies into the "Resource" section of
   * this policy statement.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
   * @param arns Amazon Resource Names (ARNs) of the resources that this policy statement applies to
   */
  public addResources(...arns: string[]): void {
    this.assertNotFrozen('addResources');
    if (arns.length > 0 && this._notResource.length > 0) {
      throw conflict('ResourceAndNotResource', "Cannot add 'Resources' to policy statement if 'NotResources' have been added", 'use a separate statement');
    }
    this._resource.push(...arns);
  }

  /**
   * Specify resources that this policy statement will not apply to in the "NotResource" section
   * of this policy statement. All resources except the specified list will be matched.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
   * @param arns Amazon Resource Names (ARNs) of the resources that this policy statement does not apply to
   */
  public addNotResources(...arns: string[]): void {
    this.assertNotFrozen('addNotResources');
    if (arns.length > 0 && this._resource.length > 0) {
      throw conflict('ResourceAndNotResource', "Cannot add 'NotResources' to policy statement if 'Resources' have been added", 'use a separate statement');
    }
    this._notResource.push(...arns);
  }

  /**
   * Adds a ``"*"`` resource to this statement.
   */
  public addAllResources(): void {
    this.addResources('*');
  }

  /**
   * Indicates if this permission has at least one resource associated with it.
   */
  public get hasResource(): boolean {
    return this._resource.length > 0;
  }

  //
  // Condition
  //

  /**
   * Add a condition to the Policy.
   *
   * If multiple calls are made to add a condition with the same operator and field, only
   * the last one wins. For example:
   *
   * ```ts
   * declare const stmt: PolicyStatement;
   *
   * stmt.addCondition('StringEquals', { 'aws:SomeField': '1' });
   * stmt.addCondition('StringEquals', { 'aws:SomeField': '2' });
   * ```
   *
   * Will end up with the single condition `StringEquals: { 'aws:SomeField': '2' }`.
   *
   * If you meant to add a condition to say that the field can be *either* `1` or `2`, write
   * this:
   *
   * ```ts
   * declare const stmt: PolicyStatement;
   *
   * stmt.addCondition('StringEquals', { 'aws:SomeField': ['1', '2'] });
   * ```
   *
   * @param key the condition operator, e.g. `StringEquals`
   * @param value the block of that operator: an object of condition key to value(s)
   */
  public addCondition(key: string, value: any): void {
    this.assertNotFrozen('addCondition');
    assertConditionBlock(key, value);
    this._condition[key] = mergeConditionBlock(key, this._condition[key], value);
  }

  /**
   * Add multiple conditions to the Policy.
   *
   * See the `addCondition` function for a caveat on calling this method multiple times.
   *
   * @param conditions operator -> key -> value(s)
   */
  public addConditions(conditions: { [key: string]: any }): void {
    if (!conditions || typeof conditions !== 'object' || Array.isArray(conditions) || Token.isUnresolved(conditions)) {
      throw new IamError(undefined, 'InvalidCondition',
        `conditions must be an object of operator to keys, got ${JSON.stringify(conditions)}; write e.g. { StringEquals: { 'aws:SourceAccount': '123456789012' } }`);
    }
    Object.keys(conditions).forEach((key) => this.addCondition(key, conditions[key]));
  }

  /**
   * Add typed conditions (built with the `Condition` class) to the Policy.
   *
   * Same as `addConditions(Condition.toConditionsJson(...conditions))`.
   *
   * @example
   * declare const stmt: PolicyStatement;
   * stmt.addTypedCondition(Condition.stringEquals('aws:PrincipalTag/team', 'blue').ifExists());
   */
  public addTypedCondition(...conditions: Condition[]): void {
    this.addConditions(Condition.toConditionsJson(...conditions));
  }

  /**
   * Add a condition that limits to a given account.
   *
   * This method can only be called once: subsequent calls will overwrite earlier calls.
   */
  public addAccountCondition(accountId: string): void {
    this.addCondition('StringEquals', { 'sts:ExternalId': accountId });
  }

  /**
   * Add a `StringEquals` condition that limits to a given account from `aws:SourceAccount`.
   *
   * This method can only be called once: subsequent calls will overwrite earlier calls.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceaccount
   */
  public addSourceAccountCondition(accountId: string): void {
    this.addCondition('StringEquals', { 'aws:SourceAccount': accountId });
  }

  /**
   * Add an `ArnEquals` condition that limits to a given resource ARN (`aws:SourceArn`).
   *
   * This method can only be called once: subsequent calls will overwrite earlier calls.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcearn
   */
  public addSourceArnCondition(arn: string): void {
    this.addCondition('ArnEquals', { 'aws:SourceArn': arn });
  }

  /**
   * Create a new `PolicyStatement` with the same exact properties as this one, except for the
   * overrides. The copy is not frozen.
   */
  public copy(overrides: PolicyStatementProps = {}): PolicyStatement {
    return new PolicyStatement({
      sid: overrides.sid ?? this.sid,
      effect: overrides.effect ?? this.effect,
      actions: overrides.actions ?? this.actions,
      notActions: overrides.notActions ?? this.notActions,
      principals: overrides.principals ?? this.principals,
      notPrincipals: overrides.notPrincipals ?? this.notPrincipals,
      resources: overrides.resources ?? this.resources,
      notResources: overrides.notResources ?? this.notResources,
      conditions: overrides.conditions ?? this.conditions,
    });
  }

  /**
   * JSON-ify the policy statement.
   *
   * Used when JSON.stringify() is called
   */
  public toStatementJson(): any {
    return this.renderJson();
  }

  /**
   * String representation of this policy statement: a token that resolves to the statement's JSON.
   *
   * (aws-cdk-lib's token resolves to the object's internal fields instead.)
   */
  public toString(): string {
    return Token.asString(Lazy.any({ produce: () => this.toStatementJson() }), { displayHint: 'PolicyStatement' });
  }

  /**
   * JSON-ify the statement.
   *
   * Used when JSON.stringify() is called
   */
  public toJSON(): any {
    return this.renderJson();
  }

  /**
   * Validate that the policy statement satisfies base requirements for a policy.
   *
   * @returns An array of validation error messages, each `[Code] what; fix`, or an empty array if the statement is valid.
   */
  public validateForAnyPolicy(): string[] {
    return checks.validateAnyPolicy(this.shape());
  }

  /**
   * Validate that the policy statement satisfies all requirements for a resource-based policy.
   *
   * @returns An array of validation error messages, each `[Code] what; fix`, or an empty array if the statement is valid.
   */
  public validateForResourcePolicy(options?: ResourcePolicyValidationOptions): string[] {
    return checks.validateResourcePolicy(this.shape(), options?.skipResourceValidation ?? false);
  }

  /**
   * Validate that the policy statement satisfies all requirements for a trust policy.
   *
   * @returns An array of validation error messages, each `[Code] what; fix`, or an empty array if the statement is valid.
   */
  public validateForTrustPolicy(): string[] {
    return checks.validateTrustPolicy(this.shape());
  }

  /**
   * Validate that the policy statement satisfies all requirements for an identity-based policy.
   *
   * @returns An array of validation error messages, each `[Code] what; fix`, or an empty array if the statement is valid.
   */
  public validateForIdentityPolicy(): string[] {
    return checks.validateIdentityPolicy(this.shape());
  }

  /**
   * The Actions added to this statement.
   */
  public get actions(): string[] {
    return this._action.copy();
  }

  /**
   * The NotActions added to this statement.
   */
  public get notActions(): string[] {
    return this._notAction.copy();
  }

  /**
   * The Principals added to this statement.
   */
  public get principals(): IPrincipal[] {
    return this._principals.copy();
  }

  /**
   * The NotPrincipals added to this statement.
   */
  public get notPrincipals(): IPrincipal[] {
    return this._notPrincipals.copy();
  }

  /**
   * The Resources added to this statement.
   */
  public get resources(): string[] {
    return this._resource.copy();
  }

  /**
   * The NotResources added to this statement.
   */
  public get notResources(): string[] {
    return this._notResource.copy();
  }

  /**
   * The conditions added to this statement (a shallow copy: operator -> key -> value(s)).
   */
  public get conditions(): any {
    return { ...this._condition };
  }

  /**
   * Make the PolicyStatement immutable.
   *
   * After calling this, any of the `addXxx()` methods will throw `[StatementFrozen]`. Use
   * `copy()` to get a modifiable statement with the same content.
   *
   * Policy documents freeze their statements when they are rendered.
   */
  public freeze(): PolicyStatement {
    this._frozen = true;
    return this;
  }

  /**
   * Whether the PolicyStatement has been frozen.
   *
   * The statement object is frozen when `freeze()` is called.
   */
  public get frozen(): boolean {
    return this._frozen;
  }

  private renderJson(): StatementJson {
    return normalizeStatement({
      Action: this._action.direct(),
      NotAction: this._notAction.direct(),
      Condition: this._condition,
      Effect: this.effect,
      Principal: this._principal,
      NotPrincipal: this._notPrincipal,
      Resource: this._resource.direct(),
      NotResource: this._notResource.direct(),
      Sid: this.sid,
    });
  }

  private addPrincipalConditions(fragmentConditions: { [key: string]: any } | undefined): void {
    const conditions = fragmentConditions ?? {};
    const theseConditions = JSON.stringify(conditions);
    if (this.principalConditionsJson === undefined) {
      this.principalConditionsJson = theseConditions;
    } else if (this.principalConditionsJson !== theseConditions) {
      throw new IamError(undefined, 'PrincipalConditionsDiffer',
        `All principals in a PolicyStatement must have the same Conditions (got '${this.principalConditionsJson}' and '${theseConditions}'). ` +
        'Use multiple statements instead');
    }
    this.addConditions(conditions);
  }

  private shape(): checks.StatementShape {
    return {
      actions: this._action.length,
      notActions: this._notAction.length,
      resources: this._resource.length,
      notResources: this._notResource.length,
      principals: this._principals.length,
      notPrincipals: this._notPrincipals.length,
      sid: this._sid,
    };
  }

  private assertNotFrozen(method: string): void {
    if (this._frozen) {
      throw new IamError(undefined, 'StatementFrozen',
        `${method}: freeze() has been called on this PolicyStatement previously, so it can no longer be modified; ` +
        'modify a copy() of the statement instead');
    }
  }
}

function conflict(code: string, what: string, fix: string): IamError {
  return new IamError(undefined, code, `${what}; ${fix}`);
}

function validateActions(actions: string[]): void {
  if (Token.isUnresolved(actions)) { return; }
  for (const action of actions) {
    if (!Token.isUnresolved(action) && !ACTION_SHAPE.test(action)) {
      throw new IamError(undefined, 'InvalidAction',
        `Action '${action}' is invalid. An action string consists of a service namespace, a colon, and the name of an action. ` +
        "Action names can include wildcards; write it as e.g. 's3:GetObject' or 's3:Get*'");
    }
  }
}

function validatePrincipal(principal: IPrincipal): void {
  if ((principal as any)[GROUP_BRAND] === true || principal instanceof CdkGroup) {
    throw new IamError(undefined, 'GroupAsPrincipal',
      "Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy; " +
      'grant to the group instead (it passes the permissions to its users), or name the users or roles as principals');
  }
}
