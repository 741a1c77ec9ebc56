/* eslint-disable no-bitwise */ // hashing is bit arithmetic by nature
/*
 * Order-independent hashes of string sets, updated one element at a time.
 *
 * The merge index (./merge-statements.ts) files every statement under keys built from the hashes
 * of its action, resource and principal sets. A set's hash is the sum (mod 2^32, two independent
 * lanes) of its elements' hashes, so adding an element costs O(1) whatever the set's size and two
 * equal sets always get equal hashes. Keys are 53-bit integers mixed from a base id and two set
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

/** Add the hash of one element (that was not in the set yet) to a set hash, in place. */
export function addToSetHash(target: SetHash, element: string): void {
  hashString(element);
  target.lo = (target.lo + lastLo) >>> 0;
  target.hi = (target.hi + lastHi) >>> 0;
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

/** Output of `hashString` (module variables rather than an object per call: less garbage). */
let lastLo = 0;
let lastHi = 0;

/**
 * Two independent 32-bit hashes of a string (into `lastLo`, `lastHi`) (FNV-1a and a multiply-xorshift variant with a
 * different seed), each finished with an avalanche step so that sums of them spread well.
 */
function hashString(s: string): void {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  lastLo = avalanche(a);
  lastHi = avalanche(b ^ 0x27d4eb2f);
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
