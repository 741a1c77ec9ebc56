import { Token } from 'aws-cdk-lib';
import { IamError } from '../../core';

/*
 * One condition block is `operator -> { key -> value(s) }`, e.g. `{ "aws:SourceAccount": "1234" }`
 * under `StringEquals`. Adding a block for an operator that is already present merges the keys
 * (later keys win), as aws-cdk-lib does.
 */

/**
 * Throws unless `value` can be the block of one operator: an object that maps keys to values.
 * An unresolved value (token) is accepted: it cannot be checked before deployment.
 */
export function assertConditionBlock(operator: string, value: unknown): void {
  if (Token.isUnresolved(value)) { return; }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new IamError(undefined, 'InvalidCondition',
      `A Condition should be represented as a map of operator to value, got ${JSON.stringify(value)} for '${operator}'; ` +
      `write it as { '${operator}': { 'aws:SourceAccount': '123456789012' } }`);
  }
}

/** The block for `operator` after adding `value` to `existing` (which may be undefined). */
export function mergeConditionBlock(operator: string, existing: unknown, value: unknown): unknown {
  if (existing === undefined) { return value; }
  if (Token.isUnresolved(existing) || Token.isUnresolved(value)) {
    throw new IamError(undefined, 'ConditionTokenMerge',
      `multiple "${operator}" conditions cannot be merged if one of them contains an unresolved token; ` +
      'use a separate statement, or resolve the condition to a plain object of keys');
  }
  return { ...(existing as object), ...(value as object) };
}
