import { LITERAL_STRING_KEY, mergePrincipalJson } from '../../../src/policy/private/principal-json';

describe('mergePrincipalJson', () => {
  test('appends values per principal type, wrapping scalars', () => {
    const target: any = { AWS: ['a'] };
    mergePrincipalJson(target, { AWS: 'b', Service: ['s'] });
    expect(target).toEqual({ AWS: ['a', 'b'], Service: ['s'] });
  });

  test('combines literal principals with each other', () => {
    const target: any = { [LITERAL_STRING_KEY]: ['*'] };
    mergePrincipalJson(target, { [LITERAL_STRING_KEY]: ['*'] });
    expect(target).toEqual({ LiteralString: ['*', '*'] });
  });

  test('throws when a literal principal meets a typed one, in both orders', () => {
    expect(() => mergePrincipalJson({ AWS: ['a'] }, { [LITERAL_STRING_KEY]: ['*'] })).toThrow(/\[LiteralPrincipalConflict\]/);
    expect(() => mergePrincipalJson({ [LITERAL_STRING_KEY]: ['*'] }, { AWS: ['a'] })).toThrow(/\[LiteralPrincipalConflict\]/);
  });
});
