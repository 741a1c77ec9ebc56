import { Token, Tokenization } from 'aws-cdk-lib';
import { IamError } from '../core';
import { mergeConditionBlock } from './private/condition-block';

/*
 * Typed IAM condition helpers. Each Condition is one `operator -> key -> value(s)` entry and
 * renders to exactly the plain object form that `PolicyStatement.addConditions()` accepts.
 */

/**
 * Conditions in the plain object form: operator -> condition key -> value(s), e.g.
 * `{ StringEquals: { 'aws:SourceAccount': '123456789012' } }`. Same as aws-cdk-lib's `Conditions`
 * type, so that code naming it keeps compiling after changing the import.
 */
export type Conditions = { [operator: string]: any };

/** The set qualifiers IAM puts in front of an operator. */
const SET_QUALIFIERS = ['ForAllValues', 'ForAnyValue'];
const OPERATOR_SHAPE = /^(?:(ForAllValues|ForAnyValue):)?([A-Za-z]+?)(IfExists)?$/;

/**
 * One IAM policy condition: an operator (e.g. `StringEquals`), a condition key (e.g.
 * `aws:SourceAccount`) and the value(s) to compare with.
 *
 * Renders to the plain object form, e.g. `{ StringEquals: { 'aws:SourceAccount': '123456789012' } }`:
 * one value renders as a scalar, several as a list. Use it with
 * `PolicyStatement.addTypedCondition()`, or turn several into a `conditions` object with
 * `Condition.toConditionsJson()`.
 *
 * @example
 * declare const statement: PolicyStatement;
 * statement.addTypedCondition(Condition.stringEquals('aws:SourceAccount', '123456789012'));
 * statement.addTypedCondition(Condition.stringLike('s3:prefix', 'home/', 'home/${aws:username}/*').forAnyValue());
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export class Condition {
  /** `StringEquals`: exact, case-sensitive match with any of the values. */
  public static stringEquals(key: string, ...values: string[]): Condition { return Condition.values('StringEquals', key, values); }
  /** `StringNotEquals`: negated exact match. */
  public static stringNotEquals(key: string, ...values: string[]): Condition { return Condition.values('StringNotEquals', key, values); }
  /** `StringEqualsIgnoreCase`: exact match, ignoring case. */
  public static stringEqualsIgnoreCase(key: string, ...values: string[]): Condition { return Condition.values('StringEqualsIgnoreCase', key, values); }
  /** `StringNotEqualsIgnoreCase`: negated match, ignoring case. */
  public static stringNotEqualsIgnoreCase(key: string, ...values: string[]): Condition { return Condition.values('StringNotEqualsIgnoreCase', key, values); }
  /** `StringLike`: case-sensitive match with `*` and `?` wildcards. */
  public static stringLike(key: string, ...values: string[]): Condition { return Condition.values('StringLike', key, values); }
  /** `StringNotLike`: negated `StringLike`. */
  public static stringNotLike(key: string, ...values: string[]): Condition { return Condition.values('StringNotLike', key, values); }

  /**
   * `NumericEquals`. Numbers render as strings (`"10"`), as the IAM documentation writes them;
   * number tokens become string tokens.
   *
   * @example
   * Condition.numericLessThanEquals('s3:max-keys', 10); // { NumericLessThanEquals: { 's3:max-keys': '10' } }
   */
  public static numericEquals(key: string, ...values: number[]): Condition { return Condition.numbers('NumericEquals', key, values); }
  /** `NumericNotEquals`. */
  public static numericNotEquals(key: string, ...values: number[]): Condition { return Condition.numbers('NumericNotEquals', key, values); }
  /** `NumericLessThan`. */
  public static numericLessThan(key: string, ...values: number[]): Condition { return Condition.numbers('NumericLessThan', key, values); }
  /** `NumericLessThanEquals`. */
  public static numericLessThanEquals(key: string, ...values: number[]): Condition { return Condition.numbers('NumericLessThanEquals', key, values); }
  /** `NumericGreaterThan`. */
  public static numericGreaterThan(key: string, ...values: number[]): Condition { return Condition.numbers('NumericGreaterThan', key, values); }
  /** `NumericGreaterThanEquals`. */
  public static numericGreaterThanEquals(key: string, ...values: number[]): Condition { return Condition.numbers('NumericGreaterThanEquals', key, values); }

  /** `DateEquals`; values are ISO 8601 dates (`2026-01-01T00:00:00Z`) or epoch seconds as strings. */
  public static dateEquals(key: string, ...values: string[]): Condition { return Condition.values('DateEquals', key, values); }
  /** `DateNotEquals`. */
  public static dateNotEquals(key: string, ...values: string[]): Condition { return Condition.values('DateNotEquals', key, values); }
  /** `DateLessThan`. */
  public static dateLessThan(key: string, ...values: string[]): Condition { return Condition.values('DateLessThan', key, values); }
  /** `DateLessThanEquals`. */
  public static dateLessThanEquals(key: string, ...values: string[]): Condition { return Condition.values('DateLessThanEquals', key, values); }
  /** `DateGreaterThan`. */
  public static dateGreaterThan(key: string, ...values: string[]): Condition { return Condition.values('DateGreaterThan', key, values); }
  /** `DateGreaterThanEquals`. */
  public static dateGreaterThanEquals(key: string, ...values: string[]): Condition { return Condition.values('DateGreaterThanEquals', key, values); }

  /**
   * `Bool`: renders the value as the string `"true"` or `"false"`, as the IAM documentation writes it.
   *
   * @example
   * Condition.bool('aws:SecureTransport', false); // { Bool: { 'aws:SecureTransport': 'false' } }
   */
  public static bool(key: string, value: boolean): Condition { return Condition.values('Bool', key, [String(value)]); }

  /** `BinaryEquals`: values are base-64 encoded. */
  public static binaryEquals(key: string, ...values: string[]): Condition { return Condition.values('BinaryEquals', key, values); }

  /** `IpAddress`: values are IPv4 or IPv6 CIDR ranges (`203.0.113.0/24`). */
  public static ipAddress(key: string, ...cidrs: string[]): Condition { return Condition.values('IpAddress', key, cidrs); }
  /** `NotIpAddress`. */
  public static notIpAddress(key: string, ...cidrs: string[]): Condition { return Condition.values('NotIpAddress', key, cidrs); }

  /** `ArnEquals`. */
  public static arnEquals(key: string, ...arns: string[]): Condition { return Condition.values('ArnEquals', key, arns); }
  /** `ArnNotEquals`. */
  public static arnNotEquals(key: string, ...arns: string[]): Condition { return Condition.values('ArnNotEquals', key, arns); }
  /** `ArnLike`: ARNs with `*` and `?` wildcards per segment. */
  public static arnLike(key: string, ...arns: string[]): Condition { return Condition.values('ArnLike', key, arns); }
  /** `ArnNotLike`. */
  public static arnNotLike(key: string, ...arns: string[]): Condition { return Condition.values('ArnNotLike', key, arns); }

  /**
   * The `Null` operator: `isNull(key, true)` matches when the key is absent from the request,
   * `isNull(key, false)` when it is present. (Named `isNull` because `null` is a reserved word
   * in the jsii target languages.)
   *
   * @example
   * Condition.isNull('aws:TokenIssueTime', true); // { Null: { 'aws:TokenIssueTime': 'true' } }
   */
  public static isNull(key: string, isNull: boolean): Condition { return Condition.values('Null', key, [String(isNull)]); }

  /**
   * Any operator, written as IAM spells it (e.g. `ForAnyValue:StringLikeIfExists`), with the value
   * passed through untouched (a string, a list, a number or a token).
   */
  public static fromOperator(operator: string, key: string, value: any): Condition {
    const match = OPERATOR_SHAPE.exec(operator);
    if (!match) {
      throw new IamError(undefined, 'InvalidConditionOperator',
        `condition operator '${operator}' is not of the form [ForAllValues:|ForAnyValue:]Operator[IfExists]; write e.g. 'StringEquals' or 'ForAnyValue:StringLike'`);
    }
    return new Condition(match[2], key, value, match[3] !== undefined, match[1]);
  }

  /**
   * Several conditions as one `conditions` object (operator -> key -> value), for
   * `PolicyStatementProps.conditions` or a principal's `withConditions()`. Keys under the same
   * operator are merged; a later condition on the same operator and key wins.
   */
  public static toConditionsJson(...conditions: Condition[]): { [operator: string]: any } {
    const result: { [operator: string]: any } = {};
    for (const c of conditions) {
      result[c.operator] = mergeConditionBlock(c.operator, result[c.operator], { [c.key]: c.value });
    }
    return result;
  }

  private static numbers(operator: string, key: string, values: number[]): Condition {
    return Condition.values(operator, key, values.map((v) => Tokenization.stringifyNumber(v)));
  }

  private static values(operator: string, key: string, values: string[]): Condition {
    if (values.length === 0) {
      throw new IamError(undefined, 'MissingConditionValue',
        `condition '${operator}' on '${key}' has no value; pass at least one value to compare with`);
    }
    return new Condition(operator, key, values.length === 1 ? values[0] : [...values], false, undefined);
  }

  /**
   * The condition key, e.g. `aws:SourceAccount`.
   */
  public readonly key: string;

  /**
   * The value(s): a scalar for one value, a list for several.
   */
  public readonly value: any;

  private constructor(
    private readonly baseOperator: string,
    key: string,
    value: any,
    private readonly withIfExists: boolean,
    private readonly setQualifier: string | undefined) {
    if (typeof key !== 'string' || (!Token.isUnresolved(key) && key.length === 0)) {
      throw new IamError(undefined, 'InvalidConditionKey',
        `condition key must be a non-empty string, got ${JSON.stringify(key)}; use a key such as 'aws:SourceAccount'`);
    }
    this.key = key;
    this.value = value;
  }

  /**
   * The operator as IAM spells it, including qualifiers, e.g. `ForAnyValue:StringLikeIfExists`.
   */
  public get operator(): string {
    const prefix = this.setQualifier ? `${this.setQualifier}:` : '';
    return `${prefix}${this.baseOperator}${this.withIfExists ? 'IfExists' : ''}`;
  }

  /**
   * The same condition that also matches when the key is absent from the request (`...IfExists`).
   *
   * Not allowed on `Null` (IAM has no `NullIfExists`).
   */
  public ifExists(): Condition {
    if (this.baseOperator === 'Null') {
      throw new IamError(undefined, 'InvalidConditionModifier',
        'the Null condition operator cannot take IfExists; IfExists can be added to any condition operator except Null, so use Null on its own');
    }
    return new Condition(this.baseOperator, this.key, this.value, true, this.setQualifier);
  }

  /**
   * The same condition applied to every value of a multivalued key (`ForAllValues:...`).
   */
  public forAllValues(): Condition {
    return this.withQualifier(SET_QUALIFIERS[0]);
  }

  /**
   * The same condition applied to at least one value of a multivalued key (`ForAnyValue:...`).
   */
  public forAnyValue(): Condition {
    return this.withQualifier(SET_QUALIFIERS[1]);
  }

  /**
   * The plain object form: `{ operator: { key: value } }`.
   */
  public toJson(): { [operator: string]: any } {
    return { [this.operator]: { [this.key]: this.value } };
  }

  private withQualifier(qualifier: string): Condition {
    if (this.setQualifier !== undefined && this.setQualifier !== qualifier) {
      throw new IamError(undefined, 'InvalidConditionModifier',
        `condition '${this.operator}' already has the set qualifier '${this.setQualifier}'; a condition takes either ForAllValues or ForAnyValue, not both`);
    }
    return new Condition(this.baseOperator, this.key, this.value, this.withIfExists, qualifier);
  }
}
