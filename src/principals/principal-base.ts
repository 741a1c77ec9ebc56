import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import type { IAssumeRolePrincipal } from './assume-role-principal';
import { ComparablePrincipal, IComparablePrincipal } from './comparable-principal';
import type { PolicyDocument } from '../policy/policy-document';
import type { PolicyStatement } from '../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../policy/principal';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';
import { addPrincipalToAssumeRole, trustDocumentView, newTrustStatement } from './private/assume-role';
import { mergeConditionBlocks, validateConditionObject } from './private/conditions';
import { statementForPrincipal } from '../policy/private/foreign-principal';

/*
 * The principal base class and the two wrappers its `withConditions()` / `withSessionTags()`
 * return. They live in one file because they depend on each other both ways (the base creates
 * the wrappers, the wrappers extend the base) and splitting them would make an import cycle.
 */

/**
 * Base class for policy principals.
 */
export abstract class PrincipalBase implements IAssumeRolePrincipal, IComparablePrincipal {
  /**
   * The principal to grant permissions to: the principal itself.
   */
  public readonly grantPrincipal: IPrincipal = this;

  /**
   * The AWS account ID of this principal.
   *
   * @default - undefined: not known for most principals
   */
  public readonly principalAccount: string | undefined = undefined;

  /**
   * Return the policy fragment that identifies this principal in a Policy.
   */
  public abstract readonly policyFragment: PrincipalPolicyFragment;

  /**
   * When this Principal is used in an AssumeRole policy, the action to use.
   *
   * @default 'sts:AssumeRole'
   */
  public readonly assumeRoleAction: string = 'sts:AssumeRole';

  /**
   * Add to the policy of this principal.
   *
   * @returns false: a bare principal has no policy document to add the statement to
   */
  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  /**
   * Add to the policy of this principal.
   *
   * A bare principal has no policy, so the statement is not added (`statementAdded: false`);
   * grants then fall back to the resource policy.
   */
  public addToPrincipalPolicy(_statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    return { statementAdded: false };
  }

  /**
   * Add `Allow <assumeRoleAction>` for this principal to a role's trust policy.
   *
   * @param document the trust policy document of the role
   */
  public addToAssumeRolePolicy(document: PolicyDocument | cdk_iam.PolicyDocument): void {
    document.addStatements(newTrustStatement(document, [this.assumeRoleAction], this) as any);
  }

  /**
   * The principal JSON, as a string.
   */
  public toString(): string {
    return JSON.stringify(this.policyFragment.principalJson);
  }

  /**
   * JSON-ify the principal.
   *
   * Used when JSON.stringify() is called.
   */
  public toJSON(): { [key: string]: string[] } {
    return this.policyFragment.principalJson;
  }

  /**
   * Returns a new PrincipalWithConditions using this principal as the base, with the
   * passed conditions added.
   *
   * When there is a value for the same operator and key in both the principal and the
   * conditions parameter, the value from the conditions parameter will be used.
   *
   * @param conditions operator -> (condition key -> value)
   * @returns a new PrincipalWithConditions object.
   */
  public withConditions(conditions: { [key: string]: any }): PrincipalBase {
    return new PrincipalWithConditions(this, conditions);
  }

  /**
   * Returns a new principal using this principal as the base, with session tags enabled.
   *
   * @returns a new SessionTagsPrincipal object.
   */
  public withSessionTags(): PrincipalBase {
    return new SessionTagsPrincipal(this);
  }

  /**
   * Return whether or not this principal is equal to the given principal.
   */
  public abstract dedupeString(): string | undefined;
}

/**
 * Base class for Principals that wrap other principals.
 */
abstract class PrincipalAdapter extends PrincipalBase {
  public readonly assumeRoleAction: string;
  public readonly principalAccount: string | undefined;

  constructor(protected readonly wrapped: IPrincipal) {
    super();
    this.assumeRoleAction = wrapped.assumeRoleAction;
    this.principalAccount = wrapped.principalAccount;
  }

  public get policyFragment(): PrincipalPolicyFragment {
    return this.wrapped.policyFragment;
  }

  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    // the wrapped principal may be aws-cdk-lib's (docs/design/interop.md)
    return this.wrapped.addToPrincipalPolicy(statementForPrincipal(this.wrapped, statement));
  }

  /**
   * Append the given string to the wrapped principal's dedupe string (if available).
   */
  protected appendDedupe(suffix: string): string | undefined {
    const inner = ComparablePrincipal.dedupeStringFor(this.wrapped);
    return inner !== undefined ? `${this.constructor.name}:${inner}:${suffix}` : undefined;
  }
}

/**
 * An IAM principal with additional conditions specifying when the policy is in effect.
 *
 * For more information about conditions, see:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 *
 * @example
 * const principal = new PrincipalWithConditions(new AccountPrincipal('123456789012'), {
 *   StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
 * });
 */
export class PrincipalWithConditions extends PrincipalAdapter {
  private readonly additionalConditions: { [key: string]: any };

  /**
   * @param principal the principal the conditions apply to
   * @param conditions operator -> (condition key -> value)
   */
  constructor(principal: IPrincipal, conditions: { [key: string]: any }) {
    super(principal);
    this.additionalConditions = { ...conditions };
  }

  /**
   * Add the wrapped principal to the trust policy, with this principal's conditions on its statements.
   *
   * @param doc the trust policy document of the role
   */
  public addToAssumeRolePolicy(doc: PolicyDocument | cdk_iam.PolicyDocument): void {
    addPrincipalToAssumeRole(this.wrapped, trustDocumentView(doc, (statement) => {
      statement.addActions(this.assumeRoleAction);
      statement.addConditions(this.conditions);
    }));
  }

  /**
   * Add a condition to the principal.
   *
   * When the operator already has a value, the keys are merged and `value` wins per key.
   *
   * @param key the condition operator, e.g. `StringEquals`
   * @param value condition key -> value, e.g. `{ 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' }`
   */
  public addCondition(key: string, value: any): void {
    validateConditionObject(value);
    const existing = this.additionalConditions[key];
    if (!existing) {
      this.additionalConditions[key] = value;
      return;
    }
    validateConditionObject(existing);
    this.additionalConditions[key] = { ...existing, ...value };
  }

  /**
   * Adds multiple conditions to the principal.
   *
   * Values from the conditions parameter will overwrite existing values with the same operator
   * and key.
   *
   * @param conditions operator -> (condition key -> value)
   */
  public addConditions(conditions: { [key: string]: any }): void {
    for (const [key, value] of Object.entries(conditions)) {
      this.addCondition(key, value);
    }
  }

  /**
   * The conditions under which the policy is in effect: the wrapped principal's merged with the added ones.
   *
   * See [the IAM documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
   */
  public get conditions(): { [key: string]: any } {
    return mergeConditionBlocks(this.wrapped.policyFragment.conditions, this.additionalConditions);
  }

  /**
   * The wrapped principal's JSON with the merged conditions.
   */
  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment(this.wrapped.policyFragment.principalJson, this.conditions);
  }

  /**
   * The wrapped principal's description.
   */
  public toString(): string {
    return this.wrapped.toString();
  }

  /**
   * JSON-ify the principal.
   *
   * Used when JSON.stringify() is called.
   */
  public toJSON(): { [key: string]: string[] } {
    return this.policyFragment.principalJson;
  }

  /**
   * The wrapped principal's dedupe string followed by the conditions.
   */
  public dedupeString(): string | undefined {
    return this.appendDedupe(JSON.stringify(this.conditions));
  }
}

/**
 * Enables session tags on role assumptions from a principal.
 *
 * The trust statement gets `sts:TagSession` next to the principal's assume-role action.
 * For more information on session tags, see:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
 *
 * @example
 * const principal = new SessionTagsPrincipal(new AccountPrincipal('123456789012'));
 */
export class SessionTagsPrincipal extends PrincipalAdapter {
  /**
   * @param principal the principal allowed to pass session tags
   */
  constructor(principal: IPrincipal) {
    super(principal);
  }

  /**
   * Add the wrapped principal to the trust policy, with `sts:TagSession` added to its statements.
   *
   * @param doc the trust policy document of the role
   */
  public addToAssumeRolePolicy(doc: PolicyDocument | cdk_iam.PolicyDocument): void {
    addPrincipalToAssumeRole(this.wrapped, trustDocumentView(doc, (statement) => {
      statement.addActions('sts:TagSession');
    }));
  }

  /**
   * The wrapped principal's dedupe string, marked as tagging sessions.
   */
  public dedupeString(): string | undefined {
    return this.appendDedupe('');
  }
}
