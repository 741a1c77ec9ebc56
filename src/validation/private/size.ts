/*
 * The size of a policy document as IAM counts it: the characters of its JSON without whitespace
 * (outside strings). Values known only at deploy time are bounded, never guessed:
 *
 * - Ref to a pseudo parameter: its real range (AWS::AccountId 12, AWS::Partition 3-10,
 *   AWS::Region 9-14, AWS::URLSuffix 13-16, AWS::NoValue 0).
 * - any other Ref, Fn::GetAtt, Fn::ImportValue, Fn::Select, a CDK token...: 1 to UNKNOWN_MAX
 *   characters. UNKNOWN_MAX (256) is the stated upper-bound estimate: IAM names are at most 128
 *   characters and the ARNs CDK apps reference are far below 256.
 * - Fn::Join / Fn::Sub: the sum of their parts; Fn::If: the smaller minimum and larger maximum.
 */

/** Upper-bound estimate for one value resolved at deploy time. */
export const UNKNOWN_MAX = 256;

/** A size range in characters. */
export interface SizeBounds {
  readonly min: number;
  readonly max: number;
}

const PSEUDO: Record<string, SizeBounds> = {
  'AWS::AccountId': { min: 12, max: 12 },
  'AWS::Partition': { min: 3, max: 10 },
  'AWS::Region': { min: 9, max: 14 },
  'AWS::URLSuffix': { min: 13, max: 16 },
  'AWS::NoValue': { min: 0, max: 0 },
};
const UNKNOWN_VALUE: SizeBounds = { min: 1, max: UNKNOWN_MAX };
const TOKEN = /\$\{Token\[[^\]]*\]\}/g;

const add = (a: SizeBounds, b: SizeBounds): SizeBounds => ({ min: a.min + b.min, max: a.max + b.max });
const exact = (n: number): SizeBounds => ({ min: n, max: n });

/** Characters of the content of a string value (no quotes). */
function stringContent(value: unknown): SizeBounds {
  if (typeof value === 'string') {
    const tokens = value.match(TOKEN) ?? [];
    const literal = JSON.stringify(value.replace(TOKEN, '')).length - 2;
    return add(exact(literal), { min: tokens.length * UNKNOWN_VALUE.min, max: tokens.length * UNKNOWN_VALUE.max });
  }
  if (typeof value === 'number' || typeof value === 'boolean') { return exact(String(value).length); }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const [fn] = Object.keys(value);
    const arg = (value as Record<string, unknown>)[fn];
    if (fn === 'Ref' && typeof arg === 'string' && PSEUDO[arg]) { return PSEUDO[arg]; }
    if (fn === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
      const parts = arg[1] as unknown[];
      const sep = exact(Math.max(0, parts.length - 1) * (JSON.stringify(arg[0]).length - 2));
      return parts.map(stringContent).reduce(add, sep);
    }
    if (fn === 'Fn::Sub') {
      const template = Array.isArray(arg) ? arg[0] : arg;
      if (typeof template === 'string') {
        const vars = template.match(/\$\{(?!!)[^}]*\}/g) ?? [];
        const literal = JSON.stringify(template.replace(/\$\{(?!!)[^}]*\}/g, '')).length - 2;
        return vars.map((v) => PSEUDO[v.slice(2, -1)] ?? UNKNOWN_VALUE).reduce(add, exact(literal));
      }
    }
    if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3) {
      const a = stringContent(arg[1]);
      const b = stringContent(arg[2]);
      return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
    }
  }
  return UNKNOWN_VALUE;
}

function isIntrinsicObject(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** The size bounds of a JSON value as IAM counts it. */
export function sizeOf(value: unknown): SizeBounds {
  if (value === undefined) { return exact(0); }
  if (value === null) { return exact(4); }
  if (typeof value === 'string') { return add(stringContent(value), exact(2)); }
  if (typeof value === 'number' || typeof value === 'boolean') { return exact(String(value).length); }
  if (Array.isArray(value)) {
    const items = value.map(sizeOf);
    return items.reduce(add, exact(2 + Math.max(0, items.length - 1)));
  }
  if (typeof value === 'object') {
    if (isIntrinsicObject(value)) { return add(stringContent(value), exact(2)); }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const items = entries.map(([k, v]) => add(exact(JSON.stringify(k).length + 1), sizeOf(v)));
    return items.reduce(add, exact(2 + Math.max(0, items.length - 1)));
  }
  return exact(0);
}
