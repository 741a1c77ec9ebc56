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
  private free: number[];
  private leaves = 16;
  private opened = 0;

  /**
   * @param capacity the capacity of each bin
   */
  constructor(private readonly capacity: number) {
    this.free = new Array<number>(2 * this.leaves).fill(-Infinity);
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
      if (this.opened === this.leaves) { this.grow(); }
      bin = this.opened++;
      this.free[this.leaves + bin] = this.capacity;
    }
    this.setFree(bin, this.free[this.leaves + bin] - size);
    return bin;
  }

  /** Double the number of leaves (the tree is rebuilt: amortized O(1) per bin). */
  private grow(): void {
    const leaves = this.leaves * 2;
    const free = new Array<number>(2 * leaves).fill(-Infinity);
    for (let b = 0; b < this.opened; b++) { free[leaves + b] = this.free[this.leaves + b]; }
    for (let i = leaves - 1; i >= 1; i--) { free[i] = Math.max(free[2 * i], free[2 * i + 1]); }
    this.free = free;
    this.leaves = leaves;
  }

  private setFree(bin: number, free: number): void {
    let i = this.leaves + bin;
    this.free[i] = free;
    for (i = Math.floor(i / 2); i >= 1; i = Math.floor(i / 2)) {
      this.free[i] = Math.max(this.free[2 * i], this.free[2 * i + 1]);
    }
  }
}
