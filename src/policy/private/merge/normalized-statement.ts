import { LITERAL_STRING_KEY } from '../principal-json';
import { estimateConditionSize, estimateListSize, estimateValueSize } from '../size';
import type { MergeContext } from './merge-context';
import { MergeableStatement, MergeablePrincipal, dedupeStringOf, partsOf } from './mergeable';
import { SetHash, emptySetHash, indexKey } from './set-hash';
import { isCommon, sharedKey } from './statement-keys';

/*
 * The statement representation the merge works on, and the conversions to and from it.
 *
 * A `NormalizedStatement` is one statement of the merge (an original, or several originals merged
 * into one): its actions and resources as sets, its principals as a map from dedupe string to
 * principal plus a set of principals that have no dedupe string (compared by identity), and the
 * parts that never change while merging (effect, sid, conditions JSON, NotAction, NotResource,
 * NotPrincipal) folded into one interned "base" id. Set hashes are kept up to date as elements
 * are added so that index keys cost O(1) to refresh.
 *
 * The statement API the merge reads is in ./mergeable.ts, the base and equality keys in
 * ./statement-keys.ts, the ids shared by one merge run in ./merge-context.ts.
 */

/** The three sets a merge can grow: actions, resources, principals. */
export type SetKind = 'A' | 'R' | 'P';

/**
 * What `firstElementOf` returns for an empty set. It may equal a real element (an empty
 * string): lookups by it then find more candidates, never fewer, and every candidate is checked.
 */
export const EMPTY_SET_ELEMENT = '';

/** The principals of a statement without any (shared, never written). */
const NO_PRINCIPALS: ReadonlyMap<string, MergeablePrincipal> = new Map();
const NO_PRINCIPALS_SET: ReadonlySet<MergeablePrincipal> = new Set();

/** One statement of the merge; see the file comment. */
export class NormalizedStatement<S extends MergeableStatement> {
  /** Whether another statement was merged into this one (its output is then a copy of the root). */
  public merged = false;
  /** False once merged into another statement. */
  public alive = true;
  public readonly actions = new Set<string>();
  public readonly resources = new Set<string>();
  /** Comparable principals: dedupe string -> principal (the last one seen), in first-seen order. */
  public get comparable(): ReadonlyMap<string, MergeablePrincipal> { return this.comparableOwn ?? NO_PRINCIPALS; }
  /** Principals without a dedupe string, by identity, in first-seen order. */
  public get incomparable(): ReadonlySet<MergeablePrincipal> { return this.incomparableOwn ?? NO_PRINCIPALS_SET; }
  public actionHash: SetHash = emptySetHash();
  public resourceHash: SetHash = emptySetHash();
  public principalHash: SetHash = emptySetHash();
  /** Sum of the per-value size estimates of `actions` / `resources`. */
  public actionSize = 0;
  public resourceSize = 0;
  /** Size estimate of the parts that never change while merging (0 unless the context tracks sizes). */
  public readonly fixedSize: number;
  /** Merges with another statement with the same base only (-1: never merges, it has a Sid). */
  public readonly base: number;
  /** Index keys: base plus two of {actions, resources, principals} (see ./set-hash.ts). */
  public keyAR = 0;
  public keyAP = 0;
  public keyRP = 0;

  /** The principal collections, created on the first principal (identity statements have none). */
  private comparableOwn?: Map<string, MergeablePrincipal>;
  private incomparableOwn?: Set<MergeablePrincipal>;

  constructor(public readonly root: S, public readonly position: number, private readonly ctx: MergeContext) {
    const parts = partsOf(root);
    this.addActions(parts.actions);
    this.addResources(parts.resources);
    const principals = parts.principals;
    for (const p of principals) { this.addPrincipal(p, dedupeStringOf(p)); }
    const conditions = parts.conditions;
    const notActions = parts.notActions;
    const notResources = parts.notResources;
    const notPrincipals = parts.notPrincipals;
    let hasLiteral = false;
    for (const p of principals) { hasLiteral ||= LITERAL_STRING_KEY in p.policyFragment.principalJson; }
    this.base = parts.sid ? -1 : isCommon(parts) ? ctx.internCommon(parts.effect, hasLiteral)
      : ctx.intern(`${sharedKey(parts, ctx)}|${hasLiteral}`);
    const est = ctx.sizeOptions;
    this.fixedSize = !ctx.trackSizes ? 0 : `"Effect": "${parts.effect}",`.length
      + estimateListSize('NotAction', sumSizes(notActions, est.actionEstimate), notActions.length)
      + estimateListSize('NotResource', sumSizes(notResources, est.arnEstimate), notResources.length)
      + notPrincipals.length * est.arnEstimate
      + estimateConditionSize(conditions);
    this.refreshKeys();
  }

  /** Number of elements in the three sets: merges only add, so it changes iff a set changed. */
  public get elementCount(): number {
    return this.actions.size + this.resources.size + this.principalCount;
  }

  /** Number of principals the statement renders (comparable ones collapse by dedupe string). */
  public get principalCount(): number {
    return this.comparable.size + this.incomparable.size;
  }

  /** aws-cdk-lib's size estimate of this statement as it would be rendered now. */
  public estimateSize(): number {
    return this.fixedSize
      + estimateListSize('Action', this.actionSize, this.actions.size)
      + estimateListSize('Resource', this.resourceSize, this.resources.size)
      + this.principalCount * this.ctx.sizeOptions.arnEstimate;
  }

  /** aws-cdk-lib's size estimate of this statement combined with `other`, without building it. */
  public estimateCombinedSize(other: NormalizedStatement<S>): number {
    const est = this.ctx.sizeOptions;
    const actionSum = unionSum(this.actions, this.actionSize, other.actions, other.actionSize, est.actionEstimate);
    const actionCount = lastUnionCount;
    const resourceSum = unionSum(this.resources, this.resourceSize, other.resources, other.resourceSize, est.arnEstimate);
    const resourceCount = lastUnionCount;
    let principals = this.principalCount;
    if (other.principalCount > 0) {
      for (const k of other.comparable.keys()) { if (!this.comparable.has(k)) { principals++; } }
      for (const p of other.incomparable) { if (!this.incomparable.has(p)) { principals++; } }
    }
    return this.fixedSize
      + estimateListSize('Action', actionSum, actionCount)
      + estimateListSize('Resource', resourceSum, resourceCount)
      + principals * est.arnEstimate;
  }

  /** Fold another statement into this one (sets united, principals in aws-cdk-lib's order). */
  public absorb(other: NormalizedStatement<S>): void {
    this.addActions(other.actions);
    this.addResources(other.resources);
    for (const [key, p] of other.comparable) { this.addPrincipal(p, key); }
    for (const p of other.incomparable) { this.addPrincipal(p, undefined); }
    this.merged = true;
    other.alive = false;
    this.refreshKeys();
  }

  /** The statement to output: the root itself when nothing was merged into it, else a copy. */
  public render(): S {
    if (!this.merged) { return this.root; }
    return this.root.copy({
      actions: Array.from(this.actions).sort(),
      resources: Array.from(this.resources).sort(),
      principals: [...this.comparable.values(), ...this.incomparable],
    }) as S;
  }

  private addActions(values: Iterable<string>): void {
    for (const v of values) {
      if (this.actions.has(v)) { continue; }
      this.actions.add(v);
      this.ctx.hashes.addTo(this.actionHash, v);
      if (this.ctx.trackSizes) { this.actionSize += estimateValueSize(v, this.ctx.sizeOptions.actionEstimate); }
    }
  }

  private addResources(values: Iterable<string>): void {
    for (const v of values) {
      if (this.resources.has(v)) { continue; }
      this.resources.add(v);
      this.ctx.hashes.addTo(this.resourceHash, v);
      if (this.ctx.trackSizes) { this.resourceSize += estimateValueSize(v, this.ctx.sizeOptions.arnEstimate); }
    }
  }

  /**
   * A lower bound of what merging this statement into another adds to the other's size estimate
   * through its `kind` set, when it adds anything there: its smallest action or resource value
   * size, or the per-principal estimate (Infinity for an empty action or resource set: it adds
   * nothing).
   */
  public minElementSize(kind: SetKind): number {
    if (kind === 'P') { return this.ctx.sizeOptions.arnEstimate; }
    const [values, estimate] = kind === 'A' ? [this.actions, this.ctx.sizeOptions.actionEstimate] : [this.resources, this.ctx.sizeOptions.arnEstimate];
    let min = Infinity;
    for (const v of values) { min = Math.min(min, estimateValueSize(v, estimate)); }
    return min;
  }

  /**
   * The elements of one set as strings: the set a merge through that index key can grow
   * ('A' actions, 'R' resources, 'P' principals as in their set hash).
   */
  public elementsOf(kind: SetKind): Iterable<string> {
    if (kind === 'A') { return this.actions; }
    if (kind === 'R') { return this.resources; }
    const out = new Array<string>();
    for (const k of this.comparable.keys()) { out.push(`c${k}`); }
    for (const p of this.incomparable) { out.push(`i${this.ctx.identity(p)}`); }
    return out;
  }

  /** One element of a set (its first), or `EMPTY_SET_ELEMENT` for an empty set. */
  public firstElementOf(kind: SetKind): string {
    for (const e of this.elementsOf(kind)) { return e; }
    return EMPTY_SET_ELEMENT;
  }

  private addPrincipal(p: MergeablePrincipal, key: string | undefined): void {
    if (key !== undefined) {
      const comparable = this.comparableOwn ??= new Map();
      if (!comparable.has(key)) { this.ctx.hashes.addTo(this.principalHash, `c${key}`); }
      comparable.set(key, p); // an existing key keeps its place and takes the later principal
    } else if (!this.incomparable.has(p)) {
      (this.incomparableOwn ??= new Set()).add(p);
      this.ctx.hashes.addTo(this.principalHash, `i${this.ctx.identity(p)}`);
    }
  }

  private refreshKeys(): void {
    if (this.base < 0) { return; }
    this.keyAR = indexKey(this.base, this.actionHash, this.resourceHash);
    this.keyAP = indexKey(this.base, this.actionHash, this.principalHash);
    this.keyRP = indexKey(this.base, this.resourceHash, this.principalHash);
  }
}

/** Exact set equality of the actions, resources and principals of two statements. */
export function sameActions(x: NormalizedStatement<any>, y: NormalizedStatement<any>): boolean {
  return setsEqual(x.actions, y.actions);
}

export function sameResources(x: NormalizedStatement<any>, y: NormalizedStatement<any>): boolean {
  return setsEqual(x.resources, y.resources);
}

export function samePrincipals(x: NormalizedStatement<any>, y: NormalizedStatement<any>): boolean {
  if (x.comparable.size !== y.comparable.size || x.incomparable.size !== y.incomparable.size) { return false; }
  for (const k of x.comparable.keys()) { if (!y.comparable.has(k)) { return false; } }
  for (const p of x.incomparable) { if (!y.incomparable.has(p)) { return false; } }
  return true;
}

/** The element count of the union computed by the last `unionSum` call (no result object per call). */
let lastUnionCount = 0;

/**
 * Summed value sizes of the union of two sets, iterating the smaller one; the union's element
 * count goes to `lastUnionCount`. Runs once per merge candidate, so it allocates nothing.
 */
function unionSum(a: Set<string>, aSum: number, b: Set<string>, bSum: number, tokenEstimate: number): number {
  const aSmaller = a.size <= b.size;
  const small = aSmaller ? a : b;
  const large = aSmaller ? b : a;
  let count = large.size;
  let sum = aSmaller ? bSum : aSum;
  for (const v of small) {
    if (large.has(v)) { continue; }
    count++;
    sum += estimateValueSize(v, tokenEstimate);
  }
  lastUnionCount = count;
  return sum;
}

function setsEqual<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) { return false; }
  for (const v of a) { if (!b.has(v)) { return false; } }
  return true;
}

function sumSizes(values: readonly string[], tokenEstimate: number): number {
  let total = 0;
  for (const v of values) { total += estimateValueSize(v, tokenEstimate); }
  return total;
}
