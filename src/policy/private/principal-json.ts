import { IamError } from '../../core';

/**
 * The key of a principal fragment that stands for a literal principal string: a fragment
 * `{ LiteralString: ['*'] }` renders as `"Principal": "*"` (which IAM treats differently from
 * `"Principal": { "AWS": "*" }` for some services).
 */
export const LITERAL_STRING_KEY = 'LiteralString';

/**
 * Merge the principal JSON of one fragment into the statement's accumulated principal JSON
 * (`{ AWS: [...], Service: [...] }`), in place. Scalars in the source become one-element lists.
 *
 * A literal principal (`LiteralString`) cannot be combined with any typed principal.
 */
export function mergePrincipalJson(target: { [key: string]: any[] }, source: { [key: string]: unknown }): void {
  const sourceKeys = Object.keys(source);
  const targetKeys = Object.keys(target);
  const literalInSource = LITERAL_STRING_KEY in source && targetKeys.some((k) => k !== LITERAL_STRING_KEY);
  const literalInTarget = LITERAL_STRING_KEY in target && sourceKeys.some((k) => k !== LITERAL_STRING_KEY);
  if (literalInSource || literalInTarget) {
    throw new IamError(undefined, 'LiteralPrincipalConflict',
      `Cannot merge principals ${JSON.stringify(target)} and ${JSON.stringify(source)}; if one uses a literal principal string the other one must be empty; ` +
      'put the literal principal (e.g. StarPrincipal) in a statement of its own');
  }
  for (const key of sourceKeys) {
    const value = source[key];
    target[key] = target[key] ?? [];
    target[key].push(...(Array.isArray(value) ? value : [value]));
  }
}
