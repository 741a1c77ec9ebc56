import type { PolicyDocument } from '../../policy/policy-document';
import type { GraphPolicy } from '../../policy/private/graph';

/*
 * Helpers for the identities' `_graphNodeInfo()` (contract in src/policy/private/graph.ts).
 */

/** Something with a managed policy ARN, possibly one of our ManagedPolicy constructs. */
export interface ManagedPolicyLike {
  readonly managedPolicyArn: string;
}

/** The construct path of x, or undefined when x is not (or is a detached) construct. */
export function pathOf(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null) { return undefined; }
  try {
    const node = (x as any).node;
    return node && typeof node.path === 'string' ? node.path : undefined;
  } catch {
    return undefined;
  }
}

/** The document of a ManagedPolicy defined in this app, if x is one. */
function documentOf(x: object): PolicyDocument | undefined {
  const doc = (x as any).document;
  return doc && typeof doc === 'object' && typeof doc.toJSON === 'function' && typeof doc.addStatements === 'function' ? doc : undefined;
}

/** A managed policy in the graph: `managed` with its document when it is ours, `aws-managed` (ARN only) otherwise. */
export function managedGraphPolicy(policy: ManagedPolicyLike): GraphPolicy {
  const document = documentOf(policy);
  const path = pathOf(policy);
  if (document && path) {
    return { kind: 'managed', source: path, document, arn: policy.managedPolicyArn };
  }
  return { kind: 'aws-managed', source: path ?? policy.managedPolicyArn, arn: policy.managedPolicyArn };
}

/** Managed policies without duplicates (the same object, or the same concrete ARN). */
export function uniqueManagedPolicies<T extends ManagedPolicyLike>(policies: T[]): T[] {
  const seen = new Set<unknown>();
  const out: T[] = [];
  for (const p of policies) {
    const key = p.managedPolicyArn;
    if (seen.has(p) || seen.has(key)) { continue; }
    seen.add(p);
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** An inline policy (a `Policy` construct) in the graph. */
export function inlineGraphPolicy(policy: { readonly document: PolicyDocument }, path: string): GraphPolicy {
  return { kind: 'inline', source: path, document: policy.document };
}
