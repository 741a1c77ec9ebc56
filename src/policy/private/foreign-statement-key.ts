import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import type { ForeignStatementJson } from './foreign-statement-json';
import { sameList } from '../../core/private/collections';

/*
 * Change detection for statements that mirror an aws-cdk-lib statement (PolicyStatement._fromForeign):
 * a record of the foreign statement's content when our copy was built from it, and a check that
 * the statement still has that content. Plain JSON values compare by content; any other object (an
 * IResolvable such as `Fn.getAtt(...)`, whose `toJSON` would print the same placeholder for
 * different values) compares by identity.
 *
 * A statement without principals is recorded by what its public getters returned (effect, sid, the
 * four action/resource lists and the conditions), without `toStatementJson()`: its JSON is a pure
 * function of exactly those (aws-cdk-lib normalizes them into the JSON), so an unchanged record
 * means unchanged JSON, and the normalization (most of the cost of `toStatementJson()`, paid for
 * every grant statement when its view is frozen before rendering) is skipped. The lists are the
 * copies the getters returned for the JSON our copy was built from (`foreignStatementJson`; nothing
 * writes them: `fromJson` copies them into the statement), compared element by element with `===`
 * instead of through a JSON text of each list: a view is checked when it is created and again when
 * it is frozen, and for a grant's statement (a few strings per list, unchanged) comparing the same
 * string objects is a pointer comparison where the JSON text had to be built and compared
 * (~20 ms of the realistic app's 3,000 grant statements). `===` is stricter than the content
 * comparison for a non-string element (a plain object in a list): a record that differs while the
 * JSON does not only makes the view re-read the same JSON. The conditions are recorded as a JSON
 * text (by content): their operator blocks are live objects that can be changed in place.
 *
 * A statement with principals is recorded as its JSON text: the principal part of the JSON comes
 * from the principals' policy fragments, which the getters do not show.
 */

/** What `foreignUnchanged` compares the foreign statement with (see above). */
export type ForeignRecord = GetterRecord | string;

interface GetterRecord {
  readonly effect: unknown;
  readonly sid: unknown;
  readonly actions: readonly unknown[];
  readonly notActions: readonly unknown[];
  readonly resources: readonly unknown[];
  readonly notResources: readonly unknown[];
  readonly conditions: string;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/**
 * The record of an aws-cdk-lib statement's current content, from its current
 * `foreignStatementJson()` (which our copy is built from: it must not be changed later).
 */
export function foreignRecord(json: ForeignStatementJson): ForeignRecord {
  if (!json.fromGetters) {
    return JSON.stringify(keyValue(json.json));
  }
  const j = json.json;
  return {
    effect: j.Effect,
    sid: j.Sid,
    actions: j.Action,
    notActions: j.NotAction,
    resources: j.Resource,
    notResources: j.NotResource,
    conditions: conditionsKey(j.Condition ?? {}),
  };
}

/** Whether the foreign statement still has the content `record` was made of. */
export function foreignUnchanged(foreign: cdk_iam.PolicyStatement, record: ForeignRecord): boolean {
  if (foreign.hasPrincipal) {
    return typeof record === 'string' && record === JSON.stringify(keyValue(foreign.toStatementJson()));
  }
  return typeof record !== 'string'
    // as foreignStatementJson reads them (null reads as absent)
    && record.effect === (foreign.effect ?? undefined)
    && record.sid === (foreign.sid ?? undefined)
    && sameList(record.actions, foreign.actions)
    && sameList(record.notActions, foreign.notActions)
    && sameList(record.resources, foreign.resources)
    && sameList(record.notResources, foreign.notResources)
    && record.conditions === conditionsKey(foreign.conditions);
}

function conditionsKey(conditions: { [operator: string]: any }): string {
  return Object.keys(conditions).length === 0 ? '{}' : JSON.stringify(keyValue(conditions));
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
