import { Token } from 'aws-cdk-lib';

/**
 * True when any part of the value is an unresolved CDK token (a string, number or list
 * that is only known at deploy time). Format checks must skip such values, never reject them.
 */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) { return false; }
  if (typeof value === 'string' || typeof value === 'number') { return Token.isUnresolved(value); }
  if (Array.isArray(value)) { return Token.isUnresolved(value) || value.some(isUnresolved); }
  return Token.isUnresolved(value);
}

/** True when the value is a string that is known now, in full. */
export function isConcreteString(value: unknown): value is string {
  return typeof value === 'string' && !Token.isUnresolved(value);
}
