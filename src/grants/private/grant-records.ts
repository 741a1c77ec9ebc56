import { Annotations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { formatIamMessage } from '../../core';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { IGrantable, IPrincipal } from '../../policy/principal';
import type { GrantLanding, GrantRecord } from '../../policy/private/graph';

/*
 * Where grants landed, recorded per grantee so that identities can report them in their
 * `_graphNodeInfo()` (see src/policy/private/graph.ts). Internal: not jsii API.
 */

/**
 * Implemented (under this symbol) by principals that accept a statement without applying it,
 * e.g. an immutable imported role or `role.withoutPolicyUpdates()`: returns why the statement
 * was not applied, or `undefined` when it was.
 */
export const STATEMENT_DROP_REASON = Symbol.for('cdk-iam-kit.statementDropReason');

/** The optional drop-reason contract, read with `dropReasonOf`. */
export interface IDroppingPrincipal {
  [STATEMENT_DROP_REASON](statement: unknown): string | undefined;
}

/** Why the principal did not apply the statement, if it says so. */
export function dropReasonOf(principal: IPrincipal, statement: unknown): string | undefined {
  const fn = (principal as any)[STATEMENT_DROP_REASON];
  return typeof fn === 'function' ? fn.call(principal, statement) : undefined;
}

const RECORDS = new WeakMap<object, GrantRecord[]>();

/** The grants recorded for this principal object (its `grantPrincipal`), in the order they were made. */
export function grantRecordsOf(principal: object): GrantRecord[] {
  return [...(RECORDS.get(principal) ?? [])];
}

/** True when the value is a construct (brand check, no `instanceof`). */
export function asConstruct(x: unknown): IConstruct | undefined {
  if (typeof x !== 'object' || x === null) { return undefined; }
  try {
    const node = (x as any).node;
    return node && typeof node.path === 'string' ? x as IConstruct : undefined;
  } catch {
    // e.g. a detached construct whose `node` throws
    return undefined;
  }
}

/** A human name for a grantee: its construct path, or its string form. */
export function describeGrantee(grantee: IGrantable): string {
  const principal = grantee.grantPrincipal;
  const construct = asConstruct(principal) ?? asConstruct(grantee);
  if (construct) { return construct.node.path; }
  const text = String(principal);
  return text === '[object Object]' ? (principal as object).constructor?.name ?? 'principal' : text;
}

/** The details of one grant to record. */
export interface GrantRecordInput {
  readonly grantee: IGrantable;
  readonly actions: string[];
  readonly resources: string[];
  readonly landing: GrantLanding;
  readonly reason?: string;
  readonly principalStatement?: PolicyStatement;
  readonly resourceStatement?: PolicyStatement;
  /** Construct to warn on when the grant landed nowhere and the grantee is not a construct. */
  readonly warnScope?: IConstruct;
}

/**
 * Record where a grant landed. A grant that landed nowhere gets a `cdk-iam-kit:GrantDropped`
 * warning on the grantee (or on `warnScope`) naming the grantee, the actions and the reason.
 */
export function recordGrant(input: GrantRecordInput): GrantRecord {
  const record: GrantRecord = {
    grantee: describeGrantee(input.grantee),
    actions: [...input.actions],
    resources: [...input.resources],
    landing: input.landing,
    reason: input.reason,
    principalStatement: input.principalStatement,
    resourceStatement: input.resourceStatement,
  };
  const key = input.grantee.grantPrincipal as object;
  const list = RECORDS.get(key) ?? [];
  list.push(record);
  RECORDS.set(key, list);

  if (record.landing === 'nowhere') {
    const scope = asConstruct(input.grantee.grantPrincipal) ?? asConstruct(input.grantee) ?? input.warnScope;
    if (scope) {
      Annotations.of(scope).addWarningV2('cdk-iam-kit:GrantDropped', formatIamMessage('GrantDropped',
        `the grant of '${record.actions.join(', ')}' on '${record.resources.join(', ')}' to '${record.grantee}' was not applied: ${record.reason ?? 'no policy accepted it'}; `
        + 'add the permission where the grantee\'s policies are managed, or acknowledge this warning if that is already done'));
    }
  }
  return record;
}
