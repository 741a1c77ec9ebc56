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

/*
 * The walk below adds into two running totals instead of building a { min, max } object per JSON
 * node: documents are walked once per synth, and the objects (plus a JSON.stringify per string
 * to count its escaped length) made the first validation of a large app spend a fifth of its
 * rule time here.
 */
let accMin = 0;
let accMax = 0;

/** Characters JSON needs to escape (counted by JSON.stringify when present). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The length of a string's JSON form without its quotes. */
function escapedLength(s: string): number {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s).length - 2 : s.length;
}

/** Add the characters of the content of a string value (no quotes). */
function addStringContent(value: unknown): void {
  if (typeof value === 'string') {
    if (!value.includes('${Token[')) { accMin += escapedLength(value); accMax += escapedLength(value); return; }
    const tokens = value.match(TOKEN)?.length ?? 0;
    const literal = escapedLength(value.replace(TOKEN, ''));
    accMin += literal + tokens * UNKNOWN_VALUE.min;
    accMax += literal + tokens * UNKNOWN_VALUE.max;
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean') { const n = String(value).length; accMin += n; accMax += n; return; }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const [fn] = Object.keys(value);
    const arg = (value as Record<string, unknown>)[fn];
    if (fn === 'Ref' && typeof arg === 'string' && PSEUDO[arg]) { accMin += PSEUDO[arg].min; accMax += PSEUDO[arg].max; return; }
    if (fn === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
      const parts = arg[1] as unknown[];
      const sep = Math.max(0, parts.length - 1) * escapedLength(arg[0]);
      accMin += sep;
      accMax += sep;
      for (const part of parts) { addStringContent(part); }
      return;
    }
    if (fn === 'Fn::Sub') {
      const template = Array.isArray(arg) ? arg[0] : arg;
      if (typeof template === 'string') {
        const vars = template.match(/\$\{(?!!)[^}]*\}/g) ?? [];
        const literal = escapedLength(template.replace(/\$\{(?!!)[^}]*\}/g, ''));
        accMin += literal;
        accMax += literal;
        for (const v of vars) { const b = PSEUDO[v.slice(2, -1)] ?? UNKNOWN_VALUE; accMin += b.min; accMax += b.max; }
        return;
      }
    }
    if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3) {
      const a = stringContent(arg[1]);
      const b = stringContent(arg[2]);
      accMin += Math.min(a.min, b.min);
      accMax += Math.max(a.max, b.max);
      return;
    }
  }
  accMin += UNKNOWN_VALUE.min;
  accMax += UNKNOWN_VALUE.max;
}

/** The bounds of one string value's content, apart from the running totals. */
function stringContent(value: unknown): SizeBounds {
  const [min, max] = [accMin, accMax];
  accMin = 0;
  accMax = 0;
  addStringContent(value);
  const out = { min: accMin, max: accMax };
  accMin = min;
  accMax = max;
  return out;
}

function isIntrinsicObject(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** Add the size of a JSON value to the running totals. */
function addSize(value: unknown): void {
  if (value === undefined) { return; }
  if (value === null) { accMin += 4; accMax += 4; return; }
  if (typeof value === 'string') { addStringContent(value); accMin += 2; accMax += 2; return; }
  if (typeof value === 'number' || typeof value === 'boolean') { const n = String(value).length; accMin += n; accMax += n; return; }
  if (Array.isArray(value)) {
    const frame = 2 + Math.max(0, value.length - 1);
    accMin += frame;
    accMax += frame;
    for (const item of value) { addSize(item); }
    return;
  }
  if (typeof value === 'object') {
    if (isIntrinsicObject(value)) { addStringContent(value); accMin += 2; accMax += 2; return; }
    let count = 0;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) { continue; }
      count++;
      // "key": is the key's JSON form plus the colon
      const k = escapedLength(key) + 3;
      accMin += k;
      accMax += k;
      addSize(v);
    }
    const frame = 2 + Math.max(0, count - 1);
    accMin += frame;
    accMax += frame;
  }
}

/** The size bounds of a JSON value as IAM counts it. */
export function sizeOf(value: unknown): SizeBounds {
  accMin = 0;
  accMax = 0;
  addSize(value);
  return { min: accMin, max: accMax };
}
