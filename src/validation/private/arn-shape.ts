import { UNKNOWN } from './values';

/** The partitions AWS has. */
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/** A region name such as `us-east-1`, `us-gov-west-1`, `eusc-de-east-1`. */
export const REGION_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-\d+$/;

/** The fields of a rendered ARN (`arn:partition:service:region:account:resource`). */
export interface ArnFields {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** Split a rendered ARN; undefined when it has fewer than six fields or does not start with `arn:`. */
export function arnFields(rendered: string): ArnFields | undefined {
  const parts = rendered.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') { return undefined; }
  return { partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(':') };
}

/** True when `arnFields(rendered)` would find the fields; allocates nothing (rules test thousands of ARNs). */
export function hasArnFields(rendered: string): boolean {
  if (!rendered.startsWith('arn:')) { return false; }
  let colons = 0;
  for (let i = 0; i < rendered.length && colons < 5; i++) {
    if (rendered.charCodeAt(i) === 58 /* ':' */) { colons++; }
  }
  return colons >= 5;
}

/** True when a field is known in full and holds no wildcard: only then is its shape checked. */
export function checkable(field: string): boolean {
  return !field.includes(UNKNOWN) && !field.includes('*') && !field.includes('?') && !field.includes('${');
}
