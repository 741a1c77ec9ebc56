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
  readonly Action: unknown[];
  readonly NotAction: unknown[];
  readonly Condition: { [operator: string]: unknown };
  readonly Effect: string;
  readonly Principal: { [key: string]: unknown[] };
  readonly NotPrincipal: { [key: string]: unknown[] };
  readonly Resource: unknown[];
  readonly NotResource: unknown[];
  readonly Sid?: string;
}

/** Render a statement to IAM JSON (keys in aws-cdk-lib's order). */
export function normalizeStatement(s: RawStatement): StatementJson {
  return dropUndefined({
    Action: normalizeValue(s.Action, true),
    NotAction: normalizeValue(s.NotAction, true),
    Condition: normalizeValue(s.Condition, false),
    Effect: normalizeValue(s.Effect, false),
    Principal: normalizePrincipal(s.Principal),
    NotPrincipal: normalizePrincipal(s.NotPrincipal),
    Resource: normalizeValue(s.Resource, true),
    NotResource: normalizeValue(s.NotResource, true),
    Sid: normalizeValue(s.Sid, false),
  }) as StatementJson;
}

function normalizeValue(values: unknown, unique: boolean): any {
  if (values === undefined || values === null) { return undefined; }
  if (Token.isUnresolved(values)) { return values; }
  if (Array.isArray(values)) {
    if (values.length === 0) { return undefined; }
    if (values.length === 1) { return values[0]; }
    return unique ? Array.from(new Set(values)) : values;
  }
  if (typeof values === 'object' && Object.keys(values).length === 0) { return undefined; }
  return values;
}

function normalizePrincipal(principal: { [key: string]: unknown[] } | undefined): any {
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

function dropUndefined(x: { [key: string]: unknown }): { [key: string]: unknown } {
  const ret: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(x)) {
    if (value !== undefined) { ret[key] = value; }
  }
  return ret;
}
