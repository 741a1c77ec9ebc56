import type { MergeableStatement, NormalizedStatement } from './normalized-statement';

/*
 * The lookup structure of one merge pass (see the algorithm comment in ./merge-statements.ts):
 * three maps from key to bucket, a bucket holding the statements filed under that key in
 * position order. Statements merged away during the pass stay in their buckets and are skipped
 * through a union-find "next live entry" pointer, so repeated skips cost amortized O(1).
 */

/** One bucket: statements in position order, plus skip pointers over dead entries. */
class Bucket<S extends MergeableStatement> {
  public readonly entries = new Array<NormalizedStatement<S>>();
  /** skip[k] > k: no live entry in [k, skip[k]); 0 means unknown. */
  private skip = new Int32Array(0);

  /** The first live entry with position > `after`, if any. */
  public firstAfter(after: number): NormalizedStatement<S> | undefined {
    if (this.skip.length !== this.entries.length) { this.skip = new Int32Array(this.entries.length); }
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.entries[mid].position <= after) { lo = mid + 1; } else { hi = mid; }
    }
    return this.entries[this.firstLive(lo)];
  }

  private firstLive(k: number): number {
    const path = new Array<number>();
    let x = k;
    while (x < this.entries.length && !this.entries[x].alive) {
      path.push(x);
      x = this.skip[x] > x ? this.skip[x] : x + 1;
    }
    for (const p of path) { this.skip[p] = x; }
    return x;
  }
}

/** The three key maps of one pass. */
export class MergeIndex<S extends MergeableStatement> {
  private readonly byAR = new Map<string, Bucket<S>>();
  private readonly byAP = new Map<string, Bucket<S>>();
  private readonly byRP = new Map<string, Bucket<S>>();

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
    let best: NormalizedStatement<S> | undefined;
    for (const bucket of [this.byAR.get(n.keyAR), this.byAP.get(n.keyAP), this.byRP.get(n.keyRP)]) {
      const c = bucket?.firstAfter(after);
      if (c && (!best || c.position < best.position)) { best = c; }
    }
    return best;
  }
}

function file<S extends MergeableStatement>(map: Map<string, Bucket<S>>, key: string, n: NormalizedStatement<S>): void {
  let bucket = map.get(key);
  if (!bucket) {
    bucket = new Bucket<S>();
    map.set(key, bucket);
  }
  bucket.entries.push(n);
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
