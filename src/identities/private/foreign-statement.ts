import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { PolicyStatement } from '../../policy/policy-statement';

/**
 * Our statement for a statement that may come from aws-cdk-lib (its grant methods, e.g.
 * `bucket.grantRead(role)`, hand aws-cdk-lib statements to the principal): the same statement
 * when it is already ours, a converted copy otherwise.
 */
export function ownStatement(statement: PolicyStatement | cdk_iam.PolicyStatement): PolicyStatement {
  if (statement instanceof PolicyStatement) { return statement; }
  const converter = (PolicyStatement as any)._fromForeign;
  if (typeof converter === 'function') { return converter(statement); }
  return PolicyStatement.fromJson((statement as cdk_iam.PolicyStatement).toStatementJson());
}
