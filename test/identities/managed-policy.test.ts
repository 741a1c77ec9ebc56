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

  test('attaching an identity again is a no-op that compares the same object without reading its ARN', () => {
    // GIVEN
    const stack = build(OURS, () => undefined);
    const role = new OURS.Role(stack, 'Role', { assumedBy: new OURS.ServicePrincipal('ec2.amazonaws.com') });
    const user = new OURS.User(stack, 'User');
    const group = new OURS.Group(stack, 'Group');
    const mp = new OURS.ManagedPolicy(stack, 'MP', { statements: [s3(OURS)], roles: [role], users: [user], groups: [group] });
    const roleArn = jest.spyOn(role, 'roleArn', 'get');
    const roleRef = jest.spyOn(role, 'roleRef', 'get');
    const userRef = jest.spyOn(user, 'userRef', 'get');
    const groupRef = jest.spyOn(group, 'groupRef', 'get');

    // WHEN
    mp.attachToRole(role);
    mp.attachToUser(user);
    mp.attachToGroup(group);

    // THEN
    expect(roleArn).not.toHaveBeenCalled();
    expect(roleRef).not.toHaveBeenCalled();
    expect(userRef).not.toHaveBeenCalled();
    expect(groupRef).not.toHaveBeenCalled();
    expect(mp._attachments.roles).toEqual([role]);
    expect(mp._attachments.users).toEqual([user]);
    expect(mp._attachments.groups).toEqual([group]);
    const resource = Template.fromStack(stack).findResources('AWS::IAM::ManagedPolicy');
    const props = Object.values(resource)[0].Properties;
    expect([props.Roles.length, props.Users.length, props.Groups.length]).toEqual([1, 1, 1]);
  });

  test('attaching another object of the same role (same ARN) is still a no-op', () => {
    // GIVEN
    const stack = build(OURS, () => undefined);
    const mp = new OURS.ManagedPolicy(stack, 'MP', { statements: [s3(OURS)] });
    const arn = 'arn:aws:iam::123456789012:role/r';
    mp.attachToRole(OURS.Role.fromRoleArn(stack, 'A', arn, { mutable: true }));

    // WHEN
    mp.attachToRole(OURS.Role.fromRoleArn(stack, 'B', arn, { mutable: true }));

    // THEN
    expect(mp._attachments.roles.length).toBe(1);
  });
});
