import type { SizeBounds } from './size';
import type { DocumentKind } from '../target';

/*
 * Which statement-local rules found a statement clean, remembered across targets and synths.
 *
 * Most rules are pure functions of one statement and the kind of its document (Rule.local): what
 * they report about a statement depends on nothing else (not the target, the limits, the other
 * statements), and the IAM reference does not change in a process. Apps repeat statements: every
 * role of a kind has the same trust policy, every `bucket.grantRead(role)` on one bucket renders
 * the same statement into each grantee's policy. The resolved statements are distinct objects but
 * equal JSON, so a statement is identified by its kind and its JSON text; the verdict is a bit
 * mask of the rules (by bit, see engine.ts) that reported nothing for it. A statement whose
 * verdict covers every enabled local rule is not shown to those rules again.
 *
 * Only clean verdicts are kept: a statement with findings is always checked again, so every
 * resource it appears in reports them. A verdict is used only for plain JSON (see plainJson):
 * there, equal JSON text means equal values for every field a rule reads, so a rule cannot tell
 * two statements of one key apart. The key is computed from the statement as it is now (nothing
 * of a statement object is kept), so a statement changed after a validation gets its own key.
 */

/**
 * One key's verdict: bit i set when the local rule with bit i reported nothing. It also holds the
 * key (the one string kept per distinct statement: the engine's lists of statements refer to it
 * instead of keeping their own copies alive for a whole synth) and, once measured, the statement's
 * size (size-checks.ts: equal keys are equal JSON values, of equal size).
 */
export interface Verdict {
  mask: number;
  readonly key: string;
  size: SizeBounds | undefined;
}

/**
 * Bounds the memory: at most this many distinct statements, and keys of at most this many
 * characters in total (statements of AWS managed policies can list thousands of actions), are
 * remembered; beyond either, everything is forgotten and verdicts are made afresh.
 */
const LIMIT = 10000;
const CHAR_LIMIT = 4_000_000;
/** By document kind, then by JSON text (one map per kind: no key string concatenated per lookup). */
const verdicts = new Map<DocumentKind, Map<string, Verdict>>();
let size = 0;
let chars = 0;

/** The verdict entry of a statement (created empty), or undefined when it cannot be keyed. */
export function verdictOf(statement: unknown, kind: DocumentKind): Verdict | undefined {
  const key = statementKey(statement);
  return key === undefined ? undefined : verdictOfKey(key, kind);
}

/**
 * The key of a statement: its JSON text when that shows everything a rule can read of it (see
 * plainJson), else undefined. Equal keys mean equal values for every field a rule reads, and equal
 * sizes (size-checks.ts).
 */
export function statementKey(statement: unknown): string | undefined {
  return plainJson(statement) ? JSON.stringify(statement) : undefined;
}

/** The verdict entry of a statement key (statementKey) in a document of this kind, created empty. */
export function verdictOfKey(key: string, kind: DocumentKind): Verdict {
  if (size >= LIMIT || chars >= CHAR_LIMIT) { clearVerdicts(); }
  let byJson = verdicts.get(kind);
  if (!byJson) { byJson = new Map(); verdicts.set(kind, byJson); }
  let v = byJson.get(key);
  if (!v) {
    v = { mask: 0, key, size: undefined };
    byJson.set(key, v);
    size++;
    chars += key.length;
  }
  return v;
}

/** Forget every verdict (tests). */
export function clearVerdicts(): void {
  verdicts.clear();
  size = 0;
  chars = 0;
}

/**
 * True when JSON.stringify shows everything a rule can read of the value: strings, booleans,
 * null, finite numbers other than -0, and arrays (no holes) and plain objects of such values.
 * (What it hides is ruled out: an `undefined` field, which a rule sees in Object.keys; NaN or
 * Infinity, written as null; functions, class instances, toJSON; cycles, which would throw.)
 * Allocation-free; depth-bounded.
 */
function plainJson(value: unknown, depth: number = 0): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) { return true; }
      if (depth > 32) { return false; }
      if (Array.isArray(value)) {
        // a hole reads as undefined, which is not plain
        for (let i = 0; i < value.length; i++) {
          if (!plainJson(value[i], depth + 1)) { return false; }
        }
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) { return false; }
      for (const k in value) {
        if (!Object.prototype.hasOwnProperty.call(value, k)) { return false; }
        if (!plainJson((value as Record<string, unknown>)[k], depth + 1)) { return false; }
      }
      return true;
    }
    default:
      return false;
  }
}
