/*
 * Workload 3: a realistic app. R Lambda-style roles (AWSLambdaBasicExecutionRole attached), each
 * granted on G of B S3 buckets and DynamoDB tables (half each) through aws-cdk-lib's own grant
 * methods (`bucket.grantRead(role)`, `table.grantReadWriteData(role)`), under a stack-wide
 * permissions boundary. Only the `iam` module differs between the sides: the buckets, tables and
 * grant code are aws-cdk-lib's on both.
 */
import { aws_dynamodb as dynamodb, aws_s3 as s3 } from 'aws-cdk-lib';
import { Workload } from './types';

export const realisticApp: Workload = {
  id: 'realistic-app',
  build(iam, stack, p) {
    const roles = Number(p.roles);
    const resources = Number(p.resources);
    const grants = Number(p.grants);
    const buckets: s3.Bucket[] = [];
    const tables: dynamodb.Table[] = [];
    for (let i = 0; i < resources / 2; i++) {
      buckets.push(new s3.Bucket(stack, `Bucket${i}`));
      tables.push(new dynamodb.Table(stack, `Table${i}`, {
        partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      }));
    }
    const boundary = new iam.ManagedPolicy(stack, 'Boundary', {
      statements: [
        new iam.PolicyStatement({ actions: ['s3:*', 'dynamodb:*', 'logs:*', 'xray:*'], resources: ['*'] }),
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          actions: ['iam:*', 'organizations:*'],
          resources: ['*'],
        }),
      ],
    });
    iam.PermissionsBoundary.of(stack).apply(boundary);
    const basic = iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole');
    for (let r = 0; r < roles; r++) {
      const role = new iam.Role(stack, `Fn${r}Role`, {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        managedPolicies: [basic],
      });
      for (let g = 0; g < grants; g++) {
        const k = (r * 13 + g * 31) % (resources / 2);
        if (g % 2 === 0) { buckets[k].grantRead(role); } else { tables[k].grantReadWriteData(role); }
      }
    }
  },
};
