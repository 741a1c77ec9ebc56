import { ContextMap, Matcher, Template, Trace, matcherFor, parseTemplate, tracedTest } from './glob';
import { IpNet, inNetwork, parseCidr } from './ip';
import { Val, sameVal, splitVal, toVal, valText } from './values';

/*
 * The condition operator families of the IAM policy language, each as a "positive" comparison of
 * one request value with one policy value. Negated operators (StringNotEquals, NotIpAddress,
 * ArnNotLike, ...) are the negation of their positive twin over the whole value set.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

type Family = 'string' | 'stringIgnoreCase' | 'stringLike' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';
type Cmp = 'eq' | 'lt' | 'lte' | 'gt' | 'gte';

/** How an operator compares. */
export interface OperatorSpec {
  readonly family: Family;
  readonly negated: boolean;
  readonly cmp: Cmp;
}

const OPERATORS: { [name: string]: OperatorSpec } = {};
function def(names: string[], family: Family, negated: boolean, cmp: Cmp = 'eq') {
  for (const n of names) { OPERATORS[n.toLowerCase()] = { family, negated, cmp }; }
}
def(['StringEquals'], 'string', false);
def(['StringNotEquals'], 'string', true);
def(['StringEqualsIgnoreCase'], 'stringIgnoreCase', false);
def(['StringNotEqualsIgnoreCase'], 'stringIgnoreCase', true);
def(['StringLike'], 'stringLike', false);
def(['StringNotLike'], 'stringLike', true);
def(['NumericEquals'], 'numeric', false);
def(['NumericNotEquals'], 'numeric', true);
def(['NumericLessThan'], 'numeric', false, 'lt');
def(['NumericLessThanEquals'], 'numeric', false, 'lte');
def(['NumericGreaterThan'], 'numeric', false, 'gt');
def(['NumericGreaterThanEquals'], 'numeric', false, 'gte');
def(['DateEquals'], 'date', false);
def(['DateNotEquals'], 'date', true);
def(['DateLessThan'], 'date', false, 'lt');
def(['DateLessThanEquals'], 'date', false, 'lte');
def(['DateGreaterThan'], 'date', false, 'gt');
def(['DateGreaterThanEquals'], 'date', false, 'gte');
def(['Bool'], 'bool', false);
def(['BinaryEquals'], 'binary', false);
def(['IpAddress'], 'ip', false);
def(['NotIpAddress'], 'ip', true);
def(['ArnEquals', 'ArnLike'], 'arn', false);
def(['ArnNotEquals', 'ArnNotLike'], 'arn', true);
def(['Null'], 'null', false);

/** Look an operator up by name (without `ForAllValues:` / `IfExists`). */
export function operatorSpec(name: string): OperatorSpec | undefined {
  return OPERATORS[name.toLowerCase()];
}

/** One policy value, prepared for its family. */
export type PolicyValue =
  | { readonly kind: 'template'; readonly raw: Val; readonly template: Template }
  | { readonly kind: 'arn'; readonly raw: Val; readonly fields: readonly Template[] }
  | { readonly kind: 'number' | 'date'; readonly raw: Val; readonly n?: number }
  | { readonly kind: 'text'; readonly raw: Val; readonly text: Val }
  | { readonly kind: 'ip'; readonly raw: Val; readonly net?: IpNet };

/**
 * Prepare a policy value; returns a string describing the problem when the value is malformed.
 * `variables` is false for documents of policy language version 2008-10-17.
 */
export function preparePolicyValue(spec: OperatorSpec, raw: unknown, variables: boolean): PolicyValue | string {
  const v = toVal(raw);
  if (v === undefined) { return `condition value ${JSON.stringify(raw)} is not a string`; }
  const concrete = typeof v === 'string';
  switch (spec.family) {
    case 'string':
    case 'stringIgnoreCase':
    case 'stringLike': {
      const ignoreCase = spec.family === 'stringIgnoreCase';
      const template = parseTemplate(raw, { wildcards: spec.family === 'stringLike', variables, ignoreCase })!;
      return { kind: 'template', raw: v, template };
    }
    case 'arn':
      return { kind: 'arn', raw: v, fields: splitArnPattern(v).map(f => parseTemplate(f, { wildcards: true, variables, ignoreCase: false })!) };
    case 'numeric': {
      if (!concrete) { return { kind: 'number', raw: v }; }
      const n = parseNumber(v);
      return n === undefined ? `'${v}' is not a number` : { kind: 'number', raw: v, n };
    }
    case 'date': {
      if (!concrete) { return { kind: 'date', raw: v }; }
      const n = parseDate(v);
      return n === undefined ? `'${v}' is not a date` : { kind: 'date', raw: v, n };
    }
    case 'ip': {
      if (!concrete) { return { kind: 'ip', raw: v }; }
      const net = parseCidr(v);
      return net ? { kind: 'ip', raw: v, net } : `'${v}' is not an IP address or CIDR block`;
    }
    case 'bool':
    case 'null': {
      const text = concrete ? v.toLowerCase() : v;
      if (concrete && text !== 'true' && text !== 'false') { return `'${v}' is not 'true' or 'false'`; }
      return { kind: 'text', raw: v, text };
    }
    case 'binary':
      return { kind: 'text', raw: v, text: v };
  }
}

/** The positive comparison of one request value with one policy value. */
export function compareOne(spec: OperatorSpec, ctxVal: Val, pv: PolicyValue, ctx: ContextMap, trace: Trace): boolean {
  if (sameVal(ctxVal, pv.raw) && typeof ctxVal !== 'string' && spec.cmp !== 'lt' && spec.cmp !== 'gt') { return true; }
  switch (pv.kind) {
    case 'template': {
      const ignoreCase = spec.family === 'stringIgnoreCase';
      const m = matcherFor(pv.template, ctx, trace, ignoreCase);
      if (!m) { return false; }
      return tracedTest(m, ignoreCase && typeof ctxVal === 'string' ? ctxVal.toLowerCase() : ctxVal, trace);
    }
    case 'arn':
      return compareArn(pv.fields, ctxVal, ctx, trace);
    case 'number':
    case 'date': {
      if (typeof ctxVal !== 'string' || pv.n === undefined) { trace.unresolved = true; return false; }
      const n = pv.kind === 'number' ? parseNumber(ctxVal) : parseDate(ctxVal);
      return n !== undefined && compareNumbers(n, spec.cmp, pv.n);
    }
    case 'ip': {
      if (typeof ctxVal !== 'string' || !pv.net) { trace.unresolved = true; return false; }
      const addr = requestAddress(ctxVal);
      return addr !== undefined && inNetwork(pv.net, addr);
    }
    case 'text':
      if (typeof ctxVal !== 'string' || typeof pv.text !== 'string') { trace.unresolved = true; return false; }
      return spec.family === 'binary' ? sameBinary(ctxVal, pv.text) : ctxVal.toLowerCase() === pv.text;
  }
}

/**
 * Request addresses, parsed once: a condition compares the same `aws:SourceIp` with each of its
 * networks, request after request (parsing builds bigints). Parsed values are immutable; the map
 * is emptied when it grows large, so it stays small whatever the requests.
 */
const parsedAddresses = new Map<string, IpNet | undefined>();
function requestAddress(text: string): IpNet | undefined {
  if (parsedAddresses.has(text)) { return parsedAddresses.get(text); }
  if (parsedAddresses.size >= 256) { parsedAddresses.clear(); }
  const addr = parseCidr(text);
  parsedAddresses.set(text, addr);
  return addr;
}

function compareArn(fields: readonly Template[], ctxVal: Val, ctx: ContextMap, trace: Trace): boolean {
  if (fields.length === 1) {
    const m = matcherFor(fields[0], ctx, trace, false);
    return m !== undefined && m.any;
  }
  const parts = splitVal(ctxVal, 6);
  if (parts.length !== fields.length) {
    if (typeof ctxVal !== 'string') { trace.unresolved = true; }
    return false;
  }
  const matchers: Matcher[] = [];
  for (const f of fields) {
    const m = matcherFor(f, ctx, trace, false);
    if (!m) { return false; }
    matchers.push(m);
  }
  return matchers.every((m, i) => tracedTest(m, parts[i], trace));
}

/** Split an ARN pattern into its six fields, leaving the colons inside `${aws:...}` variables alone. */
function splitArnPattern(v: Val): Val[] {
  if (typeof v !== 'string') { return splitVal(v, 6); }
  const hidden = v.replace(/\$\{[^}]*\}/g, m => m.replace(/:/g, '\u0001'));
  return splitVal(hidden, 6).map(f => (f as string).replace(/\u0001/g, ':'));
}

function compareNumbers(a: number, cmp: Cmp, b: number): boolean {
  switch (cmp) {
    case 'eq': return a === b;
    case 'lt': return a < b;
    case 'lte': return a <= b;
    case 'gt': return a > b;
    case 'gte': return a >= b;
  }
}

/** A decimal number (IAM accepts integers and decimals). */
export function parseNumber(s: string): number | undefined {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s)) { return undefined; }
  return Number(s);
}

/** An ISO 8601 date/time or a UNIX epoch in seconds, as milliseconds. */
export function parseDate(s: string): number | undefined {
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(s)) { return Number(s) * 1000; }
  if (!/^\d{4}-\d{2}-\d{2}/.test(s.trim())) { return undefined; }
  const ms = Date.parse(s.trim());
  return Number.isNaN(ms) ? undefined : ms;
}

function sameBinary(a: string, b: string): boolean {
  return Buffer.from(a, 'base64').equals(Buffer.from(b, 'base64'));
}

/** The text of a policy value for explanations. */
export function policyValueText(pv: PolicyValue): string {
  return valText(pv.raw);
}
