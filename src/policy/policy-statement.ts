import { Lazy, Token } from 'aws-cdk-lib';
import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { Condition } from './condition';
import { Effect } from './effect';
import type { PolicyStatementProps, ResourcePolicyValidationOptions } from './policy-statement-props';
import type { IPrincipal } from './principal';
import * as fixed from './private/fixed-principal';
import { foreignStatementJson } from './private/foreign-statement-json';
import { ForeignRecord, foreignRecord, foreignUnchanged } from './private/foreign-statement-key';
import type { StatementParts } from './private/merge/mergeable';
import { StatementBody } from './private/statement-body';
import { bodyFromGetterJson, statementPropsFromJson } from './private/statement-from-json';
import * as checks from './private/statement-validation';
import type { ServicePrincipalOpts } from './service-principal-opts';

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
    return checks.validForAnyPolicy(new PolicyStatement(statementPropsFromJson(obj)));
  }

  /**
   * A live view of an aws-cdk-lib statement (what `addToPrincipalPolicy` stores for one): its
   * content is re-read from `foreign` whenever it is read, so that changes aws-cdk-lib makes after
   * the add (e.g. `grant.principalStatement.addCondition(...)` in `ec2.Volume.grantAttachVolume`)
   * reach the template, validation and evaluation. Freezing the view freezes the foreign statement
   * too (aws-cdk-lib freezes its statements when their document renders); changing the view
   * through this class detaches it from the foreign statement.
   *
   * Throws `[IncorrectPolicyStatement]` when the statement has no action (as `fromJson`).
   *
   * @internal
   */
  public static _fromForeign(foreign: cdk_iam.PolicyStatement): PolicyStatement {
    const json = foreignStatementJson(foreign);
    // recorded before the build, which must not (and does not) change the JSON's lists
    const record = foreignRecord(json);
    let ret: PolicyStatement;
    if (json.fromGetters) {
      // what fromJson(json.json) returns, built without its props object (bodyFromGetterJson)
      ret = new PolicyStatement();
      const body = ret.currentBody = bodyFromGetterJson(json.json);
      if (!checks.passesAnyPolicy(body.action.length, body.notAction.length)) { checks.validForAnyPolicy(ret); }
    } else {
      ret = PolicyStatement.fromJson(json.json);
    }
    ret.foreign = foreign;
    ret.foreignRecorded = record;
    return ret;
  }

  private currentBody = new StatementBody();
  /** The aws-cdk-lib statement this one mirrors (see `_fromForeign`), until frozen or detached. */
  private foreign?: cdk_iam.PolicyStatement;
  /** `foreignRecord` of the foreign statement when `currentBody` was built from it. */
  private foreignRecorded?: ForeignRecord;

  constructor(props: PolicyStatementProps = {}) {
    const body = this.currentBody;
    body.sid = props.sid;
    body.effect = props.effect || Effect.ALLOW;
    // absent or empty lists are skipped: adding nothing has no effect (no conflict is possible
    // and the new statement is not frozen), and most statements set two of the six lists
    if (props.actions && props.actions.length !== 0) { this.addActions(...props.actions); }
    if (props.notActions && props.notActions.length !== 0) { this.addNotActions(...props.notActions); }
    if (props.principals && props.principals.length !== 0) { this.addPrincipals(...props.principals); }
    if (props.notPrincipals && props.notPrincipals.length !== 0) { this.addNotPrincipals(...props.notPrincipals); }
    if (props.resources && props.resources.length !== 0) { this.addResources(...props.resources); }
    if (props.notResources && props.notResources.length !== 0) { this.addNotResources(...props.notResources); }
    if (props.conditions !== undefined) {
      this.addConditions(props.conditions);
    }
  }

  /**
   * Statement ID for this statement.
   */
  public get sid(): string | undefined {
    return this.body.sid;
  }

  /**
   * Set Statement ID for this statement.
   */
  public set sid(sid: string | undefined) {
    const body = this.mutableBody;
    body.assertNotFrozen('sid');
    body.sid = sid;
  }

  /**
   * Whether to allow or deny the actions in this statement.
   */
  public get effect(): Effect {
    return this.body.effect;
  }

  /**
   * Set effect for this statement.
   */
  public set effect(effect: Effect) {
    const body = this.mutableBody;
    body.assertNotFrozen('effect');
    body.effect = effect;
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
    this.mutableBody.addActions('addActions', 'positive', actions);
  }

  /**
   * Explicitly allow all actions except the specified list of actions into the "NotAction" section
   * of the policy document.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
   * @param notActions actions that will be denied. All other actions will be permitted.
   */
  public addNotActions(...notActions: string[]): void {
    this.mutableBody.addActions('addNotActions', 'negative', notActions);
  }

  //
  // Principal
  //

  /**
   * Indicates if this permission has a "Principal" section.
   */
  public get hasPrincipal(): boolean {
    return this.body.principals.length + this.body.notPrincipals.length > 0;
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
    this.mutableBody.addPrincipals('addPrincipals', 'positive', principals);
  }

  /**
   * Specify principals that is not allowed or denied access to the "NotPrincipal" section of
   * a policy statement.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
   * @param notPrincipals IAM principals that will be denied access
   */
  public addNotPrincipals(...notPrincipals: IPrincipal[]): void {
    this.mutableBody.addPrincipals('addNotPrincipals', 'negative', notPrincipals);
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
    this.mutableBody.addResources('addResources', 'positive', arns);
  }

  /**
   * Specify resources that this policy statement will not apply to in the "NotResource" section
   * of this policy statement. All resources except the specified list will be matched.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
   * @param arns Amazon Resource Names (ARNs) of the resources that this policy statement does not apply to
   */
  public addNotResources(...arns: string[]): void {
    this.mutableBody.addResources('addNotResources', 'negative', arns);
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
    return this.body.resource.length > 0;
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
    this.mutableBody.addCondition(key, value);
  }

  /**
   * Add multiple conditions to the Policy.
   *
   * See the `addCondition` function for a caveat on calling this method multiple times.
   *
   * @param conditions operator -> key -> value(s)
   */
  public addConditions(conditions: { [key: string]: any }): void {
    this.mutableBody.addConditions(conditions);
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
    return this.body.render();
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
    return this.body.render();
  }

  /**
   * Validate that the policy statement satisfies base requirements for a policy.
   *
   * @returns An array of validation error messages, each `[Code] what; fix`, or an empty array if the statement is valid.
   */
  public validateForAnyPolicy(): string[] {
    return checks.validateAnyPolicy(this.body.shape());
  }

  /**
   * Validate that the policy statement satisfies all requirements for a resource-based policy.
   *
   * @returns An array of validation error messages, each `[Code] what; fix`, or an empty array if the statement is valid.
   */
  public validateForResourcePolicy(options?: ResourcePolicyValidationOptions): string[] {
    return checks.validateResourcePolicy(this.body.shape(), options?.skipResourceValidation ?? false);
  }

  /**
   * Validate that the policy statement satisfies all requirements for a trust policy.
   *
   * @returns An array of validation error messages, each `[Code] what; fix`, or an empty array if the statement is valid.
   */
  public validateForTrustPolicy(): string[] {
    return checks.validateTrustPolicy(this.body.shape());
  }

  /**
   * Validate that the policy statement satisfies all requirements for an identity-based policy.
   *
   * @returns An array of validation error messages, each `[Code] what; fix`, or an empty array if the statement is valid.
   */
  public validateForIdentityPolicy(): string[] {
    return checks.validateIdentityPolicy(this.body.shape());
  }

  /**
   * The Actions added to this statement.
   */
  public get actions(): string[] {
    return this.body.action.copy();
  }

  /**
   * The NotActions added to this statement.
   */
  public get notActions(): string[] {
    return this.body.notAction.copy();
  }

  /**
   * The Principals added to this statement.
   *
   * Principals added through the `add*Principal()` helpers (and read by `fromJson`) are small
   * internal objects with the same policy fragment, `toString()` and dedupe string as the
   * corresponding principal classes, but they are not instances of those classes.
   */
  public get principals(): IPrincipal[] {
    return this.body.principals.copy();
  }

  /**
   * The NotPrincipals added to this statement.
   */
  public get notPrincipals(): IPrincipal[] {
    return this.body.notPrincipals.copy();
  }

  /**
   * The Resources added to this statement.
   */
  public get resources(): string[] {
    return this.body.resource.copy();
  }

  /**
   * The NotResources added to this statement.
   */
  public get notResources(): string[] {
    return this.body.notResource.copy();
  }

  /**
   * The conditions added to this statement (a shallow copy: operator -> key -> value(s)).
   */
  public get conditions(): any {
    return { ...this.body.condition };
  }

  /**
   * The statement's parts with its live lists (no copies), for merging and size estimates of
   * whole documents, which read every statement and would otherwise copy six lists each through
   * the public getters. Callers must not modify the lists.
   *
   * @internal
   */
  public _parts(): StatementParts {
    const body = this.body;
    // a frozen body never changes (and no longer follows a foreign statement), so its parts
    // are built once: a role policy split and the render of its documents each read them
    if (body.frozen) { return body.frozenParts ??= this.partsOf(body); }
    return this.partsOf(body);
  }

  /**
   * The statement JSON for a document that is being resolved. Once the statement is frozen (a
   * document freezes its statements before rendering them), it can no longer change, so the
   * JSON is rendered once and shared: a stack resolves each policy document several times per
   * synthesis (template, tree metadata, ...). Only for callers that do not modify the result
   * (token resolution copies it); `toStatementJson()` returns a fresh object for everyone else.
   *
   * @internal
   */
  public _renderForResolve(): any {
    const body = this.body;
    if (body.frozen) { return body.frozenJson ??= body.render(); }
    return body.render();
  }

  private partsOf(body: StatementBody): StatementParts {
    return {
      sid: body.sid,
      effect: body.effect,
      actions: body.action.direct(),
      notActions: body.notAction.direct(),
      resources: body.resource.direct(),
      notResources: body.notResource.direct(),
      principals: body.principals.direct(),
      notPrincipals: body.notPrincipals.direct(),
      conditions: body.condition,
    };
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
    this.body.frozen = true;
    if (this.foreign && !this.foreign.frozen) { this.foreign.freeze(); }
    this.foreign = undefined;
    return this;
  }

  /**
   * Whether the PolicyStatement has been frozen.
   *
   * The statement object is frozen when `freeze()` is called.
   */
  public get frozen(): boolean {
    return this.body.frozen;
  }

  /** The statement's state, first brought up to date with the foreign statement it mirrors. */
  private get body(): StatementBody {
    if (this.foreign) {
      // the check is cheaper than the JSON (see foreignUnchanged): the JSON is read and our copy
      // rebuilt only when the statement changed
      if (!foreignUnchanged(this.foreign, this.foreignRecorded!)) {
        const json = foreignStatementJson(this.foreign);
        const record = foreignRecord(json);
        this.currentBody = json.fromGetters ? bodyFromGetterJson(json.json) : new PolicyStatement(statementPropsFromJson(json.json)).currentBody;
        this.foreignRecorded = record;
      }
    }
    return this.currentBody;
  }

  /** The state, for a change made through this class: the statement stops mirroring its foreign one. */
  private get mutableBody(): StatementBody {
    const body = this.body;
    this.foreign = undefined;
    return body;
  }
}
