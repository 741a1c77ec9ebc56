import { FirstFitBins } from '../../../src/policy/private/first-fit';

/** The rule as aws-cdk-lib writes it: scan the bins in order for the first with room. */
function naiveFirstFit(sizes: number[], capacity: number): number[] {
  const loads = new Array<number>();
  return sizes.map((size) => {
    let j = 0;
    while (j < loads.length && loads[j] + size > capacity) { j++; }
    if (j === loads.length) { loads.push(0); }
    loads[j] += size;
    return j;
  });
}

/** A small deterministic PRNG (Park-Miller) so that failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 48271) % 2147483647;
    return a / 2147483647;
  };
}

describe('FirstFitBins', () => {
  test('places like a scan of the bins in order', () => {
    // GIVEN
    const bins = new FirstFitBins(10);
    // WHEN / THEN: exact fits, a later small item going back to the first bin with room, an oversized item
    expect([4, 6, 7, 3, 2, 25, 1].map((s) => bins.place(s))).toEqual([0, 0, 1, 1, 2, 3, 2]);
    expect(bins.count).toBe(4);
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with the naive rule on random sizes (seed %d)', (seed) => {
    // GIVEN
    const random = rng(seed);
    const capacity = 50 + Math.floor(random() * 100);
    const sizes = Array.from({ length: 300 }, () => 1 + Math.floor(random() * random() * capacity * 1.2));
    // WHEN
    const bins = new FirstFitBins(capacity);
    // THEN
    expect(sizes.map((s) => bins.place(s))).toEqual(naiveFirstFit(sizes, capacity));
  });
});
