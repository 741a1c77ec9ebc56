import { GLOBAL_CONDITION_KEYS } from './global-condition-keys';
import { IAM_CONDITION_KEYS, IAM_REFERENCE_SOURCE, IAM_SERVICES } from './iam-reference.generated';

/*
 * Lookups over the trimmed IAM service reference (iam-reference.generated.ts), parsed lazily and
 * only as far as a lookup needs: a service's JSON the first time it is asked for, the condition
 * keys of one prefix (`s3`, `aws`) the first time a key with that prefix is. A synth of a few
 * policies parses a few of the ~450 services instead of the whole 880 KB index (about 10 ms of
 * first-use CPU saved per process). Every lookup is case-insensitive, as IAM is for service
 * prefixes, action names and condition keys.
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

interface RawService { n: string; a: string; r: Array<[string, string]> }

const services = new Map<string, ServiceRef>();
const keyTables = new Map<string, KeyTable>();

/** Name and version of the data package the index was generated from. */
export function referenceSource(): { package: string; version: string; updatedAt: string } {
  return { ...IAM_REFERENCE_SOURCE };
}

/** All service prefixes, lower case. */
export function servicePrefixes(): string[] {
  return Object.keys(IAM_SERVICES);
}

/** The service with this prefix (case-insensitive), or undefined. */
export function getService(prefix: string): ServiceRef | undefined {
  const p = prefix.toLowerCase();
  const cached = services.get(p);
  if (cached) { return cached; }
  // own properties only: a prefix such as 'constructor' is no service
  if (!Object.prototype.hasOwnProperty.call(IAM_SERVICES, p)) { return undefined; }
  const entry = JSON.parse(IAM_SERVICES[p]) as RawService;
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

/** The keys with a placeholder before their first colon (`agent.${Domain}.buildkite.dev:...`). */
const ANY_GROUP = '*';

/**
 * The group of a key, as the generator groups them: the lower-case text before the first colon
 * (the whole key when it has none), ANY_GROUP when a placeholder comes first. A pattern of a named
 * group matches only keys with that group's prefix, so a lookup needs its own group and ANY_GROUP
 * (the generator checks that no key can match patterns of both, so trying its own group first
 * gives the answer the single table gave).
 */
function groupOf(lowerKey: string): string {
  const colon = lowerKey.indexOf(':');
  const placeholder = lowerKey.search(PLACEHOLDER);
  if (placeholder >= 0 && (colon < 0 || placeholder < colon)) { return ANY_GROUP; }
  return colon < 0 ? lowerKey : lowerKey.slice(0, colon);
}

/** The table of one group: its global keys first, then the services' keys, in listed order. */
function keys(group: string): KeyTable {
  let table = keyTables.get(group);
  if (table) { return table; }
  table = { exact: new Map(), patterns: [] };
  for (const [key, type] of GLOBAL_CONDITION_KEYS) {
    if (groupOf(key.toLowerCase()) === group) { addKey(table, key, type); }
  }
  const listed = Object.prototype.hasOwnProperty.call(IAM_CONDITION_KEYS, group) ? IAM_CONDITION_KEYS[group] : '';
  for (const item of listed ? listed.split(',') : []) {
    const eq = item.lastIndexOf('=');
    addKey(table, item.slice(0, eq), TYPE_BY_LETTER[item.slice(eq + 1)]);
  }
  keyTables.set(group, table);
  return table;
}

/** The condition key (global or service), case-insensitive, or undefined when unknown. */
export function getConditionKey(key: string): ConditionKeyRef | undefined {
  const lower = key.toLowerCase();
  const group = groupOf(lower);
  if (!keyTables.has(group)) {
    const listed = exactKey(group, lower);
    if (listed) { return listed; }
  }
  // the table is the reference: a key the shortcut does not find is looked up in it in full
  const own = keys(group);
  const exact = own.exact.get(lower);
  if (exact) { return exact; }
  return own.patterns.find((p) => p.regex.test(lower))?.ref
    ?? keys(ANY_GROUP).patterns.find((p) => p.regex.test(lower))?.ref;
}

/*
 * Most lookups name a key exactly as listed (`sts:ExternalId`, `aws:SourceArn`). Until the table of
 * its group is needed (a key with a placeholder, or one not listed), such a key is found in the
 * group's list string and in the global keys directly, as keys() would enter it in `exact` (first
 * spelling, every listed type once, globals first): the first synth of a small app then builds no
 * whole table (the `sts` table with its regular expressions was ~0.5 ms of first-use CPU).
 */
const exactHits = new Map<string, ConditionKeyRef>();
const lowerLists = new Map<string, string>();

function exactKey(group: string, lower: string): ConditionKeyRef | undefined {
  const hit = exactHits.get(lower);
  if (hit) { return hit; }
  let ref: { key: string; types: ConditionKeyType[] } | undefined;
  const add = (key: string, type: ConditionKeyType) => {
    if (PLACEHOLDER.test(key)) { return; }
    if (!ref) { ref = { key, types: [type] }; } else { mergeType(ref, type); }
  };
  for (const [key, type] of GLOBAL_CONDITION_KEYS) {
    if (key.toLowerCase() === lower) { add(key, type); }
  }
  const listed = Object.prototype.hasOwnProperty.call(IAM_CONDITION_KEYS, group) ? IAM_CONDITION_KEYS[group] : '';
  let lowerList = listed ? lowerLists.get(group) : undefined;
  if (listed && lowerList === undefined) { lowerList = listed.toLowerCase(); lowerLists.set(group, lowerList); }
  // positions in the lower-case list are those of the list only when lower-casing kept its length
  // (it does for the ASCII names IAM uses); otherwise the table answers
  if (lowerList !== undefined && lowerList.length !== listed.length) { return undefined; }
  if (lowerList) {
    const needle = `${lower}=`;
    for (let at = lowerList.indexOf(needle); at >= 0; at = lowerList.indexOf(needle, at + 1)) {
      if (at > 0 && lowerList[at - 1] !== ',') { continue; }
      const end = lowerList.indexOf(',', at);
      const item = listed.slice(at, end < 0 ? listed.length : end);
      // keys() splits an item at its last '=': the key must be all of the text before it
      const eq = item.lastIndexOf('=');
      if (eq === lower.length) { add(item.slice(0, eq), TYPE_BY_LETTER[item.slice(eq + 1)]); }
    }
  }
  // a miss is not remembered: the caller then builds the group's table, which answers from then on
  if (ref) { exactHits.set(lower, ref); }
  return ref;
}

/** Canonical condition key names that start with `prefix:` (for suggestions). */
export function conditionKeysOf(prefix: string): string[] {
  const p = `${prefix.toLowerCase()}:`;
  // the keys starting with `prefix:` are all in one group: the prefix's own, or ANY_GROUP when
  // the prefix has a placeholder (the two never share such keys)
  const group = groupOf(p);
  const tables = group === ANY_GROUP ? [keys(ANY_GROUP)] : [keys(group), keys(ANY_GROUP)];
  return [...tables.flatMap((t) => [...t.exact.values()]), ...tables.flatMap((t) => t.patterns.map((x) => x.ref))]
    .map((r) => r.key)
    .filter((k) => k.toLowerCase().startsWith(p));
}
