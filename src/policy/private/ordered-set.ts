/**
 * A list without duplicates that keeps insertion order (identity of objects, value of strings).
 */
export class OrderedSet<T> {
  private readonly set = new Set<T>();
  private readonly array = new Array<T>();

  /** Add the values not seen before; returns the ones actually added, in order. */
  public push(...xs: T[]): T[] {
    const added = new Array<T>();
    for (const x of xs) {
      if (this.set.has(x)) { continue; }
      this.set.add(x);
      this.array.push(x);
      added.push(x);
    }
    return added;
  }

  public get length(): number {
    return this.array.length;
  }

  /** A copy of the values. */
  public copy(): T[] {
    return [...this.array];
  }

  /** The live backing array (read-only use, for rendering). */
  public direct(): T[] {
    return this.array;
  }
}
