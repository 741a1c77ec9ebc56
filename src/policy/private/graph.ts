import type { PolicyDocument } from '../policy-document';
import type { PolicyStatement } from '../policy-statement';

/*
 * The principal/statement graph contract.
 *
 * Identities (src/identities) implement `IPolicyGraphNode`; evaluation and validation read it
 * without importing the identity classes. Everything here is internal (not jsii API).
 */

/** Where a policy applies, in IAM's terms. */
export type GraphPolicyKind =
  | 'inline' // a Policy / DefaultPolicy attached to the identity
  | 'managed' // a customer managed policy whose document we know
  | 'aws-managed' // an AWS managed or imported managed policy: ARN only, document unknown
  | 'boundary' // the permissions boundary
  | 'trust' // a role's assume-role policy
  | 'resource'; // a resource-based policy written by a grant

/** One policy document in the graph, with where it came from. */
export interface GraphPolicy {
  readonly kind: GraphPolicyKind;
  /** Construct path of the construct owning the document, or the ARN/name when it is imported. */
  readonly source: string;
  /** The document, when its content is known in this app. */
  readonly document?: PolicyDocument;
  /** The managed policy ARN, for `managed`, `aws-managed` and `boundary` kinds when known. */
  readonly arn?: string;
}

/** Where a grant's statements landed. */
export type GrantLanding = 'principal' | 'resource' | 'both' | 'nowhere';

/** One grant made in this app, as recorded by `Grant`. */
export interface GrantRecord {
  /** Construct path (or description) of the grantee. */
  readonly grantee: string;
  readonly actions: string[];
  readonly resources: string[];
  readonly landing: GrantLanding;
  /** Why it landed nowhere (imported immutable role, withoutPolicyUpdates, ...). */
  readonly reason?: string;
  readonly principalStatement?: PolicyStatement;
  readonly resourceStatement?: PolicyStatement;
}

/** What the graph knows about one identity (role, user, group). */
export interface PolicyGraphNodeInfo {
  /** Construct path of the identity. */
  readonly path: string;
  /** `role`, `user`, `group`, or `imported-role` etc. */
  readonly identityType: string;
  /** The identity's ARN (may be a token). */
  readonly arn?: string;
  /** The identity's account (may be a token). */
  readonly account?: string;
  /** Identity-based policies: inline, customer managed, AWS managed. Includes those of the user's groups. */
  readonly identityPolicies: GraphPolicy[];
  /** The permissions boundary in effect, if any. */
  readonly permissionsBoundary?: GraphPolicy;
  /** A role's trust policy. */
  readonly trustPolicy?: GraphPolicy;
  /** The grants made to this identity. */
  readonly grants: GrantRecord[];
}

/** Implemented by every identity of this library. */
export interface IPolicyGraphNode {
  /** @internal */
  _graphNodeInfo(): PolicyGraphNodeInfo;
}

/** Brand check, never `instanceof`. */
export function isPolicyGraphNode(x: unknown): x is IPolicyGraphNode {
  return typeof x === 'object' && x !== null && typeof (x as any)._graphNodeInfo === 'function';
}

/**
 * Graph views of objects that are not ours (an aws-cdk-lib `iam.Role`), registered by the layer
 * that knows how to read them (src/identities/interop registers one for aws-cdk-lib roles).
 */
const foreignGraphViews: Array<(x: unknown) => IPolicyGraphNode | undefined> = [];

/** Register a reader that returns a graph view for a foreign object, or undefined. */
export function registerForeignGraphView(reader: (x: unknown) => IPolicyGraphNode | undefined): void {
  foreignGraphViews.push(reader);
}

/** The graph node for x: x itself when it is one, else a registered foreign view, else undefined. */
export function graphNodeOf(x: unknown): IPolicyGraphNode | undefined {
  if (isPolicyGraphNode(x)) { return x; }
  for (const reader of foreignGraphViews) {
    const view = reader(x);
    if (view) { return view; }
  }
  return undefined;
}
