import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { PolicyStatement } from '../../policy/policy-statement';

/**
 * Our statement for a statement that may come from aws-cdk-lib (its grant methods, e.g.
 * `bucket.grantRead(role)`, hand aws-cdk-lib statements to the principal): the same statement
 * when it is already ours, otherwise a live view of it (`PolicyStatement._fromForeign`: changes
 * aws-cdk-lib makes to it after the add, such as `grant.principalStatement.addCondition(...)`, are seen).
 */
export function ownStatement(statement: PolicyStatement | cdk_iam.PolicyStatement): PolicyStatement {
  if (statement instanceof PolicyStatement) { return statement; }
  return PolicyStatement._fromForeign(statement);
}
