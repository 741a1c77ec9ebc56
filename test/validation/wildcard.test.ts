import * as fc from 'fast-check';
import { patternsOverlap } from '../../src/validation/private/wildcard';

/**
 * The definition patternsOverlap implements, written independently: some string matches both
 * patterns, where each `*` or `?` stands for any run of characters. Memoized search over
 * positions (i in a, j in b).
 */
function reference(a: string, b: string): boolean {
  const wild = (c: string) => c === '*' || c === '?';
  const seen = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    if (seen.has(key)) { return seen.get(key)!; }
    let r: boolean;
    if (i === a.length && j === b.length) { r = true; } else if (i < a.length && wild(a[i])) {
      r = go(i + 1, j) || (j < b.length && go(i, j + 1));
    } else if (j < b.length && wild(b[j])) {
      r = go(i, j + 1) || (i < a.length && go(i + 1, j));
    } else { r = i < a.length && j < b.length && a[i] === b[j] && go(i + 1, j + 1); }
    seen.set(key, r);
    return r;
  };
  return go(0, 0);
}

const text = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((cs) => cs.join(''));

describe('patternsOverlap', () => {
  test.each([
    ['arn:aws:s3:::bucket/key', 'arn:*:s3:::*/*', true],
    ['arn:aws:s3:::bucket', 'arn:*:s3:::*/*', false],
    ['arn:aws:sqs:us-east-1:123456789012:queue', 'arn:*:sqs:*:*:*', true],
    ['arn:aws:s3:::a', 'arn:aws:s3:::a', true],
    ['arn:aws:s3:::a', 'arn:aws:s3:::b', false],
    ['arn:aws:s3:::*', 'arn:*:s3:::*/*', true],
    ['a*c', '*b*', true],
    ['a?', 'b*', false],
  ])('%s and %s overlap: %s', (a, b, expected) => {
    expect(patternsOverlap(a, b)).toBe(expected);
    expect(patternsOverlap(b, a)).toBe(expected);
  });

  test('agrees with the definition on random concrete strings against patterns', () => {
    fc.assert(fc.property(text(['a', 'b', ':', '/']), text(['a', 'b', ':', '*', '?']), (concrete, pattern) => {
      expect(patternsOverlap(concrete, pattern)).toBe(reference(concrete, pattern));
      expect(patternsOverlap(pattern, concrete)).toBe(reference(pattern, concrete));
    }), { numRuns: 3000 });
  });

  test('agrees with the definition on random pairs of patterns', () => {
    fc.assert(fc.property(text(['a', 'b', '*', '?']), text(['a', 'b', '*', '?']), (a, b) => {
      expect(patternsOverlap(a, b)).toBe(reference(a, b));
    }), { numRuns: 3000 });
  });
});
