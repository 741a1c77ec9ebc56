import type { ResolvedIamLimits } from './resolve-limits';
import { contextMemo } from '../rule';
import type { RuleContext, TargetDocument } from '../target';
import { SizeBounds, sizeOf } from './size';
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
function sizeOfDocument(document: unknown, memo: ValidationMemo): SizeBounds {
  if (document === null || typeof document !== 'object') { return sizeOf(document); }
  let size = memo.documentSizes.get(document);
  if (!size) { size = sizeOf(document); memo.documentSizes.set(document, size); }
  return size;
}

function total(docs: TargetDocument[], memo: ValidationMemo): SizeBounds {
  return docs.map((d) => sizeOfDocument(d.document, memo)).reduce((a, b) => ({ min: a.min + b.min, max: a.max + b.max }), { min: 0, max: 0 });
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
    out.push({ what: 'trust policy size', limitName: 'trustPolicySize', limit: limits.trustPolicySize, size: sizeOfDocument(doc.document, memo), location: doc.location });
  }
  if (target.kind === 'managed-policy') {
    for (const doc of identity.filter((d) => !d.sizeOnly)) {
      out.push({ what: 'managed policy size', limitName: 'managedPolicySize', limit: limits.managedPolicySize, size: sizeOfDocument(doc.document, memo), location: doc.location });
    }
  }
  return out;
}
