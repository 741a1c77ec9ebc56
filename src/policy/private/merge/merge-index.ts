import type { MergeableStatement } from './mergeable';
import { EMPTY_SET_ELEMENT } from './normalized-statement';
import type { NormalizedStatement, SetKind } from './normalized-statement';

/*
 * The lookup structure of one merge pass (see the algorithm comment in ./merge-statements.ts):
 * three maps from key to the statements filed under that key, in position order. Most keys hold
 * one statement, stored as is; a key with several holds a bucket. Statements merged away during
 * the pass stay in their buckets and are skipped through a union-find "next live entry" pointer,
 * so repeated skips cost amortized O(1).
 */

type Entry<S extends MergeableStatement> = NormalizedStatement<S> | Bucket<S>;

/** Statements in position order, plus skip pointers over dead entries. */
class Bucket<S extends MergeableStatement> {
  /** skip[k] > k: no live entry in [k, skip[k]); 0 means unknown. Created on first use. */
  private skip?: Int32Array;

  /** The entries by one element of the set that merges through this bucket's key; see `withSubsetOf`. */
  private byElement?: Map<string, NormalizedStatement<S>[]>;
  /** `minGrowthAfter` per entry index: the minimum over entries from that index on. */
  private suffixMin?: number[];

  constructor(public readonly entries: NormalizedStatement<S>[]) {}

  /**
   * A lower bound of what merging any entry with position > `after` adds through `kind` (the set
   * this bucket's key lets grow) when it adds anything: the smallest `minElementSize` of those
   * entries, as they were at the start of the pass (entries after the statement being merged do
   * not change during the pass).
   */
  public minGrowthAfter(kind: SetKind, after: number): number {
    if (!this.suffixMin) {
      const min = new Array<number>(this.entries.length + 1);
      min[this.entries.length] = Infinity;
      for (let i = this.entries.length - 1; i >= 0; i--) {
        min[i] = Math.min(min[i + 1], this.entries[i].minElementSize(kind));
      }
      this.suffixMin = min;
    }
    return this.suffixMin[this.indexAfter(after)];
  }

  /**
   * Add to `out` the live entries with position > `after` whose `kind` set may be a subset of
   * `n`'s: those whose first element (or empty-set marker) is an element of `n`'s set. Every
   * subset is among them (its first element is in `n`'s set); others may be too, callers check.
   * The element map is built on first use, from the entries as they were at the start of the
   * pass (entries after the statement being merged are not changed during the pass).
   */
  public withSubsetOf(n: NormalizedStatement<S>, kind: SetKind, after: number, out: NormalizedStatement<S>[]): void {
    if (!this.byElement) {
      this.byElement = new Map();
      for (const e of this.entries) {
        const key = e.firstElementOf(kind);
        const list = this.byElement.get(key);
        if (list) { list.push(e); } else { this.byElement.set(key, [e]); }
      }
    }
    const take = (list: NormalizedStatement<S>[] | undefined) => {
      for (const e of list ?? []) { if (e.alive && e.position > after) { out.push(e); } }
    };
    take(this.byElement.get(EMPTY_SET_ELEMENT));
    for (const element of n.elementsOf(kind)) {
      if (element !== EMPTY_SET_ELEMENT) { take(this.byElement.get(element)); }
    }
  }

  /** The first live entry with position > `after`, if any. */
  public firstAfter(after: number): NormalizedStatement<S> | undefined {
    return this.entries[this.firstLive(this.indexAfter(after))];
  }

  /** The index of the first entry with position > `after` (binary search). */
  private indexAfter(after: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.entries[mid].position <= after) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  private firstLive(k: number): number {
    const entries = this.entries;
    if (k >= entries.length || entries[k].alive) { return k; }
    const skip = this.skip ??= new Int32Array(entries.length);
    const path = new Array<number>();
    let x = k;
    while (x < entries.length && !entries[x].alive) {
      path.push(x);
      x = skip[x] > x ? skip[x] : x + 1;
    }
    for (const p of path) { skip[p] = x; }
    return x;
  }
}

/** The three key maps of one pass. */
export class MergeIndex<S extends MergeableStatement> {
  private readonly byAR = new Map<number, Entry<S>>();
  private readonly byAP = new Map<number, Entry<S>>();
  private readonly byRP = new Map<number, Entry<S>>();

  /** Index statements given in position order. */
  constructor(statements: NormalizedStatement<S>[]) {
    for (const n of statements) {
      file(this.byAR, n.keyAR, n);
      file(this.byAP, n.keyAP, n);
      file(this.byRP, n.keyRP, n);
    }
  }

  /**
   * A lower bound of what a merge with a statement with position > `after` under `n`'s current key
   * of `kind` adds to `n`'s size estimate when it adds anything (see `Bucket.minGrowthAfter`);
   * Infinity when at most one
   * statement is under that key (a lone statement is always a subset candidate, see below).
   */
  public minGrowthUnder(n: NormalizedStatement<S>, kind: SetKind, after: number): number {
    const entry = kind === 'P' ? this.byAR.get(n.keyAR) : kind === 'R' ? this.byAP.get(n.keyAP) : this.byRP.get(n.keyRP);
    return entry instanceof Bucket ? entry.minGrowthAfter(kind, after) : Infinity;
  }

  /**
   * The live statements with position > `after`, in position order, that share `n`'s current key
   * of one of the `full` kinds AND whose set that would merge through that key is (or may be) a
   * subset of `n`'s. For a kind in which `n` cannot grow any more without exceeding the size
   * limit, these are the only candidates through that key that can still merge into it (they add
   * nothing), so they replace a scan of every statement under that key.
   */
  public subsetCandidates(n: NormalizedStatement<S>, after: number, full: KindSet): NormalizedStatement<S>[] {
    const out = new Array<NormalizedStatement<S>>();
    if (full.P) { collectSubsets(this.byAR.get(n.keyAR), n, 'P', after, out); }
    if (full.R) { collectSubsets(this.byAP.get(n.keyAP), n, 'R', after, out); }
    if (full.A) { collectSubsets(this.byRP.get(n.keyRP), n, 'A', after, out); }
    if (out.length < 2) { return out; }
    out.sort((x, y) => x.position - y.position);
    return out.filter((x, i) => i === 0 || x !== out[i - 1]); // one statement may be under two keys
  }

  /**
   * The live statement with the smallest position > `after` that shares one of `n`'s current
   * keys, except keys of the `skip` kinds: the next candidate the pairwise loop would find
   * combinable (to be confirmed exactly). Keys by the set they let grow: AR grows principals
   * ('P'), AP resources ('R'), RP actions ('A').
   */
  public next(n: NormalizedStatement<S>, after: number, skip: KindSet = NO_KINDS): NormalizedStatement<S> | undefined {
    const ar = skip.P ? undefined : firstAfter(this.byAR.get(n.keyAR), after);
    const ap = skip.R ? undefined : firstAfter(this.byAP.get(n.keyAP), after);
    const rp = skip.A ? undefined : firstAfter(this.byRP.get(n.keyRP), after);
    let best = ar;
    if (ap && (!best || ap.position < best.position)) { best = ap; }
    if (rp && (!best || rp.position < best.position)) { best = rp; }
    return best;
  }
}

/** A choice of set kinds. */
export interface KindSet {
  readonly A: boolean;
  readonly R: boolean;
  readonly P: boolean;
}

const NO_KINDS: KindSet = { A: false, R: false, P: false };

function firstAfter<S extends MergeableStatement>(entry: Entry<S> | undefined, after: number): NormalizedStatement<S> | undefined {
  if (entry instanceof Bucket) { return entry.firstAfter(after); }
  return entry && entry.alive && entry.position > after ? entry : undefined;
}

function collectSubsets<S extends MergeableStatement>(entry: Entry<S> | undefined, n: NormalizedStatement<S>,
  kind: SetKind, after: number, out: NormalizedStatement<S>[]): void {
  if (entry instanceof Bucket) {
    entry.withSubsetOf(n, kind, after, out);
  } else if (entry && entry.alive && entry.position > after) {
    out.push(entry);
  }
}

function file<S extends MergeableStatement>(map: Map<number, Entry<S>>, key: number, n: NormalizedStatement<S>): void {
  const existing = map.get(key);
  if (existing === undefined) {
    map.set(key, n);
  } else if (existing instanceof Bucket) {
    existing.entries.push(n);
  } else {
    map.set(key, new Bucket([existing, n]));
  }
}

/**
 * The originals of each merged statement, in merge order (aws-cdk-lib's `originals` lists
 * concatenate on every merge): linked lists over input positions, so appending is O(1).
 */
export class OriginsList {
  private readonly next: Int32Array;
  private readonly tail: Int32Array;

  constructor(length: number) {
    this.next = new Int32Array(length).fill(-1);
    this.tail = Int32Array.from({ length }, (_, i) => i);
  }

  /** Append the list headed by `other` to the list headed by `head`. */
  public append(head: number, other: number): void {
    this.next[this.tail[head]] = other;
    this.tail[head] = this.tail[other];
  }

  /** The positions in the list headed by `head`. */
  public list(head: number): number[] {
    const out = new Array<number>();
    for (let x = head; x >= 0; x = this.next[x]) { out.push(x); }
    return out;
  }
}
