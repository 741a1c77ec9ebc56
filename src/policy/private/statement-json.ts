import { Token } from 'aws-cdk-lib';
import { StatementJson } from './policy-json';
import { LITERAL_STRING_KEY } from './principal-json';

/*
 * Rendering rules of one statement, as aws-cdk-lib applies them:
 * - an empty list, an empty object or undefined is left out;
 * - a one-element list becomes the scalar (`["s3:GetObject"]` -> `"s3:GetObject"`);
 * - Action/NotAction/Resource/NotResource lists are de-duplicated;
 * - an unresolved value (a token, or an encoded token list) is passed through untouched;
 * - a principal `{ LiteralString: ['*'] }` becomes the string `"*"`.
 */

/** The statement parts before normalisation. */
export interface RawStatement {
  readonly Action: readonly unknown[];
  readonly NotAction: readonly unknown[];
  readonly Condition: { [operator: string]: unknown };
  readonly Effect: string;
  readonly Principal: { [key: string]: readonly unknown[] };
  readonly NotPrincipal: { [key: string]: readonly unknown[] };
  readonly Resource: readonly unknown[];
  readonly NotResource: readonly unknown[];
  readonly Sid?: string;
}

/**
 * Render a statement to IAM JSON (keys in aws-cdk-lib's order).
 *
 * Writes the keys directly in order, skipping absent parts, rather than building an object of
 * all nine keys and filtering it: this runs once per statement per synthesis.
 */
export function normalizeStatement(s: RawStatement): StatementJson {
  const ret: { [key: string]: unknown } = {};
  put(ret, 'Action', normalizeList(s.Action, true));
  put(ret, 'NotAction', normalizeList(s.NotAction, true));
  put(ret, 'Condition', normalizeValue(s.Condition, false));
  put(ret, 'Effect', normalizeValue(s.Effect, false));
  put(ret, 'Principal', normalizePrincipal(s.Principal));
  put(ret, 'NotPrincipal', normalizePrincipal(s.NotPrincipal));
  put(ret, 'Resource', normalizeList(s.Resource, true));
  put(ret, 'NotResource', normalizeList(s.NotResource, true));
  put(ret, 'Sid', normalizeValue(s.Sid, false));
  return ret as StatementJson;
}

function put(target: { [key: string]: unknown }, key: string, value: unknown): void {
  if (value !== undefined) { target[key] = value; }
}

/**
 * `normalizeValue` for the common case of a plain array, with the token test reduced to what
 * can be a token: a one-element list whose element is an encoded token list (`#{Token[...]}`,
 * what `Token.isUnresolved` checks for a one-element array; an array is never a resolvable object).
 */
function normalizeList(values: unknown, unique: boolean): any {
  if (!Array.isArray(values)) { return normalizeValue(values, unique); }
  if (values.length === 0) { return undefined; }
  if (values.length === 1) {
    const only = values[0];
    return typeof only === 'string' && only.includes('#{Token[') && Token.isUnresolved(values) ? values : only;
  }
  return unique ? Array.from(new Set(values)) : values;
}

function normalizeValue(values: unknown, unique: boolean): any {
  if (values === undefined || values === null) { return undefined; }
  if (Token.isUnresolved(values)) { return values; }
  if (Array.isArray(values)) {
    if (values.length === 0) { return undefined; }
    if (values.length === 1) { return values[0]; }
    return unique ? Array.from(new Set(values)) : values;
  }
  if (typeof values === 'object' && isEmptyObject(values)) { return undefined; }
  return values;
}

function isEmptyObject(x: object): boolean {
  for (const _ in x) { if (Object.prototype.hasOwnProperty.call(x, _)) { return false; } }
  return true;
}

function normalizePrincipal(principal: { [key: string]: readonly unknown[] } | undefined): any {
  if (!principal || Array.isArray(principal) || typeof principal !== 'object') { return undefined; }
  const keys = Object.keys(principal);
  if (keys.length === 0) { return undefined; }
  if (LITERAL_STRING_KEY in principal) { return principal[LITERAL_STRING_KEY][0]; }
  const result: { [key: string]: unknown } = {};
  for (const key of keys) {
    const value = normalizeValue(principal[key], false);
    if (value) { result[key] = value; }
  }
  return result;
}
