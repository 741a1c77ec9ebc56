import type { MergeContext } from './merge-context';
import { MergeablePrincipal, StatementParts, dedupeStringOf } from './mergeable';

/*
 * Exact keys of statement parts: the "base" of a statement (the parts that never change while
 * merging) and the key of aws-cdk-lib's equal-only merge.
 */

/**
 * An exact key of the parts that never change while merging: effect, condition JSON (compared
 * as a string, as aws-cdk-lib does), NotAction, NotResource and NotPrincipal as sets. The common
 * statement (no conditions, no Not* lists) is keyed by 'E' + its effect, with no array and no
 * stringify; the general key is JSON and starts with '[', so the two kinds never collide.
 */
export function sharedKey(parts: StatementParts, ctx: MergeContext): string {
  if (isCommon(parts)) { return `E${parts.effect}`; }
  const conditionJson = JSON.stringify(parts.conditions);
  return JSON.stringify([parts.effect, conditionJson, sortedStrings(parts.notActions),
    sortedStrings(parts.notResources), principalSetKey(parts.notPrincipals, ctx)]);
}

/** No conditions (their JSON is `{}`) and no Not* lists: the base is the effect alone. */
export function isCommon(parts: StatementParts): boolean {
  if (parts.notActions.length + parts.notResources.length + parts.notPrincipals.length !== 0) { return false; }
  const c = parts.conditions;
  if (c && typeof c === 'object' && c.constructor === Object && !('toJSON' in c)) {
    // JSON.stringify leaves out keys whose value is undefined, a function or a symbol
    for (const k in c) {
      if (!Object.prototype.hasOwnProperty.call(c, k)) { continue; }
      const v = c[k];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') { continue; }
      // an object may render as nothing (toJSON): let JSON decide
      return typeof v === 'object' ? JSON.stringify(c) === '{}' : false;
    }
    return true;
  }
  return JSON.stringify(c) === '{}';
}

/**
 * An exact key of everything aws-cdk-lib's equal-only merge compares: two statements have the
 * same key iff their Sid, effect, condition JSON and all six lists (as sets; principals by dedupe
 * string, else by identity) are equal. Object identities are numbered by `ctx`.
 */
export function equalityKey(parts: StatementParts, ctx: MergeContext): string {
  return JSON.stringify([sharedKey(parts, ctx), parts.sid ?? null, sortedStrings(parts.actions),
    sortedStrings(parts.resources), principalSetKey(parts.principals, ctx)]);
}

/** An order-independent exact key of a principal list. */
function principalSetKey(principals: readonly MergeablePrincipal[], ctx: MergeContext): string {
  if (principals.length === 0) { return ''; }
  const comparable = new Set<string>();
  const identities = new Set<number>();
  for (const p of principals) {
    const key = dedupeStringOf(p);
    if (key !== undefined) { comparable.add(key); } else { identities.add(ctx.identity(p)); }
  }
  return JSON.stringify([Array.from(comparable).sort(), Array.from(identities).sort((x, y) => x - y)]);
}

function sortedStrings(xs: readonly string[]): readonly string[] {
  return xs.length < 2 ? xs : Array.from(new Set(xs)).sort();
}
