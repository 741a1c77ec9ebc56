import { CompiledStatement, PolicyKindId, candidates, compilePolicy } from './compile';
import { ConditionOutcomeData, evaluateCondition } from './conditions';
import { buildContext } from './context';
import { ContextMap, Trace, matcherFor, tracedTest } from './glob';
import { PrincipalMatch, RequestPrincipal, matchPrincipal } from './principals';
import { Val, sameVal, splitVal, toVal } from './values';

/*
 * The decision, as the IAM policy evaluation logic documents it:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * 1. An explicit Deny in any applicable policy wins.
 * 2. Service control policies (when supplied): every level must allow.
 * 3. Same account: a resource-based policy that names the user, the role session, a service or
 *    a federated principal allows on its own; one that names the role ARN allows only within the
 *    role's permissions boundary and session policies; one that names the account delegates to
 *    identity-based policies. Otherwise an identity-based allow, within the boundary and session
 *    policies, is required.
 * 4. Cross account: the identity side (within boundary and session policies) AND the
 *    resource-based policy must both allow.
 * When the principal's or the resource's account is unresolved and they are not the same token,
 * both readings are computed; when they disagree the same-account answer is returned and the
 * result says it depends on an unresolved value.
 */

/** One policy taking part in a decision. */
export interface EvalPolicy {
  readonly kind: PolicyKindId;
  /** Construct path, ARN or a description of where the document comes from. */
  readonly source: string;
  readonly document: unknown;
}

/** Everything known about the policies in effect. */
export interface EvalInput {
  readonly identity?: readonly EvalPolicy[];
  readonly resource?: readonly EvalPolicy[];
  readonly boundary?: readonly EvalPolicy[];
  readonly session?: readonly EvalPolicy[];
  /** Each inner list is one level of the organization (root, OU, account); each must allow. */
  readonly scpLevels?: readonly (readonly EvalPolicy[])[];
}

/** The request. */
export interface EvalRequest {
  readonly principal: RequestPrincipal;
  readonly action: string;
  readonly resource: unknown;
  readonly context?: { [key: string]: unknown };
  /** The account that owns the resource, when the ARN does not say. */
  readonly resourceAccount?: unknown;
}

/** Why: one statement that matched (or matched except for its conditions). */
export interface ReasonData {
  readonly kind: PolicyKindId;
  readonly source: string;
  readonly statement: string;
  readonly effect: 'Allow' | 'Deny';
  /** The statement applies to the request (its conditions, if any, all passed). */
  readonly applied: boolean;
  readonly conditions: ConditionOutcomeData[];
  readonly principalMatch?: PrincipalMatch;
  /** Matching this statement compared an unresolved value. */
  readonly uncertain?: boolean;
}

/** Something the caller should know; never thrown. */
export interface DiagnosticData {
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly source?: string;
}

/** The decision values. */
export type DecisionId = 'ALLOW' | 'EXPLICIT_DENY' | 'IMPLICIT_DENY';

/** The answer, as data. */
export interface EvalResult {
  readonly decision: DecisionId;
  readonly summary: string;
  readonly reasons: ReasonData[];
  readonly diagnostics: DiagnosticData[];
  readonly dependsOnUnresolved: boolean;
}

interface SetResult {
  present: boolean;
  /** An Allow / Deny statement did not match only because of an unresolved comparison. */
  uncertainAllow: boolean;
  uncertainDeny: boolean;
  readonly allows: ReasonData[];
  readonly denies: ReasonData[];
  readonly misses: ReasonData[];
}

/** Decide a request. Never throws for any policy content. */
export function evaluate(input: EvalInput, request: EvalRequest): EvalResult {
  const req = { ...request, principal: normalizePrincipal(request.principal) };
  const trace: Trace = { unresolved: false, notes: [] };
  const diagnostics: DiagnosticData[] = [];
  const ctx = buildContext(req.context, req.principal);
  const action = req.action.toLowerCase();
  const resource = toVal(req.resource) ?? '';
  const run = (policies: readonly EvalPolicy[] | undefined) =>
    evaluateSet(policies ?? [], req.principal, action, resource, ctx, trace, diagnostics);
  const sets = {
    identity: run(input.identity),
    resource: run(input.resource),
    boundary: run(input.boundary),
    session: run(input.session),
    scps: (input.scpLevels ?? []).map(run),
  };
  const relation = accountRelation(req.principal.account, resourceAccountOf(req, resource));
  const outcome = decide(sets, req.principal, relation !== 'cross');
  let depends = false;
  if (relation === 'unknown') {
    const other = decide(sets, req.principal, false);
    depends = other.decision !== outcome.decision;
  }
  if (trace.notes.length > 0) {
    for (const note of new Set(trace.notes)) { diagnostics.push({ severity: 'info', code: 'VariableNotSubstituted', message: note }); }
  }
  const all = sets.scps.length > 0 ? [sets.identity, sets.resource, sets.boundary, sets.session, ...sets.scps]
    : [sets.identity, sets.resource, sets.boundary, sets.session];
  const denies = collect(all, 'denies');
  const allows = collect(all, 'allows');
  const misses = collect(all, 'misses');
  const reasons = denies.concat(allows, misses);
  depends = depends || dependsOnUnresolved(outcome.decision, all, denies, allows);
  return { decision: outcome.decision, summary: outcome.summary, reasons, diagnostics, dependsOnUnresolved: depends };
}

function collect(sets: SetResult[], which: 'allows' | 'denies' | 'misses'): ReasonData[] {
  const out: ReasonData[] = [];
  for (const s of sets) { for (const r of s[which]) { out.push(r); } }
  return out;
}

/**
 * Whether an unresolved comparison could change the decision: for ALLOW, a Deny that might
 * apply or an allow that is itself uncertain; for EXPLICIT_DENY, only uncertain denies; for
 * IMPLICIT_DENY, an Allow that might apply.
 */
function dependsOnUnresolved(decision: DecisionId, sets: SetResult[], denies: ReasonData[], allows: ReasonData[]): boolean {
  switch (decision) {
    case 'ALLOW': return sets.some(s => s.uncertainDeny) || allows.every(r => r.uncertain);
    case 'EXPLICIT_DENY': return denies.every(r => r.uncertain);
    case 'IMPLICIT_DENY': return sets.some(s => s.uncertainAllow);
  }
}

const normalized = new WeakMap<RequestPrincipal, RequestPrincipal>();

/** Principal fields may arrive as raw strings with token markers: read them as values (once per principal object). */
function normalizePrincipal(p: RequestPrincipal): RequestPrincipal {
  let n = normalized.get(p);
  if (!n) { n = readPrincipal(p); normalized.set(p, n); }
  return n;
}

function readPrincipal(p: RequestPrincipal): RequestPrincipal {
  const read = (x: unknown): Val | undefined => x === undefined ? undefined : Array.isArray(x) ? x as Val : toVal(x);
  return { type: p.type, arn: read(p.arn), account: read(p.account), sessionArn: read(p.sessionArn), id: read(p.id) };
}

function decide(sets: { identity: SetResult; resource: SetResult; boundary: SetResult; session: SetResult; scps: SetResult[] },
  p: RequestPrincipal, sameAccount: boolean): { decision: DecisionId; summary: string } {
  const everything = [sets.identity, sets.resource, sets.boundary, sets.session, ...sets.scps];
  const deny = everything.find(s => s.denies.length > 0);
  if (deny) { return { decision: 'EXPLICIT_DENY', summary: `explicitly denied by ${describe(deny.denies[0])}` }; }
  const scpGap = sets.scps.findIndex(s => s.allows.length === 0);
  if (scpGap >= 0) { return implicit(`no service control policy at level ${scpGap + 1} allows the action`); }
  const boundaryOk = !sets.boundary.present || sets.boundary.allows.length > 0;
  const sessionOk = !sets.session.present || sets.session.allows.length > 0;
  const identityOk = sets.identity.allows.length > 0 && boundaryOk && sessionOk;
  const matches = new Set(sets.resource.allows.map(r => r.principalMatch));
  if (sameAccount) {
    const alone = matches.has('session') || matches.has('service') || matches.has('federated')
      || (p.type !== 'role' && (matches.has('arn') || matches.has('everyone')));
    if (alone) { return allow(`allowed by ${describe(sets.resource.allows.find(r => r.principalMatch !== 'account')!)}`); }
    const viaRole = p.type === 'role' && (matches.has('arn') || matches.has('everyone'));
    if (viaRole && boundaryOk && sessionOk) { return allow(`allowed by ${describe(sets.resource.allows[0])}`); }
    if (identityOk) { return allow(`allowed by ${describe(sets.identity.allows[0])}`); }
    if (sets.identity.allows.length > 0 || viaRole) { return implicit(limitGap(boundaryOk)); }
    return implicit('no identity-based or resource-based policy allows the action on the resource');
  }
  if (!identityOk) {
    if (sets.identity.allows.length > 0) { return implicit(limitGap(boundaryOk)); }
    return implicit('cross-account access: no identity-based policy allows the action');
  }
  if (sets.resource.allows.length === 0) {
    return implicit('cross-account access: the resource-based policy of the resource account does not allow the principal');
  }
  return allow(`allowed by ${describe(sets.identity.allows[0])} and ${describe(sets.resource.allows[0])} (cross-account)`);
}

function limitGap(boundaryOk: boolean): string {
  return boundaryOk ? 'no session policy allows the action' : 'the permissions boundary does not allow the action';
}

function allow(summary: string) { return { decision: 'ALLOW' as DecisionId, summary }; }
function implicit(summary: string) { return { decision: 'IMPLICIT_DENY' as DecisionId, summary }; }

function describe(r: ReasonData): string {
  return `${r.kind} policy '${r.source}' statement ${r.statement}`;
}

function resourceAccountOf(req: EvalRequest, resource: Val): Val | undefined {
  if (req.resourceAccount !== undefined) { return toVal(req.resourceAccount); }
  if (typeof resource === 'string') {
    // arn:partition:service:region:account:...
    if (!resource.startsWith('arn:')) { return undefined; }
    let at = 3;
    for (let i = 0; i < 3 && at >= 0; i++) { at = resource.indexOf(':', at + 1); }
    const end = at >= 0 ? resource.indexOf(':', at + 1) : -1;
    return end > at + 1 ? resource.slice(at + 1, end) : undefined;
  }
  const f = splitVal(resource, 6);
  if (f.length === 6 && f[0] === 'arn' && f[4] !== '') { return f[4]; }
  return undefined;
}

function accountRelation(a: Val | undefined, b: Val | undefined): 'same' | 'cross' | 'unknown' {
  if (a === undefined || b === undefined || sameVal(a, b)) { return 'same'; }
  if (typeof a === 'string' && typeof b === 'string') { return 'cross'; }
  return 'unknown';
}

function evaluateSet(policies: readonly EvalPolicy[], p: RequestPrincipal, action: string, resource: Val,
  ctx: ContextMap, trace: Trace, diagnostics: DiagnosticData[]): SetResult {
  const result: SetResult = { present: false, allows: [], denies: [], misses: [], uncertainAllow: false, uncertainDeny: false };
  if (policies.length === 0) { return result; }
  let present = false;
  for (const policy of policies) {
    const compiled = compilePolicy(policy.document, policy.kind);
    if (compiled.problem) {
      diagnostics.push({ severity: 'error', code: 'MalformedPolicy', source: policy.source, message: `skipped ${policy.kind} policy '${policy.source}': ${compiled.problem}` });
      continue;
    }
    present = true;
    for (const st of candidates(compiled, action)) {
      trace.unresolved = false;
      const principalMatch = policy.kind === 'resource' ? principalOf(st, p, trace) : undefined;
      if ((policy.kind === 'resource' && !principalMatch)
        || !actionMatches(st, action, trace) || !resourceMatches(st, resource, ctx, trace)) {
        if (trace.unresolved) { if (st.effect === 'Deny') { result.uncertainDeny = true; } else { result.uncertainAllow = true; } }
        continue;
      }
      const conditions: ConditionOutcomeData[] = [];
      let applied = true;
      for (const c of st.conditions) {
        const outcome = evaluateCondition(c, ctx, trace);
        conditions.push(outcome);
        if (!outcome.passed) { applied = false; break; }
      }
      const reason: ReasonData = {
        kind: policy.kind,
        source: policy.source,
        statement: st.sid ? `'${st.sid}'` : `#${st.index}`,
        effect: st.effect,
        applied,
        conditions,
        principalMatch,
        uncertain: trace.unresolved,
      };
      if (!applied && trace.unresolved) { if (st.effect === 'Deny') { result.uncertainDeny = true; } else { result.uncertainAllow = true; } }
      (!applied ? result.misses : st.effect === 'Deny' ? result.denies : result.allows).push(reason);
    }
  }
  result.present = present;
  return result;
}

function principalOf(st: CompiledStatement, p: RequestPrincipal, trace: Trace): PrincipalMatch | undefined {
  if (st.principals) { return matchPrincipal(st.principals, p, trace); }
  return matchPrincipal(st.notPrincipals!, p, trace) ? undefined : 'everyone';
}

function actionMatches(st: CompiledStatement, action: string, trace: Trace): boolean {
  const list = st.actions ?? st.notActions!;
  let hit = false;
  for (let i = 0; i < list.length && !hit; i++) { hit = tracedTest(list[i], action, trace); }
  return st.actions ? hit : !hit;
}

function resourceMatches(st: CompiledStatement, resource: Val, ctx: ContextMap, trace: Trace): boolean {
  const list = st.resources ?? st.notResources;
  if (!list) { return true; }
  let hit = false;
  for (let i = 0; i < list.length && !hit; i++) {
    const m = matcherFor(list[i], ctx, trace, false);
    hit = m !== undefined && tracedTest(m, resource, trace);
  }
  return st.resources ? hit : !hit;
}
