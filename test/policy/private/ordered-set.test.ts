import { OrderedSet } from '../../../src/policy/private/ordered-set';

describe('OrderedSet', () => {
  test('keeps the first occurrence in insertion order and reports what it added', () => {
    const set = new OrderedSet<string>();
    expect(set.push('b', 'a', 'b')).toEqual(['b', 'a']);
    expect(set.push('a', 'c')).toEqual(['c']);
    expect(set.copy()).toEqual(['b', 'a', 'c']);
    expect(set.length).toBe(3);
  });

  test('copy is detached, direct is live', () => {
    const set = new OrderedSet<number>();
    set.push(1);
    set.copy().push(2);
    expect(set.direct()).toEqual([1]);
  });
});
