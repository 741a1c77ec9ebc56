import { Template } from 'aws-cdk-lib/assertions';
import { build, expectSameTemplate, OURS } from '../grants/differential';

const s3 = (iam: any) => new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });

describe('ManagedPolicy', () => {
  test('synthesizes a minimal managed policy like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => {
      new iam.ManagedPolicy(stack, 'MP', { statements: [s3(iam)] });
    });
  });

  test('synthesizes every prop and attachment like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
      const user = new iam.User(stack, 'User');
      const group = new iam.Group(stack, 'Group');
      const mp = new iam.ManagedPolicy(stack, 'MP', {
        managedPolicyName: 'named',
        description: 'desc',
        path: '/p/',
        roles: [role],
        users: [user],
        groups: [group],
        document: new iam.PolicyDocument({ statements: [s3(iam)] }),
      });
      mp.attachToRole(role);
      mp.addStatements(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
    });
  });

  test('imports by name, ARN and AWS managed name', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
      role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyName(stack, 'ByName', 'mine'));
      role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'ByArn', 'arn:aws:iam::123456789012:policy/other'));
      role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('job-function/ViewOnlyAccess'));
    });
  });

  test('throws when the construct of an AWS managed policy is used', () => {
    const mp = OURS.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess');
    expect(() => mp.node).toThrow(/\[DetachedConstructNodeAccess\]/);
  });

  test('fails synthesis with [ManagedPolicyEmpty] when empty', () => {
    const stack = build(OURS, (s, iam) => { new iam.ManagedPolicy(s, 'MP'); });
    expect(() => Template.fromStack(stack)).toThrow(/\[ManagedPolicyEmpty\]/);
  });

  test('adds grants to its document', () => {
    expectSameTemplate((stack, iam) => {
      const mp = new iam.ManagedPolicy(stack, 'MP');
      iam.Grant.addToPrincipal({ grantee: mp, actions: ['s3:GetObject'], resourceArns: ['*'] });
    });
  });

  test('reports its document to the policy graph of the roles it attaches to', () => {
    const stack = build(OURS, () => undefined);
    const role = new OURS.Role(stack, 'Role', { assumedBy: new OURS.ServicePrincipal('ec2.amazonaws.com') });
    new OURS.ManagedPolicy(stack, 'MP', { statements: [s3(OURS)], roles: [role] });
    const info = role._graphNodeInfo();
    expect(info.identityPolicies).toEqual([expect.objectContaining({ kind: 'managed', source: 'Stack/MP' })]);
  });
});
