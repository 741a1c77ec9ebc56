import { aws_kms as kms, aws_s3 as s3, aws_sns as sns } from 'aws-cdk-lib';
import { Scenario, parityTable } from './harness';

/* Grant parity: the Grant helpers, and grants that land on resource policies. */

const GRANTS: Record<string, Scenario> = {
  'Grant.addToPrincipal on a role': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    iam.Grant.addToPrincipal({ grantee: role, actions: ['dynamodb:GetItem', 'dynamodb:Query'], resourceArns: ['arn:aws:dynamodb:eu-west-1:111111111111:table/t'] });
  },

  'Grant.addToPrincipalOrResource across accounts': (iam, stack) => {
    const bucket = new s3.Bucket(stack, 'Bucket');
    const foreign = iam.Role.fromRoleArn(stack, 'Foreign', 'arn:aws:iam::999999999999:role/foreign');
    iam.Grant.addToPrincipalOrResource({
      grantee: foreign,
      actions: ['s3:GetObject'],
      resourceArns: [bucket.arnForObjects('*')],
      // TypeScript interop gap (reported): an aws-cdk-lib Bucket is not typed as our IResourceWithPolicyV2
      resource: bucket as any,
    });
  },

  'grants landing on a key policy and a topic policy': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('999999999999') });
    new kms.Key(stack, 'Key').grantDecrypt(role);
    new sns.Topic(stack, 'Topic').grantPublish(new iam.AccountPrincipal('888888888888'));
    new s3.Bucket(stack, 'Bucket').grantRead(new iam.ServicePrincipal('logs.amazonaws.com'));
  },

  'resource policy statements built with the iam module': (iam, stack) => {
    const bucket = new s3.Bucket(stack, 'Bucket');
    // TypeScript interop gap (reported): our PolicyStatement is not typed as aws-cdk-lib's; it works at run time
    const addToResourcePolicy = (statement: unknown) => bucket.addToResourcePolicy(statement as any);
    addToResourcePolicy(new iam.PolicyStatement({
      sid: 'DenyInsecure',
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['s3:*'],
      resources: [bucket.bucketArn, bucket.arnForObjects('*')],
      conditions: { Bool: { 'aws:SecureTransport': 'false' } },
    }));
    addToResourcePolicy(new iam.PolicyStatement({
      principals: [new iam.OrganizationPrincipal('o-123456'), new iam.CanonicalUserPrincipal('abc')],
      actions: ['s3:GetObject'],
      resources: [bucket.arnForObjects('public/*')],
    }));
  },

  'grant to a group and a user through aws-cdk-lib resources': (iam, stack) => {
    const group = new iam.Group(stack, 'Group');
    const user = new iam.User(stack, 'User', { groups: [group] });
    const bucket = new s3.Bucket(stack, 'Bucket');
    bucket.grantRead(group);
    bucket.grantPut(user);
  },
};

describe('parity: grants', () => {
  parityTable(GRANTS);
  parityTable(GRANTS, { env: { account: '111111111111', region: 'eu-west-1' } });
});
