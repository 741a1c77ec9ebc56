import type { ResolvedIamLimits } from './resolve-limits';
import { contextMemo } from '../rule';
import type { DocumentKind, RuleContext, TargetDocument } from '../target';
import { SizeBounds, sizeOf } from './size';
import { documentStatements } from './statement-keys';
import { ValidationMemo } from './validation-memo';

/** One size quota that applies to a target: the documents it counts and its limit. */
export interface SizeCheck {
  readonly what: string;
  readonly limitName: keyof ResolvedIamLimits;
  readonly limit: number;
  readonly size: SizeBounds;
  readonly location?: string;
}

/** sizeOf, remembered per document object for the memo's lifetime (the size rules and several targets share documents). */
function sizeOfDocument(document: unknown, kind: DocumentKind, memo: ValidationMemo): SizeBounds {
  if (document === null || typeof document !== 'object') { return sizeOf(document); }
  let size = memo.documentSizes.get(document);
  if (!size) { size = documentSize(document, kind, memo); memo.documentSizes.set(document, size); }
  return size;
}

/*
 * A document's size from its statements' keys (statement-keys.ts), instead of walking every
 * statement: the key is the statement's JSON text, and IAM counts the characters of that JSON
 * (size.ts), so a statement whose key shows no value known only at deploy time (no intrinsic
 * object, no CDK token string: `{"Ref":`, `{"Fn::` or `${Token[` cannot appear in the JSON of a
 * string, whose quotes are escaped) is exactly as long as its key. A statement with such values is
 * walked once per key and its size kept with its verdict entry for the life of the process (apps
 * repeat statements across roles and synths): equal keys are equal JSON values (statementKey), of
 * equal size. On the realistic bench app (3,200 statements, 450 distinct) this walks ~450
 * statements instead of all of them and every document. Checked equal to sizeOf over the 1,641
 * AWS managed policies and the realistic app's 401 documents (and test/validation/statement-keys).
 */

function documentSize(document: object, kind: DocumentKind, memo: ValidationMemo): SizeBounds {
  const list = (document as { Statement?: unknown }).Statement;
  if (!Array.isArray(list)) { return sizeOf(document); }
  const verdicts = documentStatements(document, kind, memo).verdicts;
  // a list element that is no statement (an intrinsic, a value) is not listed: walk it all
  if (verdicts.length !== list.length) { return sizeOf(document); }
  // the document without its statements, then each statement and the commas between them
  const frame = frameSize(document);
  let min = frame.min + Math.max(0, list.length - 1);
  let max = frame.max + Math.max(0, list.length - 1);
  for (let i = 0; i < list.length; i++) {
    const v = verdicts[i];
    if (v === undefined) {
      const b = sizeOf(list[i]);
      min += b.min;
      max += b.max;
    } else if (v.size !== undefined) {
      min += v.size.min;
      max += v.size.max;
    } else if (!v.key.includes('{"Ref":') && !v.key.includes('{"Fn::') && !v.key.includes('${Token[')) {
      min += v.key.length;
      max += v.key.length;
    } else {
      v.size = sizeOf(list[i]);
      min += v.size.min;
      max += v.size.max;
    }
  }
  return { min, max };
}

/** `{"Version":"2012-10-17","Statement":[]}`: the frame of nearly every document. */
const USUAL_FRAME: SizeBounds = { min: 39, max: 39 };

/** The size of a document with an empty statement list. */
function frameSize(document: object): SizeBounds {
  const keys = Object.keys(document);
  if (keys.length === 2 && (document as { Version?: unknown }).Version === '2012-10-17'
    && (keys[0] === 'Statement' || keys[1] === 'Statement')) { return USUAL_FRAME; }
  return sizeOf({ ...document, Statement: [] });
}

function total(docs: TargetDocument[], memo: ValidationMemo): SizeBounds {
  return docs.map((d) => sizeOfDocument(d.document, d.kind, memo)).reduce((a, b) => ({ min: a.min + b.min, max: a.max + b.max }), { min: 0, max: 0 });
}

/** The size quotas of a target, as IAM applies them (PolicySize and PolicySizeMayExceed read the same checks). Read-only. */
export function sizeChecks(ctx: RuleContext): SizeCheck[] {
  const m = contextMemo(ctx);
  return (m.sizeChecks ??= computeChecks(ctx)) as SizeCheck[];
}

function computeChecks(ctx: RuleContext): SizeCheck[] {
  const { target, limits } = ctx;
  const memo = ctx.memo ?? new ValidationMemo();
  const identity = target.documents.filter((d) => d.kind === 'identity');
  const out: SizeCheck[] = [];
  const inline: Partial<Record<string, keyof ResolvedIamLimits>> = {
    role: 'roleInlinePolicySize', user: 'userInlinePolicySize', group: 'groupInlinePolicySize',
  };
  const inlineLimit = inline[target.kind];
  if (inlineLimit && identity.length > 0) {
    out.push({ what: `aggregate inline policy size of the ${target.kind}`, limitName: inlineLimit, limit: limits[inlineLimit], size: total(identity, memo) });
  }
  for (const doc of target.documents.filter((d) => d.kind === 'trust' && !d.sizeOnly)) {
    out.push({ what: 'trust policy size', limitName: 'trustPolicySize', limit: limits.trustPolicySize, size: sizeOfDocument(doc.document, doc.kind, memo), location: doc.location });
  }
  if (target.kind === 'managed-policy') {
    for (const doc of identity.filter((d) => !d.sizeOnly)) {
      out.push({ what: 'managed policy size', limitName: 'managedPolicySize', limit: limits.managedPolicySize, size: sizeOfDocument(doc.document, doc.kind, memo), location: doc.location });
    }
  }
  return out;
}
