import { Token } from 'aws-cdk-lib';
import { IamError } from '../../core';
import { Effect } from '../effect';
import type { PolicyStatementProps } from '../policy-statement-props';
import { jsonPrincipal } from './fixed-principal';
import type { GetterJson } from './foreign-statement-json';
import { StatementBody } from './statement-body';

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

/**
 * The body of a statement read from a foreign statement's getter JSON (`foreignStatementJson`):
 * the body `new PolicyStatement(statementPropsFromJson(json))` builds, with the same checks in
 * the same order and the same errors, filled in directly. Getter JSON is a plain object with
 * only known keys, so those two checks hold by construction; what is skipped is the props object,
 * the public adders' spread calls and their re-reads of the statement (a view is made for every
 * statement an aws-cdk-lib grant adds, thousands in a large app).
 */
export function bodyFromGetterJson(json: GetterJson): StatementBody {
  if (json.Sid !== undefined && typeof json.Sid !== 'string') {
    throw invalid(`Sid must be a string, got ${describe(json.Sid)}; write e.g. "Sid": "AllowRead"`);
  }
  const condition = json.Condition;
  if (condition !== undefined && !Token.isUnresolved(condition) && !isPlainObject(condition)) {
    throw invalid(`Condition must be an object of operator to keys, got ${describe(condition)}; write e.g. { "StringEquals": { "aws:SourceAccount": "123456789012" } }`);
  }
  const effect = parseEffect(json.Effect);
  const actions = stringList(json.Action, 'Action');
  const notActions = stringList(json.NotAction, 'NotAction');
  const resources = stringList(json.Resource, 'Resource');
  const notResources = stringList(json.NotResource, 'NotResource');
  // as the PolicyStatement constructor: empty lists add nothing
  const body = new StatementBody();
  body.sid = json.Sid;
  body.effect = effect || Effect.ALLOW;
  if (actions && actions.length !== 0) { body.addActions('addActions', 'positive', actions); }
  if (notActions && notActions.length !== 0) { body.addActions('addNotActions', 'negative', notActions); }
  if (resources && resources.length !== 0) { body.addResources('addResources', 'positive', resources); }
  if (notResources && notResources.length !== 0) { body.addResources('addNotResources', 'negative', notResources); }
  if (condition !== undefined) { body.addConditions(condition); }
  return body;
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
  if (Array.isArray(field) && allStrings(field)) { return field; }
  throw invalid(`Fields must be either a string or an array of strings, got ${describe(field)} for '${name}'; write e.g. "${name}": ["s3:GetObject"]`);
}

/** `xs.every((x) => typeof x === 'string')` without a callback per element. */
function allStrings(xs: unknown[]): boolean {
  for (let i = 0; i < xs.length; i++) {
    if (typeof xs[i] !== 'string') { return false; }
  }
  return true;
}

function describe(x: unknown): string {
  return x === undefined ? 'undefined' : JSON.stringify(x);
}

function invalid(message: string): IamError {
  return new IamError(undefined, 'InvalidPolicyJson', message);
}
