import { IConstruct } from 'constructs';
import { EstimateSizeOptions, deriveEstimateSizeOptions } from '../size';
import { MergeContext } from './merge-context';
import { KindSet, MergeIndex, OriginsList } from './merge-index';
import { MergeableStatement, partsOf } from './mergeable';
import { NormalizedStatement, SetKind, sameActions, samePrincipals, sameResources } from './normalized-statement';
import { equalityKey } from './statement-keys';

/*
 * Statement merging ("minimize"), with the same output as aws-cdk-lib 2.276's mergeStatements
 * and without comparing all pairs.
 *
 * WHAT aws-cdk-lib COMPUTES. Two statements A and B can be combined when they have the same
 * Effect, neither has a Sid, their Condition JSON strings are equal, their NotAction, NotResource
 * and NotPrincipal sets are equal, at least two of {Action set, Resource set, Principal set} are
 * equal, and either both or neither have a literal principal (`"*"`). With `limitSize`, the
 * combined statement must also stay within 2,000 estimated characters (see ../size.ts). Combined
 * means: actions and resources become the sorted union, principals the union in first-seen order
 * (a principal with a dedupe string replaces an earlier one with the same string in place); the
 * other fields, and the condition JSON compared in later merges, stay those of the earlier
 * statement. A principal without a dedupe string compares by identity. The merge runs passes
 * until a pass merges nothing. One pass is:
 *
 *     for each position i, in order:                      (i skips over removed statements)
 *       j = i + 1
 *       while j < length:
 *         if combinable(s[i], s[j]): s[i] = combine(s[i], s[j]); remove s[j]   (j stays)
 *         else: j = j + 1
 *
 * so the result depends on the order of the merges, and reproducing the output means
 * reproducing that order. Statements never move: a live statement keeps the position of its
 * first original ("root"), and the survivor of a merge is always the earlier one.
 *
 * HOW WE FIND THE SAME MERGES. "At least two of three sets equal" is "equal on one of the
 * pairs (A,R), (A,P), (R,P)". Each statement is filed under three keys, one per pair:
 * base id + hash of the two sets, where the base id interns everything that must be equal
 * outright (effect, condition JSON, Not* sets, literal-principal flag; a statement with a Sid is
 * never filed). At the start of a pass, every live statement goes into three maps key -> bucket
 * of statements in root order. For the statement at position i, the next j the loop above would
 * merge is the smallest root > cursor found in the buckets of i's CURRENT three keys (cursor
 * starts at i's root): a binary search per bucket, skipping statements removed earlier in the
 * pass through a union-find "next live" pointer. A hit is confirmed with exact set comparisons
 * (a hash collision is skipped like a non-combinable statement) and the size limit; either way
 * the cursor moves to the candidate's root, exactly like `j` above (after a merge j stays at the
 * same index, which now holds the next statement). After a merge i's sets grow, its set hashes
 * are updated in O(added elements) and its keys change, so the next search looks in the right
 * buckets. Statements after i have not been touched in this pass, so their keys from the start
 * of the pass are still current; statements before i are never candidates. This is the same
 * sequence of merges as the pairwise loop, hence the same fixpoint, output order and origins.
 *
 * EQUAL-ONLY MODE (`mergeIfCombinable: false`, used when splitting without minimize): statements
 * merge only when everything including the Sid is equal and the first one is kept as is, so one
 * pass over a map from an exact string key of all fields to the first statement suffices.
 *
 * COST. A pass costs O(n log n) for the index and lookups plus O(size of the statements merged
 * away) for the unions, against O(n^2) comparisons per pass for aws-cdk-lib's loop. Merges that
 * cascade forward happen within one pass; a pass is only needed again for a merge that makes an
 * EARLIER statement combinable, so real inputs take two or three passes. An adversarial chain
 * (each merge enabling exactly one merge further back) takes O(n) passes: O(n^2 log n) here,
 * O(n^3) in aws-cdk-lib. With `limitSize`, a statement that is FULL in one kind of key (no later
 * statement under that key can add anything to it without exceeding 2,000 characters, by a lower
 * bound of what each would add) can only still absorb statements under that key that add nothing,
 * i.e. whose third set is a subset of its own; those are looked up by element instead of scanning
 * the key's bucket (see `scan`). Without this, a role with thousands of statements on a few
 * actions costs O(statements per action ^ 2) size checks; with it, about one check per statement.
 * Statements that share a key, are not full and still cannot merge for size (e.g. a small
 * remaining room and only long values left) are checked one by one, as in aws-cdk-lib. The merged statement is built once
 * per output statement (root.copy()), not after every merge.
 */

/** aws-cdk-lib's limit on a merged statement's estimated size when `limitSize` is set. */
export const MAX_MERGE_SIZE = 2000;

/** Size options for a context that never estimates sizes. */
const NO_SIZES: EstimateSizeOptions = { actionEstimate: 0, arnEstimate: 0 };

/** Options of `mergeStatements` (aws-cdk-lib's `MergeStatementOptions`). */
export interface MergeStatementsOptions {
  /** Scope to read the ARN size estimate from (context `@aws-cdk/aws-iam.arnSizeEstimate`). */
  readonly scope?: IConstruct;
  /** Do not merge statements if the result would be bigger than MAX_MERGE_SIZE. Default false. */
  readonly limitSize?: boolean;
  /** Combine statements (true, default), or only merge statements that are exactly equal (false). */
  readonly mergeIfCombinable?: boolean;
  /** Explicit size estimates; default: derived from `scope`. */
  readonly sizeOptions?: EstimateSizeOptions;
}

/** Result of `mergeStatements`. */
export interface MergeStatementsResult<S> {
  /** The maximally merged statements, in aws-cdk-lib's order. */
  readonly mergedStatements: S[];
  /** Each output statement -> the input statements it was made of, in merge order. */
  readonly originsMap: Map<S, S[]>;
}

/**
 * Merge statements as aws-cdk-lib does (same output, same order), see the comment above.
 *
 * Statements that are not merged are returned as they are (same objects); a merged statement is
 * `root.copy({ actions, resources, principals })` of its first original. The input array is not
 * modified.
 */
export function mergeStatements<S extends MergeableStatement>(
  statements: readonly S[], options: MergeStatementsOptions = {}): MergeStatementsResult<S> {
  const sizeOptions = options.sizeOptions ?? deriveEstimateSizeOptions(options.scope);
  const combine = options.mergeIfCombinable ?? true;
  if (!combine) { return mergeEqual(statements); }
  const limitSize = !!options.limitSize;
  const ctx = new MergeContext(sizeOptions, limitSize);
  const normalized = statements.map((s, i) => new NormalizedStatement(s, i, ctx));
  const origins = new OriginsList(statements.length);
  const survivors = mergeCombinable(normalized, origins, limitSize);

  const mergedStatements = new Array<S>();
  const originsMap = new Map<S, S[]>();
  for (const n of survivors) {
    const rendered = n.render();
    mergedStatements.push(rendered);
    originsMap.set(rendered, origins.list(n.position).map((i) => statements[i]));
  }
  return { mergedStatements, originsMap };
}

/** Passes until nothing merges; returns the surviving statements in order. */
function mergeCombinable<S extends MergeableStatement>(
  all: NormalizedStatement<S>[], origins: OriginsList, limitSize: boolean): NormalizedStatement<S>[] {
  let live = all;
  for (let mergedAny = true; mergedAny;) {
    mergedAny = false;
    const index = new MergeIndex(live.filter((n) => n.base >= 0));
    for (const n of live) {
      if (!n.alive || n.base < 0) { continue; }
      if (limitSize && n.estimateSize() > MAX_MERGE_SIZE) { continue; } // merging only grows it
      if (scan(n, index, origins, limitSize)) { mergedAny = true; }
    }
    live = live.filter((n) => n.alive);
  }
  return live;
}

/** Statements folded by exact equality (`foldEqual`). */
export interface EqualFold<S> {
  /** The first statement of each class of equal statements, in order. */
  readonly unique: S[];
  /**
   * For a statement of `unique` that has equals: the later statements equal to it, in order.
   * Undefined when no statement had an equal (the usual case: then each statement of `unique`
   * is its own only original, and no per-statement origins list needs to exist).
   */
  readonly equalsOf?: Map<S, S[]>;
}

/**
 * Folds statements that are equal in everything (Sid included) into the first of them, one
 * statement at a time (`add`). This is the path of every role policy split when minimizing is off,
 * so it avoids the merge's per-statement sets and hashes, and allocates nothing per statement
 * that has no equal:
 *
 * - a statement with exactly one resource (the usual identity statement) is first told apart by
 *   that resource: equal statements have equal resource sets, so a statement whose resource was
 *   not seen yet has no equal, and no key is built for it;
 * - statements sharing that resource, and all others, are compared by an exact string key of all
 *   their fields (`equalityKey`), one map lookup each.
 */
export class EqualFolder<S extends MergeableStatement> {
  /**
   * For each first statement that has equals: the later statements equal to it, in order
   * (undefined until a statement has an equal).
   */
  public equalsOf?: Map<S, S[]>;
  private readonly identities = new MergeContext(NO_SIZES, false);
  /** Single resource -> the first statement with it, or all of them by key once there are two. */
  private readonly byResource = new Map<string, S | Map<string, S>>();
  private readonly byKey = new Map<string, S>();

  /**
   * Add the next statement; true when it is the first of its kind, false when it was folded into
   * an earlier equal one (then listed in `equalsOf`).
   *
   * @param single the statement's only resource when it has exactly one, else undefined (any
   *   value that equal statements share will do: it only decides which statements are compared
   *   by their full key)
   */
  public add(s: S, single: string | undefined = singleResource(s)): boolean {
    if (single === undefined) { return this.fileByKey(this.byKey, s); }
    const seen = this.byResource.get(single);
    if (seen === undefined) {
      this.byResource.set(single, s);
      return true;
    }
    let keyed: Map<string, S>;
    if (seen instanceof Map) {
      keyed = seen;
    } else {
      keyed = new Map([[equalityKey(partsOf(seen), this.identities), seen]]);
      this.byResource.set(single, keyed);
    }
    return this.fileByKey(keyed, s);
  }

  /** Note `s` as an equal of the first statement with its key in `map`, or keep it as that first. */
  private fileByKey(map: Map<string, S>, s: S): boolean {
    const key = equalityKey(partsOf(s), this.identities);
    const first = map.get(key);
    if (first === undefined) {
      map.set(key, s);
      return true;
    }
    const equalsOf = this.equalsOf ??= new Map();
    const equals = equalsOf.get(first);
    if (equals) { equals.push(s); } else { equalsOf.set(first, [s]); }
    return false;
  }
}

/** Fold statements that are equal in everything into the first of them (see `EqualFolder`). */
export function foldEqual<S extends MergeableStatement>(statements: readonly S[]): EqualFold<S> {
  const folder = new EqualFolder<S>();
  const unique = statements.filter((s) => folder.add(s));
  return { unique, equalsOf: folder.equalsOf };
}

/**
 * The only resource of a statement that has exactly one (the discriminator of `foldEqual`).
 * Any function that gives equal statements the same answer (or undefined) will do: the answer
 * only decides which statements are compared by their full key.
 */
function singleResource(s: MergeableStatement): string | undefined {
  const resources = partsOf(s).resources;
  return resources.length === 1 ? resources[0] : undefined;
}

/** `mergeStatements` without combining: `foldEqual`, the first of equal statements kept as it is. */
function mergeEqual<S extends MergeableStatement>(statements: readonly S[]): MergeStatementsResult<S> {
  const { unique, equalsOf } = foldEqual(statements);
  const originsMap = new Map<S, S[]>();
  for (const s of unique) { originsMap.set(s, [s, ...equalsOf?.get(s) ?? []]); }
  return { mergedStatements: unique, originsMap };
}

/**
 * The pairwise loop's inner loop for `n`: merge every later candidate that is combinable and fits,
 * in position order. Returns whether anything merged.
 *
 * Candidates come from `n`'s three key buckets. For a kind in which `n` is full (see `fullKinds`)
 * only the candidates that add nothing can merge through that key, so instead of scanning that
 * bucket they are looked up by element (`subsetCandidates`, recomputed when `n` changes); the
 * other buckets are scanned. Both kinds of candidates meet the same exact check in position order,
 * and the candidates not visited are exactly ones that check would reject, so the merges are
 * those of the plain scan.
 */
function scan<S extends MergeableStatement>(n: NormalizedStatement<S>, index: MergeIndex<S>, origins: OriginsList,
  limitSize: boolean): boolean {
  let mergedAny = false;
  let cursor = n.position;
  const full = new Fullness();
  let subsets: NormalizedStatement<S>[] | undefined; // by position, from `k` on
  let k = 0;
  for (;;) {
    // fullness grows as the cursor passes statements (their lower bounds drop out)
    if (limitSize && full.update(n, index, cursor)) { subsets = undefined; }
    if (!subsets && full.any) {
      subsets = index.subsetCandidates(n, cursor, full);
      k = 0;
    }
    while (subsets && k < subsets.length && (subsets[k].position <= cursor || !subsets[k].alive)) { k++; }
    const fromSubsets = subsets && k < subsets.length ? subsets[k] : undefined;
    const fromScan = full.all ? undefined : index.next(n, cursor, full);
    const c = fromScan && (!fromSubsets || fromScan.position < fromSubsets.position) ? fromScan : fromSubsets;
    if (!c) { return mergedAny; }
    cursor = c.position;
    if (!combinable(n, c) || (limitSize && n.estimateCombinedSize(c) > MAX_MERGE_SIZE)) { continue; }
    const before = n.elementCount;
    n.absorb(c);
    origins.append(n.position, c.position);
    mergedAny = true;
    if (n.elementCount !== before) {
      // n grew: its keys and sets changed (fullness is recomputed from scratch)
      full.reset();
      subsets = undefined;
    }
  }
}

/**
 * The kinds in which a statement `n` is full: every statement after the cursor under its key of
 * that kind that adds anything through it (at least `index.minGrowthUnder(n, kind, after)` to the
 * size estimate) would take `n` over the size limit. A kind stays full while `n` does not change
 * and the cursor advances (the bound only grows), so only kinds not full yet are re-checked.
 * Never with a non-positive bound (a context estimate of 0 would let principals merge for free).
 *
 * This is what keeps minimizing near-linear: without it, each full statement is checked against
 * every later statement under its keys (e.g. every other statement with the same action), which
 * is quadratic in the statements per action.
 */
class Fullness implements KindSet {
  public A = false;
  public R = false;
  public P = false;

  public get any(): boolean { return this.A || this.R || this.P; }
  public get all(): boolean { return this.A && this.R && this.P; }

  /** Re-check the kinds not full yet; returns whether any became full. */
  public update<S extends MergeableStatement>(n: NormalizedStatement<S>, index: MergeIndex<S>, after: number): boolean {
    if (this.all) { return false; }
    const size = n.estimateSize();
    const isFull = (kind: SetKind) => {
      const min = index.minGrowthUnder(n, kind, after);
      return min > 0 && size + min > MAX_MERGE_SIZE;
    };
    let changed = false;
    if (!this.A && isFull('A')) { this.A = changed = true; }
    if (!this.R && isFull('R')) { this.R = changed = true; }
    if (!this.P && isFull('P')) { this.P = changed = true; }
    return changed;
  }

  public reset(): void {
    this.A = this.R = this.P = false;
  }
}

/** The exact check behind an index hit: two of the three sets equal (base equality is the key). */
function combinable(a: NormalizedStatement<any>, b: NormalizedStatement<any>): boolean {
  if (a.base !== b.base) { return false; }
  const actions = sameActions(a, b);
  const resources = sameResources(a, b);
  if (actions && resources) { return true; }
  return (actions || resources) && samePrincipals(a, b);
}
