import { parseOperator, ParsedOperator } from './condition-operators';
import { isIntrinsic } from './values';
import { ConditionKeyRef, getConditionKey, getService } from '../data/reference';

/** One `operator → key → value` entry of a statement's Condition block. */
export interface ConditionEntry {
  readonly operator: string;
  readonly parsed?: ParsedOperator;
  readonly key: string;
  readonly value: unknown;
  /** The key as known to the reference, when it is. */
  readonly ref?: ConditionKeyRef;
}

/** The entries of a Condition block; token operators and keys are skipped. */
export function conditionEntries(condition: unknown): ConditionEntry[] {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition) || isIntrinsic(condition)) { return []; }
  const out: ConditionEntry[] = [];
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (isIntrinsic(operator) || block === null || typeof block !== 'object' || Array.isArray(block)) { continue; }
    const parsed = parseOperator(operator);
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
      if (isIntrinsic(key)) { continue; }
      out.push({ operator, parsed, key, value, ref: getConditionKey(key) });
    }
  }
  return out;
}

/**
 * True when the key's prefix is one whose keys the reference lists (`aws` or a service prefix):
 * only then can a key be called unknown. Keys of identity providers (`accounts.google.com:aud`,
 * `token.actions.githubusercontent.com:sub`, `saml:aud`) are free-form.
 */
export function keyPrefixIsListed(key: string): boolean {
  const colon = key.indexOf(':');
  if (colon <= 0) { return false; }
  const prefix = key.slice(0, colon).toLowerCase();
  return prefix === 'aws' || getService(prefix) !== undefined;
}
