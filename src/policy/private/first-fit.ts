/**
 * First-fit placement into bins of one capacity, in O(log bins) per item.
 *
 * `place(size)` returns the index of the first bin (in opening order) whose load plus `size` stays
 * within the capacity, opening a new bin when none has room (an item larger than the capacity gets
 * a bin of its own, overfull). This is the rule aws-cdk-lib applies to a role's overflow policies,
 * where it scans every open bin for every item: O(items x bins), which grows quadratically with a
 * role's statements. Here a segment tree over the bins' free capacity finds the leftmost bin with
 * room by descending from the root.
 */
export class FirstFitBins {
  /** Segment tree of the maximum free capacity; leaves from `leaves` on, one per possible bin. */
  private readonly free: number[];
  private readonly leaves: number;
  private opened = 0;

  /**
   * @param maxBins an upper bound on the number of bins (one per item suffices)
   * @param capacity the capacity of each bin
   */
  constructor(maxBins: number, private readonly capacity: number) {
    let leaves = 1;
    while (leaves < maxBins) { leaves *= 2; }
    this.leaves = leaves;
    this.free = new Array<number>(2 * leaves).fill(-Infinity);
  }

  /** The number of bins opened so far. */
  public get count(): number {
    return this.opened;
  }

  /** Place an item: the index of its bin. */
  public place(size: number): number {
    let bin: number;
    if (this.free[1] >= size) {
      let i = 1;
      while (i < this.leaves) { i = this.free[2 * i] >= size ? 2 * i : 2 * i + 1; }
      bin = i - this.leaves;
    } else {
      if (this.opened >= this.leaves) { throw new Error(`FirstFitBins: more than ${this.leaves} bins`); }
      bin = this.opened++;
      this.free[this.leaves + bin] = this.capacity;
    }
    this.setFree(bin, this.free[this.leaves + bin] - size);
    return bin;
  }

  private setFree(bin: number, free: number): void {
    let i = this.leaves + bin;
    this.free[i] = free;
    for (i = Math.floor(i / 2); i >= 1; i = Math.floor(i / 2)) {
      this.free[i] = Math.max(this.free[2 * i], this.free[2 * i + 1]);
    }
  }
}
