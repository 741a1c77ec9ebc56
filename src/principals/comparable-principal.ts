import type { IPrincipal } from '../policy/principal';

/**
 * Interface for principals that can be compared.
 *
 * This only needs to be implemented for principals that could potentially be value-equal.
 * Identity-equal principals will be handled correctly by default.
 */
export interface IComparablePrincipal extends IPrincipal {
  /**
   * Return a string format of this principal which should be identical if the two
   * principals are the same.
   *
   * @returns the dedupe string, or `undefined` when the principal cannot be compared by value
   */
  dedupeString(): string | undefined;
}

/**
 * Helper class for working with `IComparablePrincipal`s.
 *
 * @example
 * const key = ComparablePrincipal.dedupeStringFor(new ServicePrincipal('lambda.amazonaws.com'));
 */
export class ComparablePrincipal {
  /**
   * Whether or not the given principal is a comparable principal.
   *
   * @param x the principal to test
   */
  public static isComparablePrincipal(this: void, x: IPrincipal): x is IComparablePrincipal {
    return typeof (x as Partial<IComparablePrincipal>).dedupeString === 'function';
  }

  /**
   * Return the dedupeString of the given principal, if available.
   *
   * @param x the principal to describe
   * @returns the dedupe string, or `undefined` when the principal is not comparable
   */
  public static dedupeStringFor(this: void, x: IPrincipal): string | undefined {
    return ComparablePrincipal.isComparablePrincipal(x) ? x.dedupeString() : undefined;
  }
}
