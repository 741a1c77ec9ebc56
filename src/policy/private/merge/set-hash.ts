/* eslint-disable no-bitwise */ // hashing is bit arithmetic by nature
/*
 * Order-independent hashes of string sets, updated one element at a time.
 *
 * The merge index (./merge-statements.ts) files every statement under keys built from the hashes
 * of its action, resource and principal sets. A set's hash is the sum (mod 2^32, two independent
 * lanes) of its elements' hashes (see `ElementHashes`), so adding an element costs O(1) whatever
 * the set's size and two equal sets always get equal hashes. Keys are 53-bit integers mixed from a base id and two set
 * hashes. Different inputs may collide: callers confirm every hit with an exact comparison, so a
 * collision costs time, never correctness (test/policy/merge-collisions.test.ts forces them).
 */

/** A 64-bit set hash as two unsigned 32-bit lanes. */
export interface SetHash {
  lo: number;
  hi: number;
}

/** The hash of the empty set. */
export function emptySetHash(): SetHash {
  return { lo: 0, hi: 0 };
}

/**
 * Element hashes of one merge run: each distinct string gets the next id and a hash pair derived
 * from that id by a bijective mix, so distinct elements never share a lane value. The lookup is
 * one native Map access, where hashing the characters in JavaScript was the costliest part of
 * indexing thousands of statements (mostly run before the JIT has warmed up).
 */
export class ElementHashes {
  private readonly ids = new Map<string, number>();

  /** Add the hash of one element (that was not in the set yet) to a set hash, in place. */
  public addTo(target: SetHash, element: string): void {
    let id = this.ids.get(element);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(element, id);
    }
    target.lo = (target.lo + avalanche(Math.imul(id, 0x9e3779b9))) >>> 0;
    target.hi = (target.hi + avalanche(Math.imul(id, 0x5bd1e995) ^ 0x27d4eb2f)) >>> 0;
  }
}

/**
 * A map key (a safe integer, 53 bits) for a base id and two or three set hashes. Numbers rather
 * than strings: no string is built per key. Distinct inputs may share a key; see the file comment.
 */
export function indexKey(base: number, x: SetHash, y: SetHash, z?: SetHash): number {
  const lo = avalanche(mixIn(mixIn(mixIn(0x2545f491 ^ base, x.lo), y.lo), z ? z.lo : 0));
  const hi = avalanche(mixIn(mixIn(mixIn(0x6a09e667 ^ base, x.hi), y.hi), z ? z.hi : 0));
  return lo * 0x200000 + (hi & 0x1fffff);
}

function mixIn(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  return h ^ (h >>> 15);
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
