/*
 * Readable text of a value resolved in its stack (a resource, an ARN): CloudFormation references
 * in Fn::Sub notation (`${AWS::Partition}`, `${MyBucketF68F3FF0}`, `${Worker11F36D0F.Arn}`),
 * Fn::Join concatenated, other intrinsics as `${Name(argument, ...)}`. For people (Markdown, messages);
 * the engine keeps reading the values themselves.
 */

/** The readable text of a resolved value. */
export function displayValue(x: unknown): string {
  if (typeof x === 'string') { return x; }
  if (typeof x === 'number' || typeof x === 'boolean') { return String(x); }
  if (x === null || x === undefined) { return String(x); }
  if (Array.isArray(x)) { return `[${x.map(displayValue).join(', ')}]`; }
  if (typeof x !== 'object') { return String(x); }
  if (Object.getPrototypeOf(x) !== Object.prototype) { return '<unresolved>'; }
  const keys = Object.keys(x);
  if (keys.length !== 1) { return json(x); }
  const key = keys[0];
  const arg = (x as Record<string, unknown>)[key];
  return intrinsic(key, arg) ?? json(x);
}

function intrinsic(name: string, arg: unknown): string | undefined {
  switch (name) {
    case 'Ref':
      return typeof arg === 'string' ? `\${${arg}}` : undefined;
    case 'Fn::GetAtt':
      if (typeof arg === 'string') { return `\${${arg}}`; }
      return Array.isArray(arg) && arg.length === 2 && arg.every(a => typeof a === 'string') ? `\${${arg[0]}.${arg[1]}}` : undefined;
    case 'Fn::Join':
      return Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && Array.isArray(arg[1])
        ? (arg[1] as unknown[]).map(displayValue).join(arg[0]) : undefined;
    case 'Fn::Sub':
      return sub(arg);
    default:
      if (!name.startsWith('Fn::')) { return undefined; }
      return `\${${name.slice(4)}(${(Array.isArray(arg) ? arg : [arg]).map(argText).join(', ')})}`;
  }
}

/** `Fn::Sub` as written, with its variables map (when given) substituted. */
function sub(arg: unknown): string | undefined {
  if (typeof arg === 'string') { return arg; }
  if (!Array.isArray(arg) || typeof arg[0] !== 'string') { return undefined; }
  const vars = (arg[1] ?? {}) as Record<string, unknown>;
  return arg[0].replace(/\$\{([^!}][^}]*)\}/g, (whole, v: string) => v in vars ? displayValue(vars[v]) : whole);
}

function argText(x: unknown): string {
  return typeof x === 'string' ? `'${x}'` : displayValue(x);
}

function json(x: unknown): string {
  try {
    return JSON.stringify(x);
  } catch {
    return '<unresolved>';
  }
}
