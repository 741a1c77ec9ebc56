import { Token } from 'aws-cdk-lib';
import { IamError } from '../../core';
import { Effect } from '../effect';
import type { PolicyStatementProps } from '../policy-statement-props';
import { jsonPrincipal } from './fixed-principal';

/*
 * Reading one statement of IAM JSON (PolicyStatement.fromJson). aws-cdk-lib's rules, plus
 * rejection of what it silently dropped or accepted: unknown keys (a typo such as "Actions"
 * would otherwise widen the statement), a non-object statement, an Effect other than Allow/Deny.
 */

const STATEMENT_KEYS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'];

/** The props of a statement read from JSON; throws `[InvalidPolicyJson]` on malformed input. */
export function statementPropsFromJson(obj: unknown): PolicyStatementProps {
  if (!isPlainObject(obj)) {
    throw invalid(`a policy statement must be a JSON object, got ${describe(obj)}; write it as { "Effect": "Allow", "Action": [...], "Resource": [...] }`);
  }
  const unknown = Object.keys(obj).filter((k) => !STATEMENT_KEYS.includes(k));
  if (unknown.length > 0) {
    throw invalid(`unknown key(s) ${unknown.map((k) => `'${k}'`).join(', ')} in policy statement; use only ${STATEMENT_KEYS.join(', ')}`);
  }
  if (obj.Sid !== undefined && typeof obj.Sid !== 'string') {
    throw invalid(`Sid must be a string, got ${describe(obj.Sid)}; write e.g. "Sid": "AllowRead"`);
  }
  if (obj.Condition !== undefined && !Token.isUnresolved(obj.Condition) && !isPlainObject(obj.Condition)) {
    throw invalid(`Condition must be an object of operator to keys, got ${describe(obj.Condition)}; write e.g. { "StringEquals": { "aws:SourceAccount": "123456789012" } }`);
  }
  return {
    sid: obj.Sid as string | undefined,
    effect: parseEffect(obj.Effect),
    actions: stringList(obj.Action, 'Action'),
    notActions: stringList(obj.NotAction, 'NotAction'),
    resources: stringList(obj.Resource, 'Resource'),
    notResources: stringList(obj.NotResource, 'NotResource'),
    principals: obj.Principal !== undefined ? [jsonPrincipal(obj.Principal)] : undefined,
    notPrincipals: obj.NotPrincipal !== undefined ? [jsonPrincipal(obj.NotPrincipal)] : undefined,
    conditions: obj.Condition as { [key: string]: any } | undefined,
  };
}

/** True for `{}`-like objects (not arrays, not null). */
export function isPlainObject(x: unknown): x is { [key: string]: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseEffect(effect: unknown): Effect | undefined {
  if (effect === undefined) { return undefined; }
  if (effect === Effect.ALLOW || effect === Effect.DENY) { return effect; }
  if (typeof effect === 'string' && Token.isUnresolved(effect)) { return effect as Effect; }
  throw invalid(`Effect must be "Allow" or "Deny", got ${describe(effect)}; IAM accepts no other value`);
}

function stringList(field: unknown, name: string): string[] | undefined {
  if (field === undefined) { return undefined; }
  if (typeof field === 'string') { return [field]; }
  if (Array.isArray(field) && field.every((f) => typeof f === 'string')) { return field; }
  throw invalid(`Fields must be either a string or an array of strings, got ${describe(field)} for '${name}'; write e.g. "${name}": ["s3:GetObject"]`);
}

function describe(x: unknown): string {
  return x === undefined ? 'undefined' : JSON.stringify(x);
}

function invalid(message: string): IamError {
  return new IamError(undefined, 'InvalidPolicyJson', message);
}
