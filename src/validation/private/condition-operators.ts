import type { ConditionKeyType } from '../data/reference';

/*
 * The IAM condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators").
 * An operator is an optional set qualifier (`ForAllValues:` / `ForAnyValue:`), a base operator,
 * and an optional `IfExists` suffix (not allowed on `Null`).
 */

/** The kind of values an operator compares. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

const BASE_OPERATORS: Record<string, OperatorFamily> = {
  StringEquals: 'String',
  StringNotEquals: 'String',
  StringEqualsIgnoreCase: 'String',
  StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String',
  StringNotLike: 'String',
  NumericEquals: 'Numeric',
  NumericNotEquals: 'Numeric',
  NumericLessThan: 'Numeric',
  NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric',
  NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date',
  DateNotEquals: 'Date',
  DateLessThan: 'Date',
  DateLessThanEquals: 'Date',
  DateGreaterThan: 'Date',
  DateGreaterThanEquals: 'Date',
  Bool: 'Bool',
  BinaryEquals: 'Binary',
  IpAddress: 'IpAddress',
  NotIpAddress: 'IpAddress',
  ArnEquals: 'Arn',
  ArnNotEquals: 'Arn',
  ArnLike: 'Arn',
  ArnNotLike: 'Arn',
  Null: 'Null',
};

/** The names of all base operators, for suggestions. */
export const BASE_OPERATOR_NAMES = Object.keys(BASE_OPERATORS);

/** An operator taken apart. */
export interface ParsedOperator {
  readonly raw: string;
  readonly set?: 'ForAllValues' | 'ForAnyValue';
  readonly base: string;
  readonly family: OperatorFamily;
  readonly ifExists: boolean;
  /** True when the spelling differs from the documented one only in letter case. */
  readonly caseDiffers: boolean;
}

const BY_LOWER = new Map(BASE_OPERATOR_NAMES.map((n) => [n.toLowerCase(), n]));

/** Parse an operator; undefined when IAM would not accept it (including `NullIfExists`). */
export function parseOperator(raw: string): ParsedOperator | undefined {
  let rest = raw;
  let set: ParsedOperator['set'];
  let caseDiffers = false;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const qualifier = rest.slice(0, colon);
    const q = ['ForAllValues', 'ForAnyValue'].find((x) => x.toLowerCase() === qualifier.toLowerCase());
    if (!q) { return undefined; }
    caseDiffers = caseDiffers || q !== qualifier;
    set = q as ParsedOperator['set'];
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith('ifexists')) {
    caseDiffers = caseDiffers || !rest.endsWith('IfExists');
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const base = BY_LOWER.get(rest.toLowerCase());
  if (!base || (ifExists && base === 'Null')) { return undefined; }
  caseDiffers = caseDiffers || base !== rest;
  return { raw, set, base, family: BASE_OPERATORS[base], ifExists, caseDiffers };
}

/** True for multivalued (`ArrayOf...`) key types. */
export function isMultivalued(type: ConditionKeyType): boolean {
  return type.startsWith('ArrayOf');
}

/** The operator families that fit a key type (ignoring single/multi value). */
export function familiesFor(type: ConditionKeyType): OperatorFamily[] {
  const base = type.replace(/^ArrayOf/, '');
  switch (base) {
    case 'String': return ['String'];
    case 'ARN': return ['Arn'];
    case 'Numeric': return ['Numeric'];
    case 'Date': return ['Date'];
    case 'Bool': return ['Bool'];
    case 'IPAddress': return ['IpAddress'];
    case 'Binary': return ['Binary'];
    default: return [];
  }
}

/** The operator a user most likely meant for a key type, for fix texts. */
export function suggestedOperatorFor(type: ConditionKeyType): string {
  const names: Record<string, string> = {
    String: 'StringEquals or StringLike',
    ARN: 'ArnEquals or ArnLike',
    Numeric: 'NumericEquals',
    Date: 'DateGreaterThan / DateLessThan',
    Bool: 'Bool',
    IPAddress: 'IpAddress',
    Binary: 'BinaryEquals',
  };
  return names[type.replace(/^ArrayOf/, '')] ?? 'an operator of the key type';
}
