import { CompiledCondition, compileConditions } from './conditions';
import { Matcher, Template, parseTemplate } from './glob';
import { PrincipalEntry, compilePrincipal } from './principals';
import { asList } from './values';

/*
 * Turning a policy document (IAM JSON) into compiled statements, once per document.
 *
 * Rule MalformedPolicy: IAM refuses to store a policy with a malformed element, so such a policy
 * never takes part in a real decision. The evaluator therefore skips the WHOLE policy (not just
 * the statement, which could wrongly drop a Deny and keep an Allow) and reports a diagnostic.
 * Malformed means: not an object with a Statement; an unknown Version; an Effect other than
 * "Allow"/"Deny"; not exactly one of Action/NotAction; for identity-side policies (identity,
 * boundary, session) not exactly one of Resource/NotResource, or a Principal present; for
 * resource-based policies not exactly one of Principal/NotPrincipal; a Condition with an unknown
 * operator or a value the operator cannot read; element values that are not strings.
 */

/** The policy types of the evaluation logic. */
export type PolicyKindId = 'identity' | 'resource' | 'boundary' | 'session' | 'scp';

/** A statement ready to evaluate. */
export interface CompiledStatement {
  readonly index: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  readonly actions?: readonly Matcher[];
  readonly notActions?: readonly Matcher[];
  /** Undefined with `notResources` undefined: the statement names no resource (resource policies, SCPs). */
  readonly resources?: readonly Template[];
  readonly notResources?: readonly Template[];
  readonly principals?: readonly PrincipalEntry[];
  readonly notPrincipals?: readonly PrincipalEntry[];
  readonly conditions: readonly CompiledCondition[];
  /** The service prefixes of the Action patterns, when every pattern has a literal one. */
  readonly actionPrefixes?: readonly string[];
}

/** A compiled document, or the reason it is skipped. */
export interface CompiledPolicy {
  readonly statements: readonly CompiledStatement[];
  readonly problem?: string;
  /**
   * Statements by the (lower-case) service prefix every one of their Action patterns starts
   * with; statements without such a prefix (NotAction, `*`, `s3*:...`, tokens) are under `''`.
   */
  readonly byService?: ReadonlyMap<string, readonly CompiledStatement[]>;
}

/** The statements that can match an action (lower-case): its service's, merged with the generic ones in order. */
export function candidates(policy: CompiledPolicy, action: string): readonly CompiledStatement[] {
  const index = policy.byService;
  if (!index) { return policy.statements; }
  const colon = action.indexOf(':');
  const specific = colon > 0 ? index.get(action.slice(0, colon)) : undefined;
  const generic = index.get('');
  if (!specific) { return generic ?? []; }
  if (!generic) { return specific; }
  const out: CompiledStatement[] = [];
  let i = 0;
  let j = 0;
  while (i < specific.length || j < generic.length) {
    const takeSpecific = j >= generic.length || (i < specific.length && specific[i].index < generic[j].index);
    if (takeSpecific) { out.push(specific[i++]); } else { out.push(generic[j++]); }
  }
  return out;
}

function serviceIndex(statements: readonly CompiledStatement[]): Map<string, CompiledStatement[]> {
  const index = new Map<string, CompiledStatement[]>();
  for (const st of statements) {
    const prefixes = new Set(st.actionPrefixes ?? ['']);
    for (const prefix of prefixes) {
      const list = index.get(prefix) ?? [];
      list.push(st);
      index.set(prefix, list);
    }
  }
  return index;
}

const SERVICE_PREFIX = /^([a-z0-9-]+):/;

const cache = new WeakMap<object, Map<string, CompiledPolicy>>();
const byContent = new Map<string, CompiledPolicy>();
const CONTENT_CACHE_SIZE = 1000;

/**
 * Compile (memoized per document object and policy kind, then by content, so that a document
 * rendered again to an equal JSON object is not compiled again).
 */
export function compilePolicy(doc: unknown, kind: PolicyKindId): CompiledPolicy {
  const group = kind === 'resource' ? 'resource' : kind === 'scp' ? 'scp' : 'identity';
  if (typeof doc !== 'object' || doc === null) { return { statements: [], problem: 'the policy is not a JSON object' }; }
  let perKind = cache.get(doc);
  if (!perKind) { perKind = new Map(); cache.set(doc, perKind); }
  let compiled = perKind.get(group);
  if (!compiled) {
    compiled = compileByContent(doc as Record<string, unknown>, group);
    perKind.set(group, compiled);
  }
  return compiled;
}

function compileByContent(doc: Record<string, unknown>, group: string): CompiledPolicy {
  // Only plain JSON is cached by content: unresolved objects (tokens) are compared by identity.
  let plain = true;
  let key: string;
  try {
    key = `${group}:${JSON.stringify(doc, function (this: any, k: string, v: unknown) {
      const original = this[k];
      if (typeof original === 'object' && original !== null && !Array.isArray(original)) {
        const proto = Object.getPrototypeOf(original);
        if (proto !== Object.prototype && proto !== null) { plain = false; }
      }
      return v;
    })}`;
  } catch {
    return compileUncached(doc, group);
  }
  if (!plain) { return compileUncached(doc, group); }
  const hit = byContent.get(key);
  if (hit) { return hit; }
  const compiled = compileUncached(doc, group);
  if (byContent.size >= CONTENT_CACHE_SIZE) { byContent.delete(byContent.keys().next().value!); }
  byContent.set(key, compiled);
  return compiled;
}

function compileUncached(doc: Record<string, unknown>, group: string): CompiledPolicy {
  const version = doc.Version;
  if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') {
    return { statements: [], problem: `unknown policy Version '${String(version)}'; use '2012-10-17'` };
  }
  // Policy variables exist only in version 2012-10-17; in older documents `${...}` is literal text.
  const variables = version === '2012-10-17';
  const raw = doc.Statement;
  if (raw === undefined || raw === null || typeof raw !== 'object') { return { statements: [], problem: 'the policy has no Statement' }; }
  const statements: CompiledStatement[] = [];
  const list = asList(raw);
  for (let i = 0; i < list.length; i++) {
    const s = compileStatement(list[i], i, group, variables);
    if (typeof s === 'string') { return { statements: [], problem: `statement ${describe(list[i], i)}: ${s}` }; }
    statements.push(s);
  }
  return { statements, byService: serviceIndex(statements) };
}

function describe(s: unknown, i: number): string {
  const sid = typeof s === 'object' && s !== null ? (s as any).Sid : undefined;
  return typeof sid === 'string' && sid ? `'${sid}'` : `#${i}`;
}

function compileStatement(s: unknown, index: number, group: string, variables: boolean): CompiledStatement | string {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) { return 'a statement must be an object'; }
  const st = s as Record<string, unknown>;
  if (st.Effect !== 'Allow' && st.Effect !== 'Deny') { return `Effect must be 'Allow' or 'Deny', got '${String(st.Effect)}'`; }
  if ((st.Action === undefined) === (st.NotAction === undefined)) { return 'exactly one of Action and NotAction is required'; }
  const hasResource = st.Resource !== undefined || st.NotResource !== undefined;
  if (st.Resource !== undefined && st.NotResource !== undefined) { return 'Resource and NotResource cannot both be present'; }
  const hasPrincipal = st.Principal !== undefined || st.NotPrincipal !== undefined;
  if (group === 'resource') {
    if (!hasPrincipal || (st.Principal !== undefined && st.NotPrincipal !== undefined)) { return 'a resource-based policy statement needs exactly one of Principal and NotPrincipal'; }
  } else {
    if (hasPrincipal) { return 'Principal and NotPrincipal are not allowed in this kind of policy'; }
    if (group === 'identity' && !hasResource) { return 'exactly one of Resource and NotResource is required'; }
  }
  const actions = compileActions(st.Action);
  const notActions = compileActions(st.NotAction);
  const resources = compileResources(st.Resource, variables);
  const notResources = compileResources(st.NotResource, variables);
  const principals = compilePrincipal(st.Principal);
  const notPrincipals = compilePrincipal(st.NotPrincipal);
  const conditions = compileConditions(st.Condition, variables);
  for (const part of [actions, notActions, resources, notResources, principals, notPrincipals, conditions]) {
    if (typeof part === 'string') { return part; }
  }
  const prefixes = Array.isArray(st.Action) || typeof st.Action === 'string'
    ? asList(st.Action).map(a => typeof a === 'string' ? SERVICE_PREFIX.exec(a.toLowerCase())?.[1] : undefined)
    : [undefined];
  return {
    actionPrefixes: prefixes.every(x => x !== undefined) ? prefixes as string[] : undefined,
    index,
    sid: typeof st.Sid === 'string' && st.Sid ? st.Sid : undefined,
    effect: st.Effect,
    actions: actions as Matcher[] | undefined,
    notActions: notActions as Matcher[] | undefined,
    resources: resources as Template[] | undefined,
    notResources: notResources as Template[] | undefined,
    principals: principals as PrincipalEntry[] | undefined,
    notPrincipals: notPrincipals as PrincipalEntry[] | undefined,
    conditions: conditions as CompiledCondition[],
  };
}

function compileActions(x: unknown): Matcher[] | string | undefined {
  if (x === undefined) { return undefined; }
  const out: Matcher[] = [];
  for (const a of asList(x)) {
    // Actions are case-insensitive and never contain policy variables.
    const t = parseTemplate(a, { wildcards: true, variables: false, ignoreCase: true });
    if (!t) { return `action ${JSON.stringify(a)} is not a string`; }
    out.push(t.matcher!);
  }
  return out;
}

function compileResources(x: unknown, variables: boolean): Template[] | string | undefined {
  if (x === undefined) { return undefined; }
  const out: Template[] = [];
  for (const r of asList(x)) {
    // Resource ARNs are case-sensitive and may contain policy variables.
    const t = parseTemplate(r, { wildcards: true, variables, ignoreCase: false });
    if (!t) { return `resource ${JSON.stringify(r)} is not a string`; }
    out.push(t);
  }
  return out;
}
