import { Token } from 'aws-cdk-lib';
import { Group as CdkGroup } from 'aws-cdk-lib/aws-iam';
import { IamError } from '../../core';
import { Effect } from '../effect';
import type { IPrincipal } from '../principal';
import { assertConditionBlock, mergeConditionBlock } from './condition-block';
import type { StatementParts } from './merge/mergeable';
import { OrderedSet } from './ordered-set';
import { StatementJson } from './policy-json';
import { mergePrincipalJson } from './principal-json';
import { normalizeSimpleStatement, normalizeStatement } from './statement-json';
import { StatementShape } from './statement-validation';

/** Brand the identities layer sets on its Group class (a group cannot be a principal). */
const GROUP_BRAND = Symbol.for('cdk-iam-kit.Group');
/** An action: `*` or `service:Name` with wildcards in the name. */
const ACTION_SHAPE = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/;

/** The shared empty list of a statement part that has no value yet (never written). */
const NO_VALUES = new OrderedSet<any>();
/** The shared empty object of conditions or principals not set yet (frozen). */
const NO_OBJECT: { readonly [key: string]: any } = Object.freeze({});

/** Which of the paired elements an add goes to. */
type Side = 'positive' | 'negative';

/**
 * The state of one PolicyStatement and the rules for changing it: the public class delegates here,
 * so that it holds only its API and documentation.
 */
export class StatementBody {
  public sid?: string;
  public effect: Effect = Effect.ALLOW;
  public frozen = false;
  /** `PolicyStatement._parts()` of the frozen statement (it cannot change any more). */
  public frozenParts?: StatementParts;
  /** `PolicyStatement._renderForResolve()` of the frozen statement. */
  public frozenJson?: StatementJson;
  /*
   * The lists and objects below are created on the first value: a statement usually sets two of
   * the six lists and no condition or principal, and a role can hold thousands of statements
   * (fewer objects per statement: less to allocate, keep and scan for the garbage collector).
   * Until then the getters return shared empty instances, which are never written.
   */
  private actionSet?: OrderedSet<string>;
  private notActionSet?: OrderedSet<string>;
  private resourceSet?: OrderedSet<string>;
  private notResourceSet?: OrderedSet<string>;
  private principalSet?: OrderedSet<IPrincipal>;
  private notPrincipalSet?: OrderedSet<IPrincipal>;
  private conditionObject?: { [operator: string]: any };
  private principalJson?: { [key: string]: any[] };
  private notPrincipalJson?: { [key: string]: any[] };
  private principalConditionsJson?: string;

  public get action(): OrderedSet<string> { return this.actionSet ?? NO_VALUES; }
  public get notAction(): OrderedSet<string> { return this.notActionSet ?? NO_VALUES; }
  public get resource(): OrderedSet<string> { return this.resourceSet ?? NO_VALUES; }
  public get notResource(): OrderedSet<string> { return this.notResourceSet ?? NO_VALUES; }
  public get principals(): OrderedSet<IPrincipal> { return this.principalSet ?? NO_VALUES; }
  public get notPrincipals(): OrderedSet<IPrincipal> { return this.notPrincipalSet ?? NO_VALUES; }
  /** The conditions (read-only: change them through `addCondition`). */
  public get condition(): { readonly [operator: string]: any } { return this.conditionObject ?? NO_OBJECT; }

  /** Add to Action (`positive`) or NotAction (`negative`). */
  public addActions(method: string, side: Side, actions: string[]): void {
    this.assertNotFrozen(method);
    const positive = side === 'positive';
    if (actions.length > 0 && (positive ? this.notAction : this.action).length > 0) {
      throw conflict('ActionAndNotAction', side, 'Actions');
    }
    validateActions(actions);
    if (actions.length === 0) { return; }
    const target = positive ? this.actionSet ??= new OrderedSet() : this.notActionSet ??= new OrderedSet();
    target.addAll(actions);
  }

  /** Add to Resource or NotResource. */
  public addResources(method: string, side: Side, arns: string[]): void {
    this.assertNotFrozen(method);
    const positive = side === 'positive';
    if (arns.length > 0 && (positive ? this.notResource : this.resource).length > 0) {
      throw conflict('ResourceAndNotResource', side, 'Resources');
    }
    if (arns.length === 0) { return; }
    const target = positive ? this.resourceSet ??= new OrderedSet() : this.notResourceSet ??= new OrderedSet();
    target.addAll(arns);
  }

  /** Add to Principal or NotPrincipal; all principals must carry the same conditions. */
  public addPrincipals(method: string, side: Side, principals: IPrincipal[]): void {
    this.assertNotFrozen(method);
    const positive = side === 'positive';
    if (principals.length > 0 && (positive ? this.notPrincipals : this.principals).length > 0) {
      throw conflict('PrincipalAndNotPrincipal', side, 'Principals');
    }
    principals.forEach(validatePrincipal);
    if (principals.length === 0) { return; }
    const target = positive ? this.principalSet ??= new OrderedSet() : this.notPrincipalSet ??= new OrderedSet();
    const json = positive ? this.principalJson ??= {} : this.notPrincipalJson ??= {};
    for (const principal of target.push(...principals)) {
      const fragment = principal.policyFragment;
      mergePrincipalJson(json, fragment.principalJson);
      this.addPrincipalConditions(fragment.conditions ?? {});
    }
  }

  /** Add one operator's block, merging keys into an existing block of the same operator. */
  public addCondition(operator: string, value: unknown): void {
    this.assertNotFrozen('addCondition');
    assertConditionBlock(operator, value);
    const condition = this.conditionObject ??= {};
    condition[operator] = mergeConditionBlock(operator, condition[operator], value);
  }

  /** Add several operators' blocks. */
  public addConditions(conditions: { [operator: string]: any }): void {
    if (!conditions || typeof conditions !== 'object' || Array.isArray(conditions) || Token.isUnresolved(conditions)) {
      throw new IamError(undefined, 'InvalidCondition',
        `conditions must be an object of operator to keys, got ${JSON.stringify(conditions)}; write e.g. { StringEquals: { 'aws:SourceAccount': '123456789012' } }`);
    }
    Object.keys(conditions).forEach((operator) => this.addCondition(operator, conditions[operator]));
  }

  /** The statement as IAM JSON (tokens unresolved). */
  public render(): StatementJson {
    if (this.notActionSet === undefined && this.notResourceSet === undefined && this.principalSet === undefined
      && this.notPrincipalSet === undefined && this.conditionObject === undefined && typeof this.effect === 'string'
      && (this.sid === undefined || typeof this.sid === 'string')) {
      // only Action, Resource, Effect and Sid (the lists and objects are created on the first value)
      return normalizeSimpleStatement(this.actionSet?.direct(), this.effect, this.resourceSet?.direct(), this.sid);
    }
    return normalizeStatement({
      Action: this.action.direct(),
      NotAction: this.notAction.direct(),
      Condition: this.condition,
      Effect: this.effect,
      Principal: this.principalJson ?? NO_OBJECT,
      NotPrincipal: this.notPrincipalJson ?? NO_OBJECT,
      Resource: this.resource.direct(),
      NotResource: this.notResource.direct(),
      Sid: this.sid,
    });
  }

  /** What the validation checks read. */
  public shape(): StatementShape {
    return {
      actions: this.action.length,
      notActions: this.notAction.length,
      resources: this.resource.length,
      notResources: this.notResource.length,
      principals: this.principals.length,
      notPrincipals: this.notPrincipals.length,
      sid: this.sid,
    };
  }

  /** Throws `[StatementFrozen]` once the statement is frozen. */
  public assertNotFrozen(method: string): void {
    if (this.frozen) {
      throw new IamError(undefined, 'StatementFrozen',
        `${method}: freeze() has been called on this PolicyStatement previously, so it can no longer be modified; ` +
        'modify a copy() of the statement instead');
    }
  }

  private addPrincipalConditions(conditions: { [key: string]: any }): void {
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
}

/** `Cannot add 'Actions' to policy statement if 'NotActions' have been added`, and the like. */
function conflict(code: string, side: Side, element: string): IamError {
  const [adding, present] = side === 'positive' ? [element, `Not${element}`] : [`Not${element}`, element];
  return new IamError(undefined, code,
    `Cannot add '${adding}' to policy statement if '${present}' have been added; use a separate statement`);
}

function validateActions(actions: string[]): void {
  if (isEncodedList(actions)) { return; }
  for (const action of actions) {
    // shape first: a matching action cannot be a token, and the token test costs more
    if (!ACTION_SHAPE.test(action) && !Token.isUnresolved(action)) {
      throw new IamError(undefined, 'InvalidAction',
        `Action '${action}' is invalid. An action string consists of a service namespace, a colon, and the name of an action. ` +
        "Action names can include wildcards; write it as e.g. 's3:GetObject' or 's3:Get*'");
    }
  }
}

/**
 * `Token.isUnresolved(list)` for an array: only a one-element list holding an encoded token list
 * (`#{Token[...]}`) is one. The `includes` pre-check spares the token regex on every add.
 */
function isEncodedList(xs: string[]): boolean {
  return xs.length === 1 && typeof xs[0] === 'string' && xs[0].includes('#{Token[') && Token.isUnresolved(xs);
}

function validatePrincipal(principal: IPrincipal): void {
  // `groupArn` first: reading `CdkGroup` loads aws-cdk-lib's Group module (lazily exported),
  // which an app that has no aws-cdk-lib group should not pay for; every Group has a groupArn
  if ((principal as any)[GROUP_BRAND] === true
    || (typeof principal === 'object' && 'groupArn' in principal && principal instanceof CdkGroup)) {
    throw new IamError(undefined, 'GroupAsPrincipal',
      "Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy; " +
      'grant to the group instead (it passes the permissions to its users), or name the users or roles as principals');
  }
}
