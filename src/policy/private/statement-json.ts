import { Token } from 'aws-cdk-lib';
import { StatementJson } from './policy-json';
import { LITERAL_STRING_KEY } from './principal-json';
import { isEmptyObject } from '../../core/private/collections';

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
 * all nine keys and filtering it: this runs once per statement per synthesis. Effect and Sid are
 * strings (a string, token or not, renders as itself: no token test) and the conditions are
 * tested for emptiness before the token test (see `normalizeObject`).
 */
export function normalizeStatement(s: RawStatement): StatementJson {
  const ret: { [key: string]: unknown } = {};
  if (s.Action.length !== 0) { ret.Action = normalizeList(s.Action, true); }
  if (s.NotAction.length !== 0) { ret.NotAction = normalizeList(s.NotAction, true); }
  const condition = normalizeObject(s.Condition);
  if (condition !== undefined) { ret.Condition = condition; }
  put(ret, 'Effect', normalizeScalar(s.Effect));
  put(ret, 'Principal', normalizePrincipal(s.Principal));
  put(ret, 'NotPrincipal', normalizePrincipal(s.NotPrincipal));
  if (s.Resource.length !== 0) { ret.Resource = normalizeList(s.Resource, true); }
  if (s.NotResource.length !== 0) { ret.NotResource = normalizeList(s.NotResource, true); }
  put(ret, 'Sid', normalizeScalar(s.Sid));
  return ret as StatementJson;
}

/**
 * `normalizeStatement` of a statement that has nothing but Action, Effect, Resource and Sid (the
 * usual statement of an identity policy), without the raw object of all nine parts and the tests
 * of the absent ones: a role's statements are rendered one by one, thousands of them in a fresh
 * process, so the less each render executes, the less of it the JIT has to optimize.
 * `undefined` lists are absent (like empty ones).
 */
export function normalizeSimpleStatement(actions: readonly unknown[] | undefined, effect: string,
  resources: readonly unknown[] | undefined, sid: string | undefined): StatementJson {
  const ret: { [key: string]: unknown } = {};
  if (actions !== undefined && actions.length !== 0) { ret.Action = normalizeList(actions, true); }
  ret.Effect = effect;
  if (resources !== undefined && resources.length !== 0) { ret.Resource = normalizeList(resources, true); }
  if (sid !== undefined) { ret.Sid = sid; }
  return ret as StatementJson;
}

function put(target: { [key: string]: unknown }, key: string, value: unknown): void {
  if (value !== undefined) { target[key] = value; }
}

/** `normalizeValue` of a string: itself (a token string is passed through, a plain one kept). */
function normalizeScalar(value: unknown): unknown {
  return typeof value === 'string' ? value : normalizeValue(value, false);
}

/**
 * `normalizeValue` of the conditions: a plain empty object (a statement without conditions) is
 * left out without the token test. A plain object is a token only with its own `resolve`
 * function, so it is not empty; anything else takes the general path.
 */
function normalizeObject(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && isEmptyObject(value)) {
    return undefined;
  }
  return normalizeValue(value, false);
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
