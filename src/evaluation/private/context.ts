import { ContextMap } from './glob';
import { RequestPrincipal } from './principals';
import { Val, splitVal, toVal } from './values';

/*
 * The request context: the keys a condition or a policy variable can read.
 * Keys are case-insensitive. Keys the principal implies (aws:PrincipalArn, aws:PrincipalAccount,
 * aws:PrincipalType, aws:username for IAM users, aws:PrincipalServiceName for services) are
 * filled in unless the caller supplies them. Nothing time- or network-dependent is invented:
 * supply aws:CurrentTime, aws:SourceIp, aws:SecureTransport yourself when a policy tests them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */

/** Build the context map from caller-supplied keys plus what the principal implies. */
export function buildContext(given: { [key: string]: unknown } | undefined, p: RequestPrincipal): ContextMap {
  let implied = impliedCache.get(p);
  if (!implied) { implied = impliedKeys(p); impliedCache.set(p, implied); }
  if (given === undefined) { return implied; }
  const ctx = new Map<string, Val[]>();
  for (const [key, raw] of Object.entries(given ?? {})) {
    const list = Array.isArray(raw) ? raw : [raw];
    const values: Val[] = [];
    for (const item of list) {
      const v = toVal(item);
      if (v !== undefined) { values.push(v); }
    }
    ctx.set(key.toLowerCase(), values);
  }
  for (const [key, values] of implied) {
    if (!ctx.has(key)) { ctx.set(key, values as Val[]); }
  }
  return ctx;
}

const impliedCache = new WeakMap<RequestPrincipal, ContextMap>();

/** The keys a principal implies. */
function impliedKeys(p: RequestPrincipal): ContextMap {
  const ctx = new Map<string, Val[]>();
  const implied = (key: string, v: Val | undefined) => {
    if (v !== undefined) { ctx.set(key, [v]); }
  };
  if (p.type === 'service') {
    implied('aws:principalservicename', p.id);
    return ctx;
  }
  implied('aws:principalarn', p.arn);
  implied('aws:principalaccount', p.account);
  implied('aws:principaltype', principalType(p.type));
  if (p.type === 'user' && typeof p.arn === 'string') {
    const f = splitVal(p.arn, 6);
    const name = f.length === 6 ? f[5] : undefined;
    if (typeof name === 'string' && name.startsWith('user/')) { implied('aws:username', name.slice(name.lastIndexOf('/') + 1)); }
  }
  return ctx;
}

function principalType(type: string): string | undefined {
  switch (type) {
    case 'user': return 'User';
    case 'role': return 'AssumedRole';
    case 'federated': return 'FederatedUser';
    case 'anonymous': return 'Anonymous';
    default: return undefined;
  }
}
