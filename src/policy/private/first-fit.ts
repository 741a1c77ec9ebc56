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
  /**
   * Segment tree of the maximum free capacity; leaves from `leaves` on, one per possible bin
   * (`-Infinity` for bins not opened). A typed array and inline max/shift arithmetic: this runs
   * once per statement of a role's overflow, mostly before the JIT has optimized it.
   */
  private free: Float64Array;
  private leaves = 16;
  private opened = 0;

  /**
   * @param capacity the capacity of each bin
   */
  constructor(private readonly capacity: number) {
    this.free = new Float64Array(2 * this.leaves).fill(-Infinity);
  }

  /** The number of bins opened so far. */
  public get count(): number {
    return this.opened;
  }

  /** Place an item: the index of its bin. */
  public place(size: number): number {
    let free = this.free;
    let i: number;
    if (free[1] >= size) {
      // descend to the leftmost leaf with room
      i = 1;
      const leaves = this.leaves;
      while (i < leaves) { i = free[2 * i] >= size ? 2 * i : 2 * i + 1; }
    } else {
      if (this.opened === this.leaves) { free = this.grow(); }
      i = this.leaves + this.opened++;
      free[i] = this.capacity;
    }
    const bin = i - this.leaves;
    free[i] -= size;
    // parents up to the root (halving without a Math.floor call)
    for (i = (i - i % 2) / 2; i >= 1; i = (i - i % 2) / 2) {
      const left = free[2 * i];
      const right = free[2 * i + 1];
      free[i] = left >= right ? left : right;
    }
    return bin;
  }

  /** Double the number of leaves (the tree is rebuilt: amortized O(1) per bin). */
  private grow(): Float64Array {
    const leaves = this.leaves * 2;
    const free = new Float64Array(2 * leaves).fill(-Infinity);
    free.set(this.free.subarray(this.leaves, this.leaves + this.opened), leaves);
    for (let i = leaves - 1; i >= 1; i--) { free[i] = Math.max(free[2 * i], free[2 * i + 1]); }
    this.free = free;
    this.leaves = leaves;
    return free;
  }
}
