import type { SizedStatement } from '../size';

/*
 * The statement and principal API the merge reads: this library's `PolicyStatement` and
 * aws-cdk-lib's both satisfy it.
 */

/** The part of a principal the merge reads (`IPrincipal` of this library and of aws-cdk-lib). */
export interface MergeablePrincipal {
  readonly policyFragment: { readonly principalJson: { [key: string]: unknown } };
}

/** What a merged statement is created from: the root statement's `copy()` with these overrides. */
export interface MergeOverrides {
  readonly actions?: string[];
  readonly resources?: string[];
  readonly principals?: any[];
}

/**
 * The statement API the merge needs. This library's `PolicyStatement` and aws-cdk-lib's both
 * satisfy it (same getters, `copy(overrides)` with the same props).
 */
export interface MergeableStatement {
  readonly sid?: string;
  readonly effect: string;
  readonly actions: string[];
  readonly notActions: string[];
  readonly resources: string[];
  readonly notResources: string[];
  readonly principals: MergeablePrincipal[];
  readonly notPrincipals: MergeablePrincipal[];
  readonly conditions: any;
  copy(overrides: MergeOverrides): MergeableStatement;
}

/** The parts of a statement the merge reads (the getters of `MergeableStatement`, read-only). */
export interface StatementParts extends SizedStatement {
  readonly sid?: string;
  readonly principals: readonly MergeablePrincipal[];
  readonly notPrincipals: readonly MergeablePrincipal[];
  readonly conditions: any;
}

/**
 * The parts of a statement: this library's statements hand out their lists without copying them
 * (`_parts()`), which spares the six list copies per statement that the public getters make;
 * aws-cdk-lib's statements are read through their getters.
 */
export function partsOf(s: MergeableStatement): StatementParts {
  const own = (s as { _parts?: () => StatementParts })._parts;
  return typeof own === 'function' ? own.call(s) : s;
}

/**
 * The dedupe string of a principal that has one (aws-cdk-lib's `ComparablePrincipal` rule: a
 * principal without the method, or whose method returns an empty or undefined value, is compared
 * by identity).
 */
export function dedupeStringOf(p: MergeablePrincipal): string | undefined {
  const key = 'dedupeString' in p ? (p as any).dedupeString() : undefined;
  return key ? key : undefined;
}
