import { IPostProcessor, IResolveContext } from 'aws-cdk-lib';
import type { StatementJson } from './policy-json';

/*
 * What happens to a policy document after token resolution (aws-cdk-lib's rules):
 * - statements that resolve to the same JSON are kept once (two statements that differ only by
 *   tokens can become equal only now);
 * - with `assignSids`, a statement without Sid gets its index (after de-duplication) as Sid;
 * - when statements are minimized, Action, Resource and the principal lists are sorted (and
 *   de-duplicated) by their JSON, and principal types are sorted by name.
 */
export class PostProcessPolicyDocument implements IPostProcessor {
  /**
   * @param distinct the document's statements are known to stay distinct through resolution
   *   (see `distinctThroughResolution`): the de-duplication is skipped
   */
  constructor(private readonly autoAssignSids: boolean, private readonly sort: boolean, private readonly distinct = false) {}

  public postProcess(input: any, _context: IResolveContext): any {
    if (!input || !input.Statement) { return input; }

    // a single statement has nothing to be a duplicate of (a role's trust policy)
    const unique: any[] = this.distinct || input.Statement.length === 1 ? input.Statement : dropDuplicates(input.Statement);
    // the input is the resolver's fresh copy of the document: its list can be returned as it is
    if (!this.autoAssignSids && !this.sort) { return { ...input, Statement: unique }; }

    const statements = unique.map((s, i) => {
      if (this.autoAssignSids && !s.Sid) { s.Sid = i.toString(); }
      if (this.sort) {
        if (s.Action) { s.Action = sortByJson(s.Action); }
        if (s.Resource) { s.Resource = sortByJson(s.Resource); }
        if (s.Principal) { s.Principal = sortPrincipals(s.Principal); }
      }
      return s;
    });

    return { ...input, Statement: statements };
  }
}

/**
 * Whether statements (JSON before resolution) are certain to have pairwise different JSON after
 * resolution: each has a `Resource` that is one string without a token, and no two have the same.
 * Such a string resolves to itself, so the resolved statements still differ in `Resource`.
 * Checked once per rendered document instead of de-duplicating at each resolution (a stack
 * resolves a document several times per synthesis); a role's statements on distinct resources pass.
 */
export function distinctThroughResolution(statements: readonly StatementJson[]): boolean {
  const seen = new Set<string>();
  for (const statement of statements) {
    const resource = statement.Resource;
    if (typeof resource !== 'string' || resource.includes('${Token[') || seen.has(resource)) { return false; }
    seen.add(resource);
  }
  return true;
}

/**
 * The statements without the ones whose JSON equals an earlier one's, in order.
 *
 * Statements are first told apart by their `Resource` when it is a string, else by the leading
 * path of the first element of their `Resource` list (grant statements: a list of resolved
 * intrinsics such as `{ "Fn::GetAtt": ["Bucket1234", "Arn"] }`), else by their `Action` when that
 * is a string: equal JSON implies equal discriminators, so a statement whose discriminator was
 * not seen yet is new without being stringified. Only statements that share a
 * discriminator are compared by JSON (a set per discriminator, so many statements on `"*"` stay
 * linear). In a role with thousands of statements on distinct resources this stringifies almost
 * nothing, where stringifying every statement was a visible part of synthesis.
 */
function dropDuplicates(statements: any[]): any[] {
  // discriminator -> the first statement with it, or the JSON of all of them once there are two
  // (no entry object per statement: this runs on every resolution of every document)
  // (created on first use: a document's statements usually need one or two of them)
  let byResource: Map<string, any> | undefined;
  let byFirstResource: Map<string, any> | undefined;
  let byAction: Map<string, any> | undefined;
  let rest: Map<string, any> | undefined;
  const unique: any[] = [];
  for (const statement of statements) {
    // the discriminator, without building a string: the map it is looked up in tells the kinds apart
    let map: Map<string, any>;
    let key = '';
    const resource = statement?.Resource;
    if (typeof resource === 'string') {
      map = byResource ??= new Map();
      key = resource;
    } else if (Array.isArray(resource) && resource.length !== 0) {
      map = byFirstResource ??= new Map();
      key = `${leadingPath(resource[0])}\u0000${firstAction(statement.Action)}`;
    } else if (typeof statement?.Action === 'string') {
      map = byAction ??= new Map();
      key = statement.Action;
    } else {
      map = rest ??= new Map();
    }
    if (!map.has(key)) {
      map.set(key, statement);
      unique.push(statement);
      continue;
    }
    const seen = map.get(key);
    let jsons: Set<string>;
    if (seen instanceof Set) {
      jsons = seen;
    } else {
      jsons = new Set([JSON.stringify(seen)]);
      map.set(key, jsons);
    }
    const json = JSON.stringify(statement);
    if (jsons.has(json)) { continue; }
    jsons.add(json);
    unique.push(statement);
  }
  return unique;
}

/**
 * The first action of a rendered `Action` (the string itself, or the first element of a list when
 * it is a string), else ''. Equal JSON has equal actions, so the same first action: it refines a
 * discriminator. It tells apart the statements of one grant that share their resources (a table's
 * `grantReadWriteData` adds two statements on the same resource list, with different actions).
 */
function firstAction(action: unknown): string {
  if (typeof action === 'string') { return action; }
  if (Array.isArray(action) && typeof action[0] === 'string') { return action[0]; }
  return '';
}

/**
 * A value's leading path: its first keys and first elements down to the first primitive, e.g.
 * `Fn::GetAtt/Bucket1234` for `{ "Fn::GetAtt": ["Bucket1234", "Arn"] }`. A function of the value's
 * JSON text (for-in visits a plain object's keys in JSON.stringify's order), so equal JSON gives
 * equal paths, which is all a discriminator needs (two different values with the same path are
 * merely compared by their JSON); far cheaper than stringifying the value, and it tells
 * intrinsics on different resources apart.
 */
function leadingPath(value: unknown): string {
  let path = '';
  let current = value;
  // bounded: resolved JSON is a tree, but a discriminator must never hang on a cycle
  for (let depth = 0; depth < 32 && typeof current === 'object' && current !== null; depth++) {
    if (Array.isArray(current)) {
      current = current[0];
      continue;
    }
    let first: string | undefined;
    for (const k in current) { first = k; break; }
    if (first === undefined) { break; }
    path += `${first}/`;
    current = (current as Record<string, unknown>)[first];
  }
  return path + String(current);
}

function sortPrincipals(xs: any): any {
  if (!xs || Array.isArray(xs) || typeof xs !== 'object') { return xs; }
  const ret: { [key: string]: any } = {};
  for (const k of Object.keys(xs).sort()) {
    ret[k] = sortByJson(xs[k]);
  }
  return ret;
}

/**
 * Characters whose presence makes a string's JSON order differ from its own order: those JSON
 * escapes (control characters, '"', '\\', lone surrogates) and those that sort below the closing
 * quote (' ', '!'). Without them, `"x"` < `"y"` exactly when x < y.
 */
const JSON_ORDER_DIFFERS = /[\u0000-\u0022\\\ud800-\udfff]/;

/** Sort a list by the JSON of its elements, dropping duplicates; one element becomes a scalar. */
export function sortByJson(xs: any): any {
  if (!Array.isArray(xs)) { return xs; }
  if (xs.every((x) => typeof x === 'string' && !JSON_ORDER_DIFFERS.test(x))) {
    // plain strings (ARNs, actions): their own order is their JSON order, no JSON to build
    const sorted = Array.from(new Set(xs)).sort();
    return sorted.length !== 1 ? sorted : sorted[0];
  }
  const byJson = new Map<string, any>();
  for (const x of xs) { byJson.set(JSON.stringify(x), x); }
  const sorted = Array.from(byJson.keys()).sort().map((k) => byJson.get(k));
  return sorted.length !== 1 ? sorted : sorted[0];
}
