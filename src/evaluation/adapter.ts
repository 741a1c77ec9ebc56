import { App, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { PolicyDocument } from '../policy/policy-document';
import type { IGrantable, IPrincipal } from '../policy/principal';
import { displayValue } from './private/display';
import type { DiagnosticData, EvalPolicy } from './private/engine';
import type { RequestPrincipal } from './private/principals';
import { GraphPolicy, IPolicyGraphNode, PolicyGraphNodeInfo, graphNodeOf, isPolicyGraphNode } from '../policy/private/graph';

/*
 * The one file of the evaluation layer that touches constructs: it reads the principal/statement
 * graph (src/policy/private/graph.ts) and turns it into the engine's plain JSON input. Documents
 * are rendered with `toJSON()` (which does not freeze them) and resolved in the principal's stack
 * so that tokens become CloudFormation intrinsics the engine compares symbolically.
 */

/** What the evaluator knows about a principal. */
export interface Subject {
  /** Construct path or description. */
  readonly label: string;
  /** `role`, `user`, `group`, ... as the graph says, or `principal`. */
  readonly identityType: string;
  readonly principal: RequestPrincipal;
  readonly identity: EvalPolicy[];
  readonly boundary: EvalPolicy[];
  /** Statements that grants of this app wrote to resource policies, naming this principal. */
  readonly grantResourcePolicies: EvalPolicy[];
  readonly diagnostics: DiagnosticData[];
  /** Resolve a value in the principal's stack (identity when there is none). */
  readonly resolve: (x: unknown) => unknown;
  /** What the subject was read from: documents and their statement counts (see `readSubject`). */
  readonly fingerprint: readonly unknown[];
}

/**
 * Read a grantable: a graph node of this library (or of a registered foreign graph view, such as an
 * aws-cdk-lib role), or any IGrantable/IPrincipal.
 *
 * When `previous` was read from the same documents with the same statement counts, it is
 * returned as is (rendering and resolving documents is the expensive part of a check).
 */
export function readSubject(grantable: IGrantable, previous?: Subject): Subject {
  // our identities, or an aws-cdk-lib role read through its registered graph view (fn.role!)
  const node = graphNodeOf(grantable) ?? graphNodeOf(safe(() => grantable.grantPrincipal));
  if (node) {
    const info = node._graphNodeInfo();
    if (previous && sameFingerprint(previous.fingerprint, info)) { return previous; }
    return fromGraph(info, resolverFor((node as any).node ? node : grantable), fingerprintOf(info));
  }
  if (previous) { return previous; }
  return fromPrincipal(safe(() => grantable.grantPrincipal) ?? grantable as IPrincipal, resolverFor(grantable));
}

function fingerprintOf(info: PolicyGraphNodeInfo): unknown[] {
  const out: unknown[] = [info.arn, info.account, info.grants.length];
  for (const p of [...info.identityPolicies, info.permissionsBoundary]) {
    out.push(p?.document, p?.document?.statementCount, p?.arn);
  }
  return out;
}

/** `sameList(fingerprint, fingerprintOf(info))` without building the list (a reused check compares on every call). */
function sameFingerprint(fingerprint: readonly unknown[], info: PolicyGraphNodeInfo): boolean {
  const policies = info.identityPolicies;
  if (fingerprint.length !== 3 + 3 * (policies.length + 1)
    || fingerprint[0] !== info.arn || fingerprint[1] !== info.account || fingerprint[2] !== info.grants.length) {
    return false;
  }
  for (let i = 0; i <= policies.length; i++) {
    const p = i < policies.length ? policies[i] : info.permissionsBoundary;
    const at = 3 + 3 * i;
    if (fingerprint[at] !== p?.document || fingerprint[at + 1] !== p?.document?.statementCount || fingerprint[at + 2] !== p?.arn) {
      return false;
    }
  }
  return true;
}

/** Every identity of this library in the construct tree under `scope` (scope included). */
export function graphSubjects(scope: IConstruct): Subject[] {
  const nodes = scope.node.findAll().filter(c => isPolicyGraphNode(c)) as unknown as IPolicyGraphNode[];
  return nodes.map(n => {
    const info = n._graphNodeInfo();
    return fromGraph(info, resolverFor(n), fingerprintOf(info));
  });
}

/** Render a document for the engine; a diagnostic instead when it cannot be rendered. */
export function renderDocument(doc: PolicyDocument, resolve: (x: unknown) => unknown, source: string, diagnostics: DiagnosticData[]): unknown {
  try {
    return resolve(doc.toJSON()) ?? { Version: '2012-10-17', Statement: [] };
  } catch (e) {
    diagnostics.push({ severity: 'error', code: 'PolicyNotRenderable', source, message: `skipped policy '${source}': it could not be rendered (${(e as Error).message})` });
    return undefined;
  }
}

function fromGraph(info: PolicyGraphNodeInfo, resolve: (x: unknown) => unknown, fingerprint: unknown[]): Subject {
  const diagnostics: DiagnosticData[] = [];
  const identity: EvalPolicy[] = [];
  for (const p of info.identityPolicies) {
    const doc = documentOf(p, resolve, diagnostics);
    if (doc !== undefined) { identity.push({ kind: 'identity', source: p.source, document: doc }); }
  }
  const boundary: EvalPolicy[] = [];
  if (info.permissionsBoundary) {
    const doc = documentOf(info.permissionsBoundary, resolve, diagnostics);
    if (doc !== undefined) { boundary.push({ kind: 'boundary', source: info.permissionsBoundary.source, document: doc }); }
  }
  const grantResourcePolicies: EvalPolicy[] = [];
  for (const g of info.grants) {
    if (g.landing === 'nowhere') {
      diagnostics.push({ severity: 'info', code: 'GrantLandedNowhere', source: g.grantee, message: `a grant of [${g.actions.join(', ')}] to '${g.grantee}' was not written to any policy${g.reason ? ` (${g.reason})` : ''}` });
    }
    if (g.resourceStatement && (g.landing === 'resource' || g.landing === 'both')) {
      const source = `resource policy statement of a grant to '${g.grantee}'`;
      try {
        const statement = resolve(g.resourceStatement.toStatementJson());
        grantResourcePolicies.push({ kind: 'resource', source, document: { Version: '2012-10-17', Statement: [statement] } });
      } catch (e) {
        diagnostics.push({ severity: 'error', code: 'PolicyNotRenderable', source, message: `skipped ${source}: ${(e as Error).message}` });
      }
    }
  }
  const type = /role/i.test(info.identityType) ? 'role' : 'user';
  if (/group/i.test(info.identityType)) {
    diagnostics.push({ severity: 'info', code: 'GroupEvaluatedAsMember', source: info.path, message: `'${info.path}' is a group: evaluated as a user that is a member of it` });
  }
  const principal: RequestPrincipal = {
    type,
    arn: type === 'user' && /group/i.test(info.identityType) ? undefined : resolve(info.arn) as any,
    account: info.account === undefined ? undefined : resolve(info.account) as any,
  };
  return {
    label: info.path, identityType: info.identityType, principal, identity, boundary, grantResourcePolicies, diagnostics, resolve, fingerprint,
  };
}

function documentOf(p: GraphPolicy, resolve: (x: unknown) => unknown, diagnostics: DiagnosticData[]): unknown {
  if (!p.document) {
    const what = p.kind === 'boundary' ? 'permissions boundary' : 'managed policy';
    const shown = p.arn !== undefined ? displayArn(p.arn, resolve) : p.source;
    diagnostics.push({
      severity: 'warning',
      code: p.kind === 'boundary' ? 'BoundaryNotVisible' : 'ManagedPolicyNotVisible',
      source: shown,
      message: `the document of ${what} '${shown}' is not known in this app; what it ${p.kind === 'boundary' ? 'limits' : 'allows or denies'} is not part of the answer`,
    });
    return undefined;
  }
  return renderDocument(p.document, resolve, p.source, diagnostics);
}

function fromPrincipal(p: IPrincipal, resolve: (x: unknown) => unknown): Subject {
  const diagnostics: DiagnosticData[] = [];
  const fragment = safe(() => p.policyFragment.principalJson) ?? {};
  const label = String(safe(() => p.toString()) ?? 'principal');
  let principal: RequestPrincipal = { type: 'unknown', account: p.principalAccount === undefined ? undefined : resolve(p.principalAccount) as any };
  const aws = fragment.AWS?.[0];
  if (fragment.Service?.[0] !== undefined) {
    principal = { type: 'service', id: resolve(fragment.Service[0]) as any };
  } else if (fragment.Federated?.[0] !== undefined) {
    principal = { type: 'federated', id: resolve(fragment.Federated[0]) as any };
  } else if (aws !== undefined) {
    const type = /:role\//.test(aws) ? 'role' : /:user\//.test(aws) ? 'user' : 'unknown';
    principal = { ...principal, type, arn: resolve(aws) as any };
  }
  if (principal.type !== 'service' && principal.type !== 'federated') {
    diagnostics.push({
      severity: 'warning',
      code: 'IdentityPoliciesNotVisible',
      source: label,
      message: `'${label}' is not an identity of cdk-iam-kit, so its identity-based policies and permissions boundary are not visible; only the policies passed in the options are evaluated`,
    });
  }
  return { label, identityType: 'principal', principal, identity: [], boundary: [], grantResourcePolicies: [], diagnostics, resolve, fingerprint: [] };
}

let detachedStack: Stack | undefined;

/**
 * Resolve in the principal's stack; principals outside any stack (e.g. a ServicePrincipal, whose
 * name is a region-dependent token) resolve in a detached, environment-agnostic stack.
 */
function resolverFor(x: unknown): (v: unknown) => unknown {
  let stack = safe(() => (x as any)?.node ? Stack.of(x as IConstruct) : undefined);
  if (!stack) {
    detachedStack ??= new Stack(new App(), 'CdkIamKitAccessCheck');
    stack = detachedStack;
  }
  const s = stack;
  return v => s.resolve(v);
}

/** An ARN resolved in the principal's stack, in Fn::Sub notation (`arn:${AWS::Partition}:iam::aws:policy/X`). */
function displayArn(arn: string, resolve: (x: unknown) => unknown): string {
  try {
    return displayValue(resolve(arn));
  } catch {
    return arn;
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
