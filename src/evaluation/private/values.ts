import { isUnresolved } from '../../core';

/*
 * Values as the evaluator sees them.
 *
 * A policy or request value is either concrete text (a plain `string`) or a sequence of
 * pieces where at least one piece is an unresolved CDK value (a `Sym`). A `Sym` is opaque:
 * it equals only the identical `Sym`, a `*` wildcard may consume it, and nothing else
 * matches it. `${Token[...]}` markers inside strings, CloudFormation intrinsics
 * (`{ "Ref": ... }`, `{ "Fn::GetAtt": ... }`) and unresolved numbers all become symbols;
 * `Fn::Join` is read piecewise so `arn:${Partition}:s3:::${Bucket}/*` keeps its literal parts.
 */

/** An unresolved value, identified by a stable key. */
export interface Sym {
  readonly sym: string;
}

/** Literal text or an unresolved value. */
export type Piece = string | Sym;

/** Concrete text, or pieces with at least one `Sym`. */
export type Val = string | readonly Piece[];

const TOKEN_MARKER = /[$#]\{Token\[[^\]]*\]\}/g;
const identities = new WeakMap<object, number>();
let nextIdentity = 1;

/** True when the value contains an unresolved piece. */
export function isSymbolic(v: Val): v is readonly Piece[] {
  return typeof v !== 'string';
}

/**
 * Read any JSON (or CDK) value into a `Val`. Returns `undefined` for values that cannot be a
 * scalar (null, nested lists); callers treat those as malformed.
 */
export function toVal(x: unknown): Val | undefined {
  if (typeof x === 'string') { return stringToVal(x); }
  if (typeof x === 'number') { return isUnresolved(x) ? [{ sym: `num:${x}` }] : String(x); }
  if (typeof x === 'boolean') { return String(x); }
  if (x === null || x === undefined || Array.isArray(x)) { return undefined; }
  if (typeof x === 'object') { return objectToVal(x as Record<string, unknown>); }
  return undefined;
}

function stringToVal(s: string): Val {
  if (s.indexOf('{Token[') < 0) { return s; }
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of s.matchAll(TOKEN_MARKER)) {
    if (m.index! > last) { pieces.push(s.slice(last, m.index)); }
    pieces.push({ sym: m[0] });
    last = m.index! + m[0].length;
  }
  if (last < s.length) { pieces.push(s.slice(last)); }
  return pieces.some(p => typeof p !== 'string') ? pieces : s;
}

function objectToVal(o: Record<string, unknown>): Val {
  const join = o['Fn::Join'];
  if (Object.keys(o).length === 1 && Array.isArray(join) && join.length === 2
    && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const pieces: Piece[] = [];
    (join[1] as unknown[]).forEach((part, i) => {
      if (i > 0 && join[0] !== '') { pieces.push(join[0]); }
      const v = toVal(part);
      if (v === undefined) { pieces.push({ sym: symbolKey(part) }); } else if (typeof v === 'string') { pieces.push(v); } else { pieces.push(...v); }
    });
    return normalize(pieces);
  }
  return [{ sym: symbolKey(o) }];
}

/** Merge adjacent text pieces; collapse to a string when no symbol is left. */
export function normalize(pieces: readonly Piece[]): Val {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') {
      if (p === '') { continue; }
      if (typeof out[out.length - 1] === 'string') { out[out.length - 1] = (out[out.length - 1] as string) + p; continue; }
    }
    out.push(p);
  }
  if (out.every(p => typeof p === 'string')) { return (out as string[]).join(''); }
  return out;
}

/** A stable key for an unresolved object: canonical JSON for plain data, identity otherwise. */
function symbolKey(x: unknown): string {
  if (typeof x === 'object' && x !== null && Object.getPrototypeOf(x) !== Object.prototype && !Array.isArray(x)) {
    let id = identities.get(x);
    if (id === undefined) { id = nextIdentity++; identities.set(x, id); }
    return `obj#${id}`;
  }
  try {
    return `json:${canonicalJson(x)}`;
  } catch {
    return `json:${String(x)}`;
  }
}

function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) { return `[${x.map(canonicalJson).join(',')}]`; }
  if (typeof x === 'object' && x !== null) {
    const keys = Object.keys(x).sort();
    return `{${keys.map(k => `${JSON.stringify(k)}:${canonicalJson((x as any)[k])}`).join(',')}}`;
  }
  return JSON.stringify(x) ?? 'undefined';
}

/** Two values are the same value (same text, same symbols in the same places). */
export function sameVal(a: Val, b: Val): boolean {
  if (typeof a === 'string' || typeof b === 'string') { return a === b; }
  if (a.length !== b.length) { return false; }
  return a.every((p, i) => {
    const q = b[i];
    return typeof p === 'string' ? p === q : typeof q !== 'string' && p.sym === q.sym;
  });
}

/** Human-readable text of a value (symbols keep their token text). */
export function valText(v: Val): string {
  if (typeof v === 'string') { return v; }
  return v.map(p => typeof p === 'string' ? p : displaySym(p)).join('');
}

function displaySym(s: Sym): string {
  if (s.sym.startsWith('json:')) { return s.sym.slice(5); }
  if (s.sym.startsWith('num:')) { return s.sym.slice(4); }
  if (s.sym.startsWith('obj#')) { return '<unresolved>'; }
  return s.sym;
}

/** Lower-case the text parts of a value (symbols are left alone). */
export function lowerVal(v: Val): Val {
  if (typeof v === 'string') { return v.toLowerCase(); }
  return v.map(p => typeof p === 'string' ? p.toLowerCase() : p);
}

/** Read an element that IAM accepts as a scalar or a list into a list of raw values. */
export function asList(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [x];
}

/**
 * Split a value on literal `:` characters (symbols never contain a separator), for ARN
 * comparisons. At most `limit` parts; the last part keeps the remaining separators.
 */
export function splitVal(v: Val, limit: number): Val[] {
  if (typeof v === 'string') {
    const parts = v.split(':');
    return parts.length <= limit ? parts : [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(':')];
  }
  const parts: Piece[][] = [[]];
  for (const p of v) {
    if (typeof p !== 'string') { parts[parts.length - 1].push(p); continue; }
    const chunks = p.split(':');
    chunks.forEach((c, i) => {
      if (i > 0) {
        if (parts.length < limit) { parts.push([]); } else { parts[parts.length - 1].push(':'); }
      }
      parts[parts.length - 1].push(c);
    });
  }
  return parts.map(normalize);
}
