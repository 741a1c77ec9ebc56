import { GLOBAL_CONDITION_KEYS } from './global-condition-keys';
import { IAM_REFERENCE_JSON } from './iam-reference.generated';

/*
 * Lookups over the trimmed IAM service reference (iam-reference.generated.ts), parsed lazily:
 * the index once, each service the first time it is asked for. Every lookup is case-insensitive,
 * as IAM is for service prefixes, action names and condition keys.
 */

/** The condition key types of the IAM service reference. */
export type ConditionKeyType =
  | 'String' | 'ArrayOfString' | 'ARN' | 'ArrayOfARN' | 'Bool' | 'ArrayOfBool'
  | 'Numeric' | 'ArrayOfNumeric' | 'Date' | 'ArrayOfDate' | 'IPAddress' | 'ArrayOfIPAddress'
  | 'Binary' | 'ArrayOfBinary';

const TYPE_BY_LETTER: Record<string, ConditionKeyType> = {
  S: 'String',
  s: 'ArrayOfString',
  A: 'ARN',
  a: 'ArrayOfARN',
  B: 'Bool',
  b: 'ArrayOfBool',
  N: 'Numeric',
  n: 'ArrayOfNumeric',
  D: 'Date',
  d: 'ArrayOfDate',
  I: 'IPAddress',
  i: 'ArrayOfIPAddress',
  Y: 'Binary',
  y: 'ArrayOfBinary',
};

/** One resource type of a service, with its ARN format (`arn:${Partition}:s3:::${BucketName}`). */
export interface ResourceTypeRef {
  readonly key: string;
  readonly arnFormat: string;
}

/** One action: its canonical name and the resource types it accepts (none: only `*`). */
export interface ActionRef {
  readonly name: string;
  readonly resourceTypes: ResourceTypeRef[];
}

/** One condition key: canonical spelling and type(s). */
export interface ConditionKeyRef {
  readonly key: string;
  readonly types: ConditionKeyType[];
}

/** One service of the reference. */
export interface ServiceRef {
  readonly prefix: string;
  readonly name: string;
  /** Actions by lower-case name. */
  readonly actions: ReadonlyMap<string, ActionRef>;
  readonly resourceTypes: ResourceTypeRef[];
}

interface RawService { n: string; a: string; r: Array<[string, string]>; k: string }
interface RawIndex { v: number; source: { package: string; version: string; updatedAt: string }; s: Record<string, RawService> }

let rawIndex: RawIndex | undefined;
const services = new Map<string, ServiceRef>();
let keyTable: KeyTable | undefined;

function raw(): RawIndex {
  if (!rawIndex) { rawIndex = JSON.parse(IAM_REFERENCE_JSON) as RawIndex; }
  return rawIndex;
}

/** Name and version of the data package the index was generated from. */
export function referenceSource(): { package: string; version: string; updatedAt: string } {
  return raw().source;
}

/** All service prefixes, lower case. */
export function servicePrefixes(): string[] {
  return Object.keys(raw().s);
}

/** The service with this prefix (case-insensitive), or undefined. */
export function getService(prefix: string): ServiceRef | undefined {
  const p = prefix.toLowerCase();
  const cached = services.get(p);
  if (cached) { return cached; }
  const entry = raw().s[p];
  if (!entry) { return undefined; }
  const resourceTypes = entry.r.map(([key, arnFormat]) => ({ key, arnFormat }));
  const actions = new Map<string, ActionRef>();
  for (const item of entry.a ? entry.a.split(',') : []) {
    const [name, idx] = item.split(':');
    const types = idx ? idx.split('.').map((i) => resourceTypes[Number(i)]) : [];
    actions.set(name.toLowerCase(), { name, resourceTypes: types });
  }
  const ref: ServiceRef = { prefix: p, name: entry.n, actions, resourceTypes };
  services.set(p, ref);
  return ref;
}

/** The action `service:Name` (case-insensitive), or undefined. */
export function getAction(service: string, action: string): ActionRef | undefined {
  return getService(service)?.actions.get(action.toLowerCase());
}

interface KeyTable {
  exact: Map<string, ConditionKeyRef>;
  patterns: Array<{ regex: RegExp; ref: ConditionKeyRef }>;
}

/** `${TagKey}` and `<key>` placeholders in a key name take any non-empty suffix. */
const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>/;

function addKey(table: KeyTable, key: string, type: ConditionKeyType) {
  const lower = key.toLowerCase();
  if (PLACEHOLDER.test(key)) {
    const source = lower.split(PLACEHOLDER).map(escapeRegex).join('.+');
    const existing = table.patterns.find((p) => p.ref.key.toLowerCase() === lower);
    if (existing) { mergeType(existing.ref, type); return; }
    table.patterns.push({ regex: new RegExp(`^${source}$`), ref: { key, types: [type] } });
    return;
  }
  const existing = table.exact.get(lower);
  if (existing) { mergeType(existing, type); return; }
  table.exact.set(lower, { key, types: [type] });
}

function mergeType(ref: ConditionKeyRef, type: ConditionKeyType) {
  if (!ref.types.includes(type)) { ref.types.push(type); }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function keys(): KeyTable {
  if (keyTable) { return keyTable; }
  const table: KeyTable = { exact: new Map(), patterns: [] };
  for (const [key, type] of GLOBAL_CONDITION_KEYS) { addKey(table, key, type); }
  for (const entry of Object.values(raw().s)) {
    for (const item of entry.k ? entry.k.split(',') : []) {
      const eq = item.lastIndexOf('=');
      addKey(table, item.slice(0, eq), TYPE_BY_LETTER[item.slice(eq + 1)]);
    }
  }
  keyTable = table;
  return table;
}

/** The condition key (global or service), case-insensitive, or undefined when unknown. */
export function getConditionKey(key: string): ConditionKeyRef | undefined {
  const lower = key.toLowerCase();
  const table = keys();
  const exact = table.exact.get(lower);
  if (exact) { return exact; }
  return table.patterns.find((p) => p.regex.test(lower))?.ref;
}

/** Canonical condition key names that start with `prefix:` (for suggestions). */
export function conditionKeysOf(prefix: string): string[] {
  const p = `${prefix.toLowerCase()}:`;
  const table = keys();
  return [...table.exact.values(), ...table.patterns.map((x) => x.ref)]
    .map((r) => r.key)
    .filter((k) => k.toLowerCase().startsWith(p));
}
