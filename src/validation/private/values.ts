/*
 * Reading policy values that may be only partly known before deploy.
 *
 * A value is either concrete JSON, a CDK token string (`${Token[...]}`) before resolution, or a
 * CloudFormation intrinsic (`{ "Ref": ... }`, `{ "Fn::Join": ... }`) after resolution. `render`
 * turns a value into a string in which every part known only at deploy time is replaced by
 * UNKNOWN, so rules can check the known parts and skip (never reject) the rest.
 */

/** Stands for a part of a string that is only known at deploy time. */
export const UNKNOWN = '\u0001';

const TOKEN_STRING = /\$\{Token\[[^\]]*\]\}/g;
const SUB_VARIABLE = /\$\{(?!!)[^}]*\}/g;

/** True when the rendered string contains no unknown part. */
export function isKnown(rendered: string | undefined): rendered is string {
  return rendered !== undefined && !rendered.includes(UNKNOWN);
}

/**
 * The value as a string with unknown parts replaced by UNKNOWN; UNKNOWN for a value that is
 * wholly unknown (a Ref, a GetAtt, a list token), undefined for a value that is not a string at all
 * (an object that is no intrinsic, an array).
 */
export function render(value: unknown): string | undefined {
  if (typeof value === 'string') { return value.includes('${Token[') ? value.replace(TOKEN_STRING, UNKNOWN) : value; }
  if (typeof value === 'number' || typeof value === 'boolean') { return String(value); }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) { return undefined; }
  const keys = Object.keys(value);
  if (keys.length !== 1) { return undefined; }
  const [fn] = keys;
  const arg = (value as Record<string, unknown>)[fn];
  if (fn === 'Fn::Join') { return renderJoin(arg); }
  if (fn === 'Fn::Sub') { return renderSub(arg); }
  if (fn === 'Ref' || fn.startsWith('Fn::')) { return UNKNOWN; }
  return undefined;
}

function renderJoin(arg: unknown): string {
  if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) { return UNKNOWN; }
  return arg[1].map((part) => render(part) ?? UNKNOWN).join(arg[0]);
}

function renderSub(arg: unknown): string {
  const template = Array.isArray(arg) ? arg[0] : arg;
  if (typeof template !== 'string') { return UNKNOWN; }
  return template.replace(SUB_VARIABLE, UNKNOWN).replace(/\$\{!/g, '${');
}

/** True when the value is a CloudFormation intrinsic object or a CDK token string. */
export function isIntrinsic(value: unknown): boolean {
  if (typeof value === 'string') { return value.includes('${Token['); }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) { return false; }
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/**
 * The elements of an IAM "string or list" field. A wholly unknown list (a list token or an
 * intrinsic) gives `undefined`: the caller cannot know the elements and must skip.
 */
export function elements(value: unknown): unknown[] | undefined {
  if (value === undefined) { return []; }
  if (Array.isArray(value)) { return value; }
  if (typeof value === 'string' && value.startsWith('#{Token[')) { return undefined; }
  if (isIntrinsic(value) && typeof value !== 'string') {
    const fn = Object.keys(value as object)[0];
    // a Join or Sub is one string; any other intrinsic may stand for a list
    return fn === 'Fn::Join' || fn === 'Fn::Sub' ? [value] : undefined;
  }
  return [value];
}

/** The known string elements of a field (unknown elements and unknown lists left out). */
export function knownStrings(value: unknown): string[] {
  return (elements(value) ?? []).filter((v): v is string => typeof v === 'string' && isKnown(render(v)));
}
