/*
 * IAM wildcards: `*` matches any run of characters, `?` any one character. Action names match
 * case-insensitively, ARNs case-sensitively.
 */

const regexCache = new Map<string, RegExp>();

/** A regular expression for an IAM wildcard pattern (cached). */
export function wildcardRegex(pattern: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let re = regexCache.get(key);
  if (!re) {
    if (regexCache.size > 10000) { regexCache.clear(); }
    re = buildRegex(pattern, ignoreCase);
    regexCache.set(key, re);
  }
  return re;
}

function buildRegex(pattern: string, ignoreCase: boolean): RegExp {
  const source = pattern.split('').map((c) => {
    if (c === '*') { return '.*'; }
    if (c === '?') { return '.'; }
    return c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
  }).join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
}

/** True when the pattern contains a wildcard. */
export function hasWildcard(value: string): boolean {
  return hasAny(value, '*?');
}

/**
 * True when some string could match both patterns. In each, the characters in `anyChars`
 * (default `*` and `?`) stand for any run of characters (a deliberate over-approximation: `?`
 * and placeholders are treated as `*`, so the answer errs towards "they overlap").
 */
export function patternsOverlap(a: string, b: string, anyChars: string = '*?'): boolean {
  const aWild = hasAny(a, anyChars);
  const bWild = hasAny(b, anyChars);
  // the usual case (a concrete ARN against a resource type's format) is a plain glob match,
  // linear and allocation-free; the memoized search below is for two patterns
  if (!aWild && !bWild) { return a === b; }
  if (!bWild) { return globMatches(a, b, anyChars); }
  if (!aWild) { return globMatches(b, a, anyChars); }
  return bothPatternsOverlap(a, b, anyChars);
}

function hasAny(value: string, chars: string): boolean {
  for (const c of chars) { if (value.includes(c)) { return true; } }
  return false;
}

/**
 * True when `text` (no wildcard) matches `pattern`, each of whose `anyChars` matches any run of
 * characters: the greedy two-pointer match, returning to the last wildcard on a mismatch.
 */
function globMatches(pattern: string, text: string, anyChars: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && anyChars.includes(pattern[p])) {
      star = p++;
      mark = t;
    } else if (p < pattern.length && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && anyChars.includes(pattern[p])) { p++; }
  return p === pattern.length;
}

function bothPatternsOverlap(a: string, b: string, anyChars: string): boolean {
  const memo = new Map<number, boolean>();
  const wild = (c: string) => anyChars.includes(c);
  const go = (i: number, j: number): boolean => {
    const k = i * (b.length + 1) + j;
    const cached = memo.get(k);
    if (cached !== undefined) { return cached; }
    let result: boolean;
    if (i === a.length && j === b.length) {
      result = true;
    } else if (i < a.length && wild(a[i])) {
      result = go(i + 1, j) || (j < b.length && go(i, j + 1));
    } else if (j < b.length && wild(b[j])) {
      result = go(i, j + 1) || (i < a.length && go(i + 1, j));
    } else {
      result = i < a.length && j < b.length && a[i] === b[j] && go(i + 1, j + 1);
    }
    memo.set(k, result);
    return result;
  };
  return go(0, 0);
}
