import { isUnresolved } from './tokens';

/** The six fields of an ARN, as strings (empty where the ARN leaves a field empty). */
export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the fifth colon, e.g. `role/path/name` or `my-bucket/key`. */
  readonly resource: string;
}

/**
 * Parse a concrete ARN (`arn:partition:service:region:account:resource`).
 *
 * Returns `undefined` when the value is a token, is not a string or does not have the
 * ARN shape; callers decide whether that is an error. The resource part may contain colons.
 */
export function parseArn(value: unknown): ParsedArn | undefined {
  if (typeof value !== 'string' || isUnresolved(value)) { return undefined; }
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') { return undefined; }
  return {
    partition: parts[1],
    service: parts[2],
    region: parts[3],
    account: parts[4],
    resource: parts.slice(5).join(':'),
  };
}

/** The 12-digit account id shape IAM requires. */
export const ACCOUNT_ID_PATTERN = /^\d{12}$/;
