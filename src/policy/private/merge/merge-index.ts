import type { MergeableStatement, NormalizedStatement } from './normalized-statement';

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

  constructor(public readonly entries: NormalizedStatement<S>[]) {}

  /** The first live entry with position > `after`, if any. */
  public firstAfter(after: number): NormalizedStatement<S> | undefined {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.entries[mid].position <= after) { lo = mid + 1; } else { hi = mid; }
    }
    return this.entries[this.firstLive(lo)];
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
   * The live statement with the smallest position > `after` that shares one of `n`'s current
   * keys: the next candidate the pairwise loop would find combinable (to be confirmed exactly).
   */
  public next(n: NormalizedStatement<S>, after: number): NormalizedStatement<S> | undefined {
    const ar = firstAfter(this.byAR.get(n.keyAR), after);
    const ap = firstAfter(this.byAP.get(n.keyAP), after);
    const rp = firstAfter(this.byRP.get(n.keyRP), after);
    let best = ar;
    if (ap && (!best || ap.position < best.position)) { best = ap; }
    if (rp && (!best || rp.position < best.position)) { best = rp; }
    return best;
  }
}

function firstAfter<S extends MergeableStatement>(entry: Entry<S> | undefined, after: number): NormalizedStatement<S> | undefined {
  if (entry instanceof Bucket) { return entry.firstAfter(after); }
  return entry && entry.alive && entry.position > after ? entry : undefined;
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
