import { aws_iam as cdk_iam } from 'aws-cdk-lib';
import type { PrincipalPolicyFragment } from '../../policy/principal-policy-fragment';

/*
 * Bookkeeping shared by the views of cdk-iam-kit objects as aws-cdk-lib types (`toCdkRole()`,
 * ...) and of aws-cdk-lib objects as ours (`CdkBridge.fromCdkPrincipal()`): which object a view
 * stands for, so that a view handed back is unwrapped instead of wrapped twice.
 */

const TARGETS = new WeakMap<object, object>();
const VIEWS = new WeakMap<object, Map<string, object>>();

/** Remember that `view` stands for `target`. */
export function registerView(view: object, target: object): void {
  TARGETS.set(view, target);
}

/** The object a view stands for, or `x` itself when it is not a view. */
export function unwrapView<T>(x: T): T {
  let current: any = x;
  while (current !== null && typeof current === 'object' && TARGETS.has(current)) {
    current = TARGETS.get(current);
  }
  return current;
}

/** The view of kind `kind` for `target`, created once: the same object on every call. */
export function memoView<T extends object>(target: object, kind: string, make: () => T): T {
  let byKind = VIEWS.get(target);
  if (!byKind) {
    byKind = new Map();
    VIEWS.set(target, byKind);
  }
  let view = byKind.get(kind) as T | undefined;
  if (!view) {
    view = make();
    byKind.set(kind, view);
  }
  return view;
}

/** aws-cdk-lib's fragment for one of ours (the same principal JSON and conditions). */
export function cdkFragment(fragment: PrincipalPolicyFragment | cdk_iam.PrincipalPolicyFragment): cdk_iam.PrincipalPolicyFragment {
  if (fragment instanceof cdk_iam.PrincipalPolicyFragment) { return fragment; }
  return new cdk_iam.PrincipalPolicyFragment(fragment.principalJson, fragment.conditions);
}

/** The dedupe string aws-cdk-lib's statement merging compares principals with, if any. */
export function dedupeStringOf(x: object): string | undefined {
  const fn = (x as any).dedupeString;
  return typeof fn === 'function' ? fn.call(x) : undefined;
}
