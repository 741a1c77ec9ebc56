import { App, Stack, aws_iam as cdk_iam, aws_lambda as lambda, aws_s3 as s3 } from 'aws-cdk-lib';
import { bothSides, Side } from './differential';
import * as kit from '../../src';
import { graphNodeOf } from '../../src/policy/private/graph';

function setup() {
  const stack = new Stack(new App(), 'S');
  const role = new kit.Role(stack, 'Role', { assumedBy: new kit.ServicePrincipal('lambda.amazonaws.com') });
  return { stack, role };
}

describe('CdkBridge views', () => {
  test('a view handed back is unwrapped, in both directions', () => {
    // GIVEN
    const { stack, role } = setup();
    const cdkRole = new cdk_iam.Role(stack, 'CdkRole', { assumedBy: new cdk_iam.AccountRootPrincipal() });
    const user = new kit.User(stack, 'User');
    const group = new kit.Group(stack, 'Group');

    // THEN
    expect(kit.CdkBridge.fromCdkRole(role.toCdkRole())).toBe(role);
    expect(kit.CdkBridge.fromCdkPrincipal(user.toCdkUser())).toBe(user);
    expect(kit.CdkBridge.fromCdkGrantable(group.toCdkGroup())).toBe(group);
    expect(kit.CdkBridge.toCdkRole(kit.CdkBridge.fromCdkRole(cdkRole))).toBe(cdkRole);
    expect(kit.CdkBridge.toCdkPrincipal(new cdk_iam.ServicePrincipal('sns.amazonaws.com') as any)).toBeInstanceOf(cdk_iam.ServicePrincipal);
    expect(kit.CdkBridge.fromCdkPrincipal(cdkRole)).toBe(kit.CdkBridge.fromCdkRole(cdkRole));
  });

  test('a view shares the role\'s node, stack and env, and depending on it depends on the role', () => {
    const { stack, role } = setup();
    const view = role.toCdkRole();
    const bucket = new s3.Bucket(stack, 'Bucket');

    bucket.node.addDependency(view);

    expect(view.node).toBe(role.node);
    expect(view.stack).toBe(stack);
    expect(Stack.of(view)).toBe(stack);
    expect(bucket.node.dependencies).toContain(role);
  });

  test('aws-cdk-lib Policy, ManagedPolicy and managed policy imports attached through the views give aws-cdk-lib\'s template', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const role = new side.iam.Role(stack, 'Role', { assumedBy: new side.iam.ServicePrincipal('lambda.amazonaws.com') });
      const user = new side.iam.User(stack, 'User');
      const group = new side.iam.Group(stack, 'Group');
      const r = side.isKit ? role.toCdkRole() : role;
      const u = side.isKit ? user.toCdkUser() : user;
      const g = side.isKit ? group.toCdkGroup() : group;
      const policy = new cdk_iam.Policy(stack, 'Inline', {
        statements: [new cdk_iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'] })],
      });
      r.attachInlinePolicy(policy);
      u.attachInlinePolicy(policy);
      g.attachInlinePolicy(policy);
      r.addManagedPolicy(cdk_iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
      new cdk_iam.ManagedPolicy(stack, 'Managed', {
        statements: [new cdk_iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })],
        roles: [r],
        users: [u],
        groups: [g],
      });
      u.addToGroup(g);
    });

    expect(ours).toEqual(cdk);
  });

  test('grants on the view (grant, grantPassRole, grantAssumeRole) give aws-cdk-lib\'s template', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const role = new side.iam.Role(stack, 'Role', { assumedBy: new side.iam.ServicePrincipal('lambda.amazonaws.com') });
      const r: cdk_iam.IRole = side.cdkRole(role);
      const caller = new cdk_iam.User(stack, 'Caller');
      r.grant(caller, 'iam:GetRole');
      r.grantPassRole(caller);
      r.grantAssumeRole(caller);
    });

    expect(ours).toEqual(cdk);
  });

  test('throws aws-cdk-lib\'s error for grantAssumeRole with a service principal on the view', () => {
    const { role } = setup();

    expect(() => role.toCdkRole().grantAssumeRole(new cdk_iam.ServicePrincipal('ec2.amazonaws.com'))).toThrow(/CannotServiceAccountPrincipalGrant|use assumeRolePolicy/);
  });

  test('a conditions wrapper of ours around an aws-cdk-lib role passes aws-cdk-lib statements to it', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const fn = new lambda.Function(stack, 'Fn', {
        runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x'),
      });
      const wrapped = new side.iam.PrincipalWithConditions(fn.role!, { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } });
      side.iam.Grant.addToPrincipal({ grantee: wrapped, actions: ['ec2:DescribeInstances'], resourceArns: ['*'] });
    });

    expect(ours).toEqual(cdk);
  });

  test('AccessCheck of a view reads the identity\'s own policies', () => {
    const { stack, role } = setup();
    const bucket = new s3.Bucket(stack, 'Bucket');
    bucket.grantRead(role.toCdkRole());

    expect(kit.AccessCheck.of(role.toCdkRole()).can('s3:GetObject', `${bucket.bucketArn}/key`).decision).toBe(kit.Decision.ALLOW);
    expect(kit.AccessCheck.of(role.toCdkRole()).can('s3:PutObject', `${bucket.bucketArn}/key`).decision).toBe(kit.Decision.IMPLICIT_DENY);
  });

  test('AccessCheck reads an aws-cdk-lib role through fromCdkRole: default policy, trust and managed policy ARNs', () => {
    const { stack } = setup();
    const cdkRole = new cdk_iam.Role(stack, 'CdkRole', {
      assumedBy: new cdk_iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [cdk_iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      inlinePolicies: { Extra: new cdk_iam.PolicyDocument({ statements: [new cdk_iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })] }) },
    });
    const bucket = new s3.Bucket(stack, 'Bucket');
    bucket.grantRead(cdkRole);

    const view = kit.CdkBridge.fromCdkRole(cdkRole);
    const read = kit.AccessCheck.of(view).can('s3:GetObject', `${bucket.bucketArn}/key`);
    const publish = kit.AccessCheck.of(view).can('sns:Publish', 'arn:aws:sns:us-east-1:111111111111:t');
    const put = kit.AccessCheck.of(view).can('s3:PutObject', 'arn:aws:s3:::any/key');

    expect(publish.decision).toBe(kit.Decision.ALLOW);
    expect(put.decision).toBe(kit.Decision.IMPLICIT_DENY);
    expect(read.decision).toBe(kit.Decision.ALLOW);
    expect(kit.AccessCheck.of(view).can('s3:GetObject', 'arn:aws:s3:::other/key').decision).toBe(kit.Decision.IMPLICIT_DENY);
  });
});

describe('foreign graph views', () => {
  test('AccessCheck.of an aws-cdk-lib role itself (a lambda.Function\'s auto role) reads its policies', () => {
    // GIVEN
    const { stack } = setup();
    const fn = new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x'),
    });
    const bucket = new s3.Bucket(stack, 'Bucket');
    bucket.grantRead(fn);

    // WHEN
    const read = kit.AccessCheck.of(fn.role!).can('s3:GetObject', `${bucket.bucketArn}/key`);
    const put = kit.AccessCheck.of(fn.role!).can('s3:PutObject', `${bucket.bucketArn}/key`);

    // THEN
    expect(read.decision).toBe(kit.Decision.ALLOW);
    expect(put.decision).toBe(kit.Decision.IMPLICIT_DENY);
    expect(put.diagnostics.map(d => d.code)).not.toContain('IdentityPoliciesNotVisible');
  });

  test('an aws-cdk-lib Role has a registered graph view; our roles and their views are their own nodes', () => {
    // GIVEN
    const { stack, role } = setup();
    const cdkRole = new cdk_iam.Role(stack, 'CdkRole', { assumedBy: new cdk_iam.ServicePrincipal('lambda.amazonaws.com') });
    cdkRole.addToPrincipalPolicy(new cdk_iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));

    // WHEN
    const info = graphNodeOf(cdkRole)!._graphNodeInfo();

    // THEN
    expect(info.path).toBe('S/CdkRole');
    expect(info.identityType).toBe('role');
    expect(stack.resolve(info.identityPolicies.map(p => p.document?.toJSON()))).toEqual([{
      Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }],
    }]);
    expect(graphNodeOf(role)).toBe(role);
    expect(graphNodeOf(new cdk_iam.ServicePrincipal('sns.amazonaws.com'))).toBeUndefined();
  });
});
