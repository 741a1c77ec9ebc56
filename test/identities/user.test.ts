import * as cdk from 'aws-cdk-lib';
import { build, expectSameTemplate, OURS, oursThrows } from '../grants/differential';

describe('User', () => {
  test('synthesizes a minimal user like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => { new iam.User(stack, 'User'); });
  });

  test('synthesizes every prop like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => {
      const group = new iam.Group(stack, 'Group');
      const boundary = new iam.ManagedPolicy(stack, 'B', { statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
      const user = new iam.User(stack, 'User', {
        userName: 'alice',
        path: '/people/',
        groups: [group],
        managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
        permissionsBoundary: boundary,
        password: cdk.SecretValue.unsafePlainText('Sup3r!secret'),
        passwordResetRequired: true,
      });
      user.addManagedPolicy(boundary);
      user.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
      group.addUser(user);
    });
  });

  test('throws when passwordResetRequired is set without a password', () => {
    const e = oursThrows((stack, iam) => { new iam.User(stack, 'User', { passwordResetRequired: true }); });
    expect(e.message).toMatch(/\[CannotSetPasswordResetRequired\]/);
  });

  test('imports by name, ARN and attributes like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => {
      const group = new iam.Group(stack, 'Group');
      const a = iam.User.fromUserName(stack, 'A', 'alice');
      const b = iam.User.fromUserArn(stack, 'B', 'arn:aws:iam::123456789012:user/team/bob');
      const c = iam.User.fromUserAttributes(stack, 'C', { userArn: 'arn:aws:iam::123456789012:user/carol' });
      a.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
      b.addToGroup(group);
      c.attachInlinePolicy(new iam.Policy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })] }));
    });
  });

  test('throws when a managed policy is added to an imported user', () => {
    const e = oursThrows((stack, iam) => {
      iam.User.fromUserName(stack, 'A', 'alice').addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
    });
    expect(e.message).toMatch(/\[CannotAddManagedPolicyImported\]/);
  });

  test('reports its groups\' policies in the policy graph', () => {
    const stack = build(OURS, () => undefined);
    const group = new OURS.Group(stack, 'Group');
    group.addToPrincipalPolicy(new OURS.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    const user = new OURS.User(stack, 'User', { groups: [group] });
    expect(user._graphNodeInfo().identityPolicies).toEqual([expect.objectContaining({ kind: 'inline', source: 'Stack/Group/DefaultPolicy' })]);
  });
});
