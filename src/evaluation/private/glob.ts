import { Piece, Sym, Val, toVal } from './values';

/*
 * IAM wildcard patterns (`*` any run, `?` one character) with policy variables.
 *
 * A pattern is parsed once into a `Template`. Templates without variables compile once into a
 * `Matcher`; templates with variables are instantiated per request from the context.
 */

/** What a request's context looks like to the evaluator: lower-cased key → values. */
export type ContextMap = ReadonlyMap<string, readonly Val[]>;

/** Collects what a decision depended on. */
export interface Trace {
  /** A comparison involved an unresolved value and came out false. */
  unresolved: boolean;
  /** Notes (e.g. a variable that could not be substituted), shown as diagnostics. */
  readonly notes: string[];
}

const STAR = { star: true } as const;
const QMARK = { qmark: true } as const;
type Unit = string | Sym | typeof STAR | typeof QMARK | { readonly key: string; readonly def?: string; readonly text: string };
type Item = string | Sym | typeof STAR | typeof QMARK;

/** A parsed pattern. */
export interface Template {
  readonly text: string;
  readonly units: readonly Unit[];
  readonly hasVariables: boolean;
  /** Set when the template has no variables. */
  readonly matcher?: Matcher;
}

/** A compiled pattern. `test` expects a lower-cased value when the matcher is case-insensitive. */
export interface Matcher {
  /** The pattern is exactly `*`. */
  readonly any: boolean;
  /** The pattern contains an unresolved value. */
  readonly symbolic: boolean;
  test(v: Val): boolean;
}

/** Options for parsing a pattern. */
export interface PatternOptions {
  readonly wildcards: boolean;
  readonly variables: boolean;
  readonly ignoreCase: boolean;
}

const VARIABLE = /^\s*([^\s,'}]+)\s*(?:,\s*'([^']*)'\s*)?$/;

/** Parse a raw policy value into a template; `undefined` when it cannot be a string. */
export function parseTemplate(raw: unknown, opts: PatternOptions): Template | undefined {
  const v = toVal(raw);
  if (v === undefined) { return undefined; }
  const units: Unit[] = [];
  const pieces: readonly Piece[] = typeof v === 'string' ? [v] : v;
  for (const p of pieces) {
    if (typeof p === 'string') { parseText(opts.ignoreCase ? p.toLowerCase() : p, opts, units); } else { units.push(p); }
  }
  const hasVariables = units.some(isVariable);
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return { text, units, hasVariables, matcher: hasVariables ? undefined : compile(units as Item[]) };
}

function parseText(s: string, opts: PatternOptions, out: Unit[]): void {
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (opts.variables && c === '$' && s[i + 1] === '{') {
      const end = s.indexOf('}', i + 2);
      if (end > 0) {
        const body = s.slice(i + 2, end);
        if (body === '*' || body === '?' || body === '$') { out.push(body); i = end + 1; continue; }
        const m = VARIABLE.exec(body);
        if (m) { out.push({ key: m[1].toLowerCase(), def: m[2], text: s.slice(i, end + 1) }); i = end + 1; continue; }
      }
    }
    if (opts.wildcards && c === '*') { out.push(STAR); } else if (opts.wildcards && c === '?') { out.push(QMARK); } else { out.push(c); }
    i++;
  }
}

function isVariable(u: Unit): u is { key: string; def?: string; text: string } {
  return typeof u === 'object' && 'key' in u;
}

/**
 * The matcher for a template in a given request context; `undefined` when a variable has no
 * value (AWS: the element then does not match).
 */
export function matcherFor(t: Template, ctx: ContextMap, trace: Trace, ignoreCase: boolean): Matcher | undefined {
  if (t.matcher) { return t.matcher; }
  const items: Item[] = [];
  for (const u of t.units) {
    if (!isVariable(u)) { items.push(u as Item); continue; }
    const values = ctx.get(u.key);
    let value: Val | undefined;
    if (values && values.length === 1) {
      value = values[0];
    } else if (values && values.length > 1) {
      trace.notes.push(`policy variable '${u.text}' refers to a multi-valued key; the element does not match`);
      return undefined;
    } else if (u.def !== undefined) {
      value = u.def;
    } else {
      return undefined;
    }
    for (const p of typeof value === 'string' ? [value] : value) {
      if (typeof p === 'string') { items.push(...(ignoreCase ? p.toLowerCase() : p)); } else { items.push(p); }
    }
  }
  return compile(items);
}

const regexCache = new Map<string, Matcher>();

function compile(items: readonly Item[]): Matcher {
  if (items.some(i => typeof i === 'object' && 'sym' in i)) {
    return { any: false, symbolic: true, test: v => globMatch(items, valItems(v)) };
  }
  const key = items.map(i => i === STAR ? '\u0000*' : i === QMARK ? '\u0000?' : i).join('');
  const cached = regexCache.get(key);
  if (cached) { return cached; }
  const m = compileConcrete(items);
  if (regexCache.size > 20000) { regexCache.clear(); }
  regexCache.set(key, m);
  return m;
}

function compileConcrete(items: readonly Item[]): Matcher {
  const hasStar = items.includes(STAR);
  const hasQ = items.includes(QMARK);
  if (items.length === 1 && hasStar) { return { any: true, symbolic: false, test: () => true }; }
  const literal = (items as string[]).join('');
  if (!hasStar && !hasQ) {
    return { any: false, symbolic: false, test: v => typeof v === 'string' ? v === literal : false };
  }
  const source = items.map(i => i === STAR ? '.*' : i === QMARK ? '.' : (i as string).replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&')).join('');
  const re = new RegExp(`^${source}$`, 's');
  return {
    any: false,
    symbolic: false,
    test: v => typeof v === 'string' ? re.test(v) : globMatch(items, valItems(v)),
  };
}

function valItems(v: Val): Item[] {
  if (typeof v === 'string') { return [...v]; }
  const out: Item[] = [];
  for (const p of v) { if (typeof p === 'string') { out.push(...p); } else { out.push(p); } }
  return out;
}

/** Classic two-pointer glob match; a symbol is one unit that only `*` or the same symbol matches. */
function globMatch(p: readonly Item[], v: readonly Item[]): boolean {
  let pi = 0;
  let vi = 0;
  let starP = -1;
  let starV = 0;
  while (vi < v.length) {
    if (pi < p.length && p[pi] !== STAR && itemMatches(p[pi], v[vi])) {
      pi++; vi++;
    } else if (pi < p.length && p[pi] === STAR) {
      starP = pi++; starV = vi;
    } else if (starP >= 0) {
      pi = starP + 1; vi = ++starV;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === STAR) { pi++; }
  return pi === p.length;
}

function itemMatches(pc: Item, vc: Item): boolean {
  if (pc === QMARK) { return typeof vc === 'string'; }
  if (typeof pc === 'string') { return pc === vc; }
  return typeof vc === 'object' && 'sym' in vc && 'sym' in pc && vc.sym === pc.sym;
}

/** Match and record when a false answer came from comparing with an unresolved value. */
export function tracedTest(m: Matcher, v: Val, trace: Trace): boolean {
  const ok = m.test(v);
  if (!ok && (m.symbolic || typeof v !== 'string')) { trace.unresolved = true; }
  return ok;
}
