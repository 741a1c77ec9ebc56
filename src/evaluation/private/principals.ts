import { Trace } from './glob';
import { Val, asList, sameVal, splitVal, toVal } from './values';

/*
 * The Principal / NotPrincipal elements of resource-based policies.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 *
 * `*` (or `{"AWS": "*"}`) is everyone. An account (12 digits or `arn:...:iam::ACCOUNT:root`)
 * names the account: it delegates to that account, whose identities still need an identity-based
 * allow. A role ARN matches sessions of that role; a user ARN matches that user. Wildcards other
 * than a lone `*` are not supported by IAM in Principal and are compared literally.
 */

/** One principal named by a policy. */
export type PrincipalEntry =
  | { readonly type: 'everyone' }
  | { readonly type: 'account'; readonly account: Val; readonly text: Val }
  | { readonly type: 'arn'; readonly arn: Val }
  | { readonly type: 'service' | 'federated' | 'canonical'; readonly id: Val };

/** The principal making the request. */
export interface RequestPrincipal {
  /** `user`, `role` (a session of the role), `service`, `federated`, `anonymous` or `unknown`. */
  readonly type: string;
  readonly arn?: Val;
  readonly account?: Val;
  /** The assumed-role session ARN (`arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION`), when known. */
  readonly sessionArn?: Val;
  /** Service or federated provider id, for those principal types. */
  readonly id?: Val;
}

/** How a principal element matched. */
export type PrincipalMatch = 'everyone' | 'account' | 'arn' | 'session' | 'service' | 'federated';

const ACCOUNT = /^\d{12}$/;

/** Compile a Principal element; a string describes a malformed element. */
export function compilePrincipal(x: unknown): PrincipalEntry[] | string | undefined {
  if (x === undefined) { return undefined; }
  if (x === '*') { return [{ type: 'everyone' }]; }
  if (typeof x !== 'object' || x === null || Array.isArray(x)) { return `Principal ${JSON.stringify(x)} must be '*' or an object`; }
  const out: PrincipalEntry[] = [];
  for (const [type, values] of Object.entries(x as Record<string, unknown>)) {
    for (const raw of asList(values)) {
      const v = toVal(raw);
      if (v === undefined) { return `principal ${JSON.stringify(raw)} is not a string`; }
      switch (type) {
        case 'AWS': out.push(awsEntry(v)); break;
        case 'Service': out.push({ type: 'service', id: v }); break;
        case 'Federated': out.push({ type: 'federated', id: v }); break;
        case 'CanonicalUser': out.push({ type: 'canonical', id: v }); break;
        default: return `unknown principal type '${type}'; use AWS, Service, Federated or CanonicalUser`;
      }
    }
  }
  return out;
}

function awsEntry(v: Val): PrincipalEntry {
  if (v === '*') { return { type: 'everyone' }; }
  if (typeof v === 'string' && ACCOUNT.test(v)) { return { type: 'account', account: v, text: v }; }
  const f = splitVal(v, 6);
  if (f.length === 6 && f[0] === 'arn' && f[2] === 'iam' && f[5] === 'root') { return { type: 'account', account: f[4], text: v }; }
  return { type: 'arn', arn: v };
}

/** The first way the entries match the request principal, or undefined. */
export function matchPrincipal(entries: readonly PrincipalEntry[], p: RequestPrincipal, trace: Trace): PrincipalMatch | undefined {
  let best: PrincipalMatch | undefined;
  for (const e of entries) {
    const m = matchEntry(e, p, trace);
    // Prefer a match that names the principal itself over one through its account.
    if (m && (best === undefined || best === 'account')) { best = m; }
  }
  return best;
}

function matchEntry(e: PrincipalEntry, p: RequestPrincipal, trace: Trace): PrincipalMatch | undefined {
  switch (e.type) {
    case 'everyone': return 'everyone';
    case 'account':
      return p.account !== undefined && p.type !== 'service' && equal(e.account, p.account, trace) ? 'account' : undefined;
    case 'arn':
      if (p.sessionArn !== undefined && equal(e.arn, p.sessionArn, trace)) { return 'session'; }
      return p.arn !== undefined && equal(e.arn, p.arn, trace) ? 'arn' : undefined;
    case 'service':
      return p.type === 'service' && p.id !== undefined && equal(e.id, p.id, trace) ? 'service' : undefined;
    case 'federated':
      return p.type === 'federated' && p.id !== undefined && equal(e.id, p.id, trace) ? 'federated' : undefined;
    case 'canonical':
      return undefined;
  }
}

function equal(a: Val, b: Val, trace: Trace): boolean {
  const same = sameVal(a, b);
  if (!same && (typeof a !== 'string' || typeof b !== 'string')) { trace.unresolved = true; }
  return same;
}
