import { isEmptyObject, sameList } from '../../../src/core/private/collections';

describe('collections', () => {
  test('sameList compares elements by identity, in order', () => {
    const o = {};
    expect(sameList(['a', o], ['a', o])).toBe(true);
    expect(sameList([], [])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameList(['a'], ['a', 'a'])).toBe(false);
    expect(sameList([{}], [{}])).toBe(false);
  });

  test('isEmptyObject sees own enumerable properties only', () => {
    expect(isEmptyObject({})).toBe(true);
    expect(isEmptyObject(Object.create({ inherited: 1 }))).toBe(true);
    expect(isEmptyObject({ a: undefined })).toBe(false);
    expect(isEmptyObject([1])).toBe(false);
  });
});
