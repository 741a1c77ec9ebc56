import { Token } from 'aws-cdk-lib';
import { IamError } from '../../core/errors';

/*
 * Condition blocks as principals carry them: `{ operator: { key: value } }`.
 * Internal to the principals layer.
 */

/** A condition block: operator -> (key -> value). Values may be tokens. */
export type ConditionBlock = { [operator: string]: any };

/**
 * Throw unless `x` is a map (operator -> value, or key -> value). A token standing for a map
 * (for example a `CfnJson`) is accepted.
 */
export function validateConditionObject(x: unknown): asserts x is { [key: string]: unknown } {
  if (!x || typeof x !== 'object' || Array.isArray(x)) {
    throw new IamError(undefined, 'InvalidCondition',
      `A Condition should be represented as a map of operator to value, got '${JSON.stringify(x)}'; ` +
      "pass an object such as { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }");
  }
}

/**
 * Merge `additional` into `base` (neither is modified). Operators present in only one side are
 * copied; for an operator present in both, the keys are merged and `additional` wins per key.
 * Two blocks for the same operator cannot be merged when either of them is a token.
 */
export function mergeConditionBlocks(base: ConditionBlock, additional: ConditionBlock): ConditionBlock {
  const merged: ConditionBlock = { ...base };
  for (const [operator, condition] of Object.entries(additional)) {
    const existing = merged[operator];
    if (!existing) {
      merged[operator] = condition;
      continue;
    }
    if (Token.isUnresolved(condition) || Token.isUnresolved(existing)) {
      throw new IamError(undefined, 'UnmergeableConditions',
        `multiple "${operator}" conditions cannot be merged if one of them contains an unresolved token; ` +
        `give the '${operator}' keys in a single concrete object`);
    }
    validateConditionObject(existing);
    validateConditionObject(condition);
    merged[operator] = { ...existing, ...condition };
  }
  return merged;
}
