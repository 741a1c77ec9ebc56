import { DefaultTokenResolver, StringConcat, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** IAM's limit on inline policy names. */
export const MAX_POLICY_NAME_LEN = 128;

/**
 * The default name of an inline policy: its logical ID, or its last 128 characters when longer
 * (the end holds the hash that makes it unique).
 */
export function generatePolicyName(scope: IConstruct, logicalId: string): string {
  const resolved: string = Tokenization.resolve(logicalId, {
    scope,
    resolver: new DefaultTokenResolver(new StringConcat()),
  });
  return resolved.length > MAX_POLICY_NAME_LEN ? resolved.substring(resolved.length - MAX_POLICY_NAME_LEN) : resolved;
}
