/*
 * Change detection for statements that mirror an aws-cdk-lib statement (PolicyStatement._fromForeign):
 * a string that differs whenever the foreign statement's JSON differs. Plain JSON values compare by
 * content; any other object (an IResolvable such as `Fn.getAtt(...)`, whose `toJSON` would print the
 * same placeholder for different values) compares by identity.
 */

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** A key of a statement's JSON (`toStatementJson()` of an aws-cdk-lib statement). */
export function foreignStatementKey(json: unknown): string {
  return JSON.stringify(keyValue(json));
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
