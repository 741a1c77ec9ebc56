import type { aws_iam as cdk_iam } from 'aws-cdk-lib';

/*
 * Change detection for statements that mirror an aws-cdk-lib statement (PolicyStatement._fromForeign):
 * a string that differs whenever the foreign statement's JSON differs. Plain JSON values compare by
 * content; any other object (an IResolvable such as `Fn.getAtt(...)`, whose `toJSON` would print the
 * same placeholder for different values) compares by identity.
 *
 * A statement without principals is keyed by what its public getters return (effect, sid, the four
 * action/resource lists and the conditions), without `toStatementJson()`: its JSON is a pure function
 * of exactly those (aws-cdk-lib normalizes them into the JSON), so equal keys mean equal JSON, and
 * the normalization (most of the cost of `toStatementJson()`, paid for every grant statement when
 * its view is frozen before rendering) is skipped. A key that differs while the JSON does not only
 * makes the view re-read the same JSON. A statement with principals is keyed by its JSON: the
 * principal part of the JSON comes from the principals' policy fragments, which the getters do not
 * show. The two kinds of key never collide (different prefixes).
 */

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/**
 * A key of an aws-cdk-lib statement's current content. `json`, when given, must be the statement's
 * current `foreignStatementJson()` (it spares a second rendering for statements with principals).
 */
export function foreignStatementKey(foreign: cdk_iam.PolicyStatement, json?: unknown): string {
  if (foreign.principals.length + foreign.notPrincipals.length > 0) {
    return 'J' + JSON.stringify(keyValue(json ?? foreign.toStatementJson()));
  }
  // JSON texts of arrays and objects are self-delimiting, so the concatenation is unambiguous
  const conditions = foreign.conditions;
  return 'G' + JSON.stringify(keyValue([foreign.effect, foreign.sid ?? null]))
    + listKey(foreign.actions) + listKey(foreign.notActions) + listKey(foreign.resources) + listKey(foreign.notResources)
    + (Object.keys(conditions).length === 0 ? '{}' : JSON.stringify(keyValue(conditions)));
}

/** The key of a list: a list of strings (the usual case) is its own JSON, without a copy. */
function listKey(list: unknown[]): string {
  for (const x of list) {
    if (typeof x !== 'string') { return JSON.stringify(keyValue(list)); }
  }
  return JSON.stringify(list);
}

function keyValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') { return value; }
  if (Array.isArray(value)) { return value.map(keyValue); }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    let id = identities.get(value);
    if (id === undefined) {
      id = ++nextIdentity;
      identities.set(value, id);
    }
    return { '<object>': id };
  }
  const out: { [key: string]: unknown } = {};
  for (const [k, v] of Object.entries(value)) { out[k] = keyValue(v); }
  return out;
}
