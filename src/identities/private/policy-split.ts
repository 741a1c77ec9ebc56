import { IConstruct } from 'constructs';
import { PolicyDocument } from '../../policy/policy-document';
import type { PolicyStatement } from '../../policy/policy-statement';
import { ROLE_INLINE_SPLIT_SIZE, ROLE_MANAGED_SPLIT_SIZE } from '../../policy/private/size';

/*
 * Splitting a role's default policy into the inline `DefaultPolicy` and `OverflowPolicyN`
 * managed policies.
 *
 * THE RULE. Statements are taken in the order they were added to the role (after exact
 * duplicates are folded into their first occurrence, and, when minimizing, after merging).
 * Each statement, by its size estimate (src/policy/private/size.ts, the estimate aws-cdk-lib
 * uses):
 *   1. stays in the default policy while the default policy's total stays below 10,000;
 *   2. otherwise goes to the first overflow policy (OverflowPolicy1, 2, ...) whose total stays at
 *      or below 6,000 with it;
 *   3. otherwise opens a new overflow policy.
 * This is aws-cdk-lib's own rule, so the templates are the same as aws-cdk-lib's.
 *
 * WHAT IT GUARANTEES. The split is a pure function of the statement sequence: the same program
 * gives the same split. Where a statement lands depends only on itself and the statements added
 * before it; so adding a statement after the others (the usual case: a new grant) never moves an
 * existing statement to another document, and OverflowPolicyN keeps its number and content.
 * A statement inserted before others can only move statements added after it. No rule can
 * promise more: with bounded document sizes, a statement inserted into a full document must
 * displace something. When minimizing (`@aws-cdk/aws-iam:minimizePolicies`), a new statement
 * that merges with an existing one changes that statement (they are then related).
 */

/** One overflow document and the statements (as added to the role) it holds. */
export interface OverflowPart {
  readonly document: PolicyDocument;
  readonly originals: PolicyStatement[];
}

/** The outcome of a split. */
export interface RolePolicySplit {
  /** The statements (as added) that stay in the default policy. */
  readonly kept: PolicyStatement[];
  /** The overflow documents, in OverflowPolicyN order. */
  readonly overflow: OverflowPart[];
}

/**
 * Split `document` (a role's default policy) in place: what does not fit stays out of it and is
 * returned as overflow documents. The document is left untouched when everything fits.
 *
 * The placing itself is the policy layer's `PolicyDocument._splitDocument` (merging, when on,
 * never grows a statement past the merge size limit, so no overflow document exceeds its bound).
 */
export function splitRolePolicy(scope: IConstruct, document: PolicyDocument): RolePolicySplit {
  const added = document._statements();
  const documents = document._splitDocument(scope, ROLE_INLINE_SPLIT_SIZE, ROLE_MANAGED_SPLIT_SIZE);
  const overflow: OverflowPart[] = [];
  for (const [doc, originals] of documents) {
    if (doc !== document) { overflow.push({ document: doc, originals }); }
  }
  return { kept: documents.get(document) ?? added, overflow };
}
