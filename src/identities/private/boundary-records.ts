import { AspectPriority, CfnResource, DefaultStackSynthesizer, FeatureFlags, Stack, Stage, Token, cx_api } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { PolicyDocument } from '../../policy/policy-document';
import type { GraphPolicy } from '../../policy/private/graph';

/*
 * Which permissions boundary ends up on an IAM role or user, computed from the model rather
 * than read back from the template, so that the policy graph (src/policy/private/graph.ts) can
 * report it before synthesis.
 *
 * Three sources set `PermissionsBoundary` on an `AWS::IAM::Role` / `AWS::IAM::User` resource:
 *   1. the identity's own `permissionsBoundary` prop (the resource property);
 *   2. the `@aws-cdk/core:permissionsBoundary` context, turned into an Aspect by every
 *      aws-cdk-lib `Stack` in its constructor (a property override);
 *   3. `PermissionsBoundary.of(scope).apply()/clear()` (src/boundary), also Aspects.
 * Aspects run per Stage, from the Stage down to the resource, sorted by priority; at equal
 * priority an inherited (outer) aspect runs before a local one, and aspects on one construct run
 * in the order they were added. The last override wins. This module replays that order.
 *
 * Internal: not jsii API. The writer is src/boundary; readers are the identities' graph nodes.
 */

/** CloudFormation types the boundary aspects touch. */
export const BOUNDARY_RESOURCE_TYPES: ReadonlySet<string> = new Set(['AWS::IAM::Role', 'AWS::IAM::User']);

/** The context key aws-cdk-lib's `Stack` reads (`PermissionsBoundary.fromName/fromArn` on a Stage or Stack set it). */
export const PERMISSIONS_BOUNDARY_CONTEXT_KEY = '@aws-cdk/core:permissionsBoundary';

const BOOTSTRAP_QUALIFIER_CONTEXT = '@aws-cdk/core:bootstrapQualifier';
const ENTRIES = Symbol.for('cdk-iam-kit.PermissionsBoundary.entries');

/** One `apply` or `clear` made at a scope. */
export interface BoundaryEntry {
  /** `apply` sets the boundary, `clear` removes it. */
  readonly kind: 'apply' | 'clear';
  /** The aspect priority the entry was added with. */
  readonly priority: number;
  /** The boundary policy ARN (may be a token); only for `apply`. */
  readonly arn?: string;
  /** Construct path of the boundary policy, or its ARN when it is not a construct of this app. */
  readonly source?: string;
  /** The boundary policy's document, when it is a managed policy defined in this app. */
  readonly document?: PolicyDocument;
}

/**
 * The priority that aws-cdk-lib gives its own boundary aspects: `AspectPriority.MUTATING` when the
 * `@aws-cdk/core:aspectPrioritiesMutating` feature flag is on, the default priority otherwise.
 */
export function boundaryAspectPriority(scope: IConstruct): number {
  return FeatureFlags.of(scope).isEnabled(cx_api.ASPECT_PRIORITIES_MUTATING)
    ? AspectPriority.MUTATING
    : AspectPriority.DEFAULT;
}

/**
 * How many entries were recorded so far, in this process: the stamp of the boundary cache below.
 * Kept under a global symbol, next to the entries, so that every copy of this module loaded in
 * the process (the entries are shared through `Symbol.for`) counts the same entries.
 */
const EPOCH = Symbol.for('cdk-iam-kit.PermissionsBoundary.epoch');
const epochHolder = globalThis as unknown as { [EPOCH]?: number };

/** Record an `apply`/`clear` made at `scope` (called by src/boundary when it adds its Aspect). */
export function recordBoundaryEntry(scope: IConstruct, entry: BoundaryEntry): void {
  const holder = scope as any;
  if (!holder[ENTRIES]) {
    Object.defineProperty(holder, ENTRIES, { value: [], enumerable: false, configurable: false });
  }
  holder[ENTRIES].push(entry);
  // the only writer of entries: every cached boundary is stale from now on
  epochHolder[EPOCH] = (epochHolder[EPOCH] ?? 0) + 1;
}

function entriesAt(scope: IConstruct): BoundaryEntry[] {
  return (scope as any)[ENTRIES] ?? [];
}

/** True for a `CfnResource` that the boundary aspects act on (brand check, no `instanceof`). */
export function isBoundaryTarget(node: IConstruct): node is CfnResource {
  return CfnResource.isCfnResource(node) && BOUNDARY_RESOURCE_TYPES.has(node.cfnResourceType);
}

/**
 * The boundary ARN the `@aws-cdk/core:permissionsBoundary` context gives this stack, with the
 * `${Qualifier}`, `${AWS::AccountId}` and `${AWS::Region}` placeholders replaced as aws-cdk-lib's
 * Stack replaces them (account and region only when the stack's environment is concrete).
 */
export function contextBoundaryArn(stack: Stack): string | undefined {
  const context = stack.node.tryGetContext(PERMISSIONS_BOUNDARY_CONTEXT_KEY);
  if (!context || typeof context !== 'object') { return undefined; }
  let arn: string | undefined;
  if (context.arn) {
    arn = context.arn;
  } else if (context.name) {
    arn = stack.formatArn({ service: 'iam', resource: 'policy', region: '', resourceName: context.name });
  }
  if (arn === undefined) { return undefined; }
  const qualifier = stack.synthesizer.bootstrapQualifier
    ?? stack.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT)
    ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  arn = arn.split('${Qualifier}').join(qualifier);
  if (!Token.isUnresolved(stack.account)) { arn = arn.split('${AWS::AccountId}').join(stack.account); }
  if (!Token.isUnresolved(stack.region)) { arn = arn.split('${AWS::Region}').join(stack.region); }
  return arn;
}

/** The scopes whose aspects reach `target`: from its innermost Stage down to itself. */
function aspectScopes(target: IConstruct): IConstruct[] {
  const scopes = target.node.scopes;
  let start = 0;
  scopes.forEach((s, i) => { if (Stage.isStage(s)) { start = i; } });
  return scopes.slice(start);
}

/**
 * The boundary entries that reach `target`, in the order their aspects run on it
 * (including the entry the stack makes from the context key).
 */
export function boundaryEntriesFor(target: IConstruct): BoundaryEntry[] {
  const ordered: BoundaryEntry[] = [];
  for (const scope of aspectScopes(target)) {
    if (Stack.isStack(scope)) {
      const arn = contextBoundaryArn(scope);
      if (arn !== undefined) {
        ordered.push({ kind: 'apply', priority: boundaryAspectPriority(scope), arn, source: arn });
      }
    }
    ordered.push(...entriesAt(scope));
  }
  // Array.prototype.sort is stable: outer before inner, older before newer at equal priority.
  return ordered.sort((a, b) => a.priority - b.priority);
}

/**
 * The permissions boundary in effect on an IAM role or user resource, for the policy graph.
 *
 * @param resource the identity's `AWS::IAM::Role` / `AWS::IAM::User` resource (its `Resource` child)
 * @param declared the boundary given to the identity itself (its `permissionsBoundary` prop), if any
 */
export function effectivePermissionsBoundary(
  resource: IConstruct,
  declared?: { readonly managedPolicyArn: string },
): GraphPolicy | undefined {
  // Cached per resource: an AccessCheck re-reads its role's graph node on every `can()`, and this
  // walk (scopes, context lookups, sorting) was about 40% of that read. The result depends only on
  // - the entries recorded on the resource's scopes: any new one bumps the epoch (recordBoundaryEntry);
  // - the scopes themselves: a construct never moves;
  // - the context of its Stack and the scopes above (the context key, the bootstrap qualifier,
  //   the aspect-priority feature flag): `node.setContext` throws once a scope has children,
  //   and every scope above an existing resource has one;
  // - the stack's synthesizer, account and region: fixed when the stack is created;
  // - `declared`, compared by identity below.
  // A document in the result is the policy's live document: statements added to it later are
  // seen by whoever renders it (the result holds the document, not its statements).
  const epoch = epochHolder[EPOCH] ?? 0;
  const cached = boundaryCache.get(resource);
  if (cached && cached.epoch === epoch && cached.declared === declared) { return cached.boundary; }
  const boundary = computeBoundary(resource, declared);
  boundaryCache.set(resource, { epoch, declared, boundary });
  return boundary;
}

const boundaryCache = new WeakMap<IConstruct, {
  readonly epoch: number;
  readonly declared?: { readonly managedPolicyArn: string };
  readonly boundary?: GraphPolicy;
}>();

function computeBoundary(resource: IConstruct, declared?: { readonly managedPolicyArn: string }): GraphPolicy | undefined {
  let current: GraphPolicy | undefined = declared ? boundaryGraphPolicy(declared) : undefined;
  for (const entry of boundaryEntriesFor(resource)) {
    current = entry.kind === 'clear'
      ? undefined
      : { kind: 'boundary', source: entry.source ?? entry.arn!, arn: entry.arn, document: entry.document };
  }
  return current;
}

/** Describe a managed policy used as a boundary: its path and document when it is one of ours. */
export function boundaryGraphPolicy(policy: { readonly managedPolicyArn: string }): GraphPolicy {
  const node = constructNodeOf(policy);
  const document = documentOf(policy);
  return {
    kind: 'boundary',
    source: node?.path || policy.managedPolicyArn,
    arn: policy.managedPolicyArn,
    document,
  };
}

function constructNodeOf(x: object): { path: string } | undefined {
  try {
    const node = (x as any).node;
    return node && typeof node.path === 'string' ? node : undefined;
  } catch {
    // detached constructs (e.g. an AWS managed policy reference) throw on `node`
    return undefined;
  }
}

function documentOf(x: object): PolicyDocument | undefined {
  const doc = (x as any).document;
  return doc && typeof doc === 'object' && typeof doc.toJSON === 'function' ? doc : undefined;
}
