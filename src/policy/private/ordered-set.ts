/** What `direct()` returns for a set that never held a value (frozen, shared). */
const NONE: readonly never[] = Object.freeze([]);

/** Up to this many values, membership is a scan of the array: no Set is allocated. */
const SCAN_LIMIT = 8;

/**
 * A list without duplicates that keeps insertion order (identity of objects, value of strings).
 *
 * A statement holds six of these and most stay empty or hold one value, so the storage is
 * created lazily: an empty set allocates nothing beyond itself, and a `Set` for membership is
 * built only once the list outgrows a short linear scan. This keeps statement construction to
 * a few allocations (the profile of a 2,000-statement role showed the eager Set + Array pairs
 * and their garbage collection).
 */
export class OrderedSet<T> {
  private array?: T[];
  private set?: Set<T>;

  /** Add the values not seen before; returns the ones actually added, in order. */
  public push(...xs: T[]): T[] {
    const added = new Array<T>();
    for (const x of xs) {
      if (this.add(x)) { added.push(x); }
    }
    return added;
  }

  /** Add the values not seen before (`push` without the result). */
  public addAll(xs: readonly T[]): void {
    for (const x of xs) { this.add(x); }
  }

  /** Add one value; false when it was already there. */
  public add(x: T): boolean {
    if (this.has(x)) { return false; }
    const array = this.array ??= [];
    array.push(x);
    if (this.set) {
      this.set.add(x);
    } else if (array.length > SCAN_LIMIT) {
      this.set = new Set(array);
    }
    return true;
  }

  public has(x: T): boolean {
    if (this.set) { return this.set.has(x); }
    return this.array !== undefined && this.array.includes(x);
  }

  public get length(): number {
    return this.array ? this.array.length : 0;
  }

  /** A copy of the values. */
  public copy(): T[] {
    return this.array ? this.array.slice() : [];
  }

  /** The live backing array (read-only use, for rendering). */
  public direct(): readonly T[] {
    return this.array ?? NONE;
  }
}
