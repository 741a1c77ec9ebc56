import { expectSameTemplate } from '../grants/differential';

describe('LazyRole', () => {
  test('synthesizes nothing when never used', () => {
    const t = expectSameTemplate((stack, iam) => {
      const role = new iam.LazyRole(stack, 'Lazy', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    });
    expect(Object.values<any>(t.Resources ?? {}).filter(r => r.Type === 'AWS::IAM::Role')).toHaveLength(0);
  });

  test('creates the role with the earlier statements and policies once its ARN is read', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.LazyRole(stack, 'Lazy', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
      role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
      role.attachInlinePolicy(new iam.Policy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })] }));
      new iam.User(stack, 'User').addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [role.roleArn] }));
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:*'], resources: ['*'] }));
    });
  });
});
