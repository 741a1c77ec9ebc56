/*
 * Small comparisons of plain values shared by the layers (kept here, below all of them, so that
 * each layer calls the same one).
 */

/** Whether two lists hold the same elements (by `===`) in the same order. */
export function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) { return false; }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) { return false; }
  }
  return true;
}

/** Whether an object has no own enumerable property (without allocating a key list). */
export function isEmptyObject(x: object): boolean {
  for (const k in x) { if (Object.prototype.hasOwnProperty.call(x, k)) { return false; } }
  return true;
}
