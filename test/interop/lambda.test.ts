import { App, Stack, aws_cloudfront as cloudfront, aws_iam as cdk_iam, aws_lambda as lambda, aws_s3 as s3 } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import { bothSides, Side } from './differential';
import * as kit from '../../src';

function fnProps(role?: cdk_iam.IRole): lambda.FunctionProps {
  return { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}'), role };
}

describe('interop with aws-cdk-lib Lambda', () => {
  test('a role passed as the function role (toCdkRole) gives aws-cdk-lib\'s template', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const role = new side.iam.Role(stack, 'Role', {
        assumedBy: new side.iam.ServicePrincipal('lambda.amazonaws.com'),
        managedPolicies: [side.iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
      });
      const fn = new lambda.Function(stack, 'Fn', fnProps(side.cdkRole(role)));
      new s3.Bucket(stack, 'Bucket').grantRead(fn);
      fn.addToRolePolicy(new cdk_iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
      fn.addEnvironment('ROLE', role.roleName);
    });

    expect(ours).toEqual(cdk);
  });

  test('the auto-created role of a function in our grants, statements and trust policies gives aws-cdk-lib\'s template', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const fn = new lambda.Function(stack, 'Fn', fnProps());
      const target = new side.iam.Role(stack, 'Target', { assumedBy: fn.role! });
      target.grantPassRole(fn.role!);
      target.grantAssumeRole(fn.grantPrincipal);
      side.iam.Grant.addToPrincipal({ grantee: fn, actions: ['s3:ListAllMyBuckets'], resourceArns: ['*'] });
      new side.iam.ManagedPolicy(stack, 'Shared', {
        statements: [new side.iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] })],
        roles: [side.isKit ? side.iam.CdkBridge.fromCdkRole(fn.role!) : fn.role!],
      });
    });

    expect(ours).toEqual(cdk);
  });

  test('the auto-created role through CdkBridge.fromCdkGrantable (the Java/Python path) gives aws-cdk-lib\'s template', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const fn = new lambda.Function(stack, 'Fn', fnProps());
      const grantee = side.isKit ? kit.CdkBridge.fromCdkGrantable(fn) : fn;
      const target = new side.iam.Role(stack, 'Target', {
        assumedBy: side.isKit ? kit.CdkBridge.fromCdkPrincipal(fn.role!) : fn.role!,
      });
      target.grantPassRole(grantee.grantPrincipal);
      side.iam.Grant.addToPrincipal({ grantee, actions: ['s3:ListAllMyBuckets'], resourceArns: ['*'] });
    });

    expect(ours).toEqual(cdk);
  });

  test('a permissions boundary of ours applies to the function\'s auto-created role as aws-cdk-lib\'s does', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      new lambda.Function(stack, 'Fn', fnProps());
      const boundary = new side.iam.ManagedPolicy(stack, 'Boundary', {
        statements: [new side.iam.PolicyStatement({ actions: ['s3:*', 'logs:*'], resources: ['*'] })],
      });
      side.iam.PermissionsBoundary.of(stack).apply(boundary);
    });

    expect(ours).toEqual(cdk);
  });

  test('an edge function\'s role (toCdkRole) gets the edgelambda trust as aws-cdk-lib\'s Role does (iam.Role.isRole)', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'us-east-1' } });
      const role = new side.iam.Role(stack, 'Role', { assumedBy: new side.iam.ServicePrincipal('lambda.amazonaws.com') });
      new cloudfront.experimental.EdgeFunction(stack, 'Edge', fnProps(side.cdkRole(role)));
    });

    expect(ours).toEqual(cdk);
    expect(JSON.stringify(ours)).toContain('edgelambda.amazonaws.com');
  });

  test('iam.Role.isRole recognises the view, never our Role itself', () => {
    const stack = new Stack(new App(), 'S');
    const role = new kit.Role(stack, 'Role', { assumedBy: new kit.ServicePrincipal('lambda.amazonaws.com') });

    expect(cdk_iam.Role.isRole(role.toCdkRole())).toBe(true);
    expect(cdk_iam.Role.isRole(role)).toBe(false);
    expect(role.toCdkRole()).toBe(role.toCdkRole());
    expect(kit.CdkBridge.toCdkPrincipal(role)).toBe(role.toCdkRole());
  });

  test('a grant through the view lands in our role\'s policy, so no GrantDropped warning and AccessCheck sees it', () => {
    const stack = new Stack(new App(), 'S');
    const role = new kit.Role(stack, 'Role', { assumedBy: new kit.ServicePrincipal('lambda.amazonaws.com') });
    const bucket = new s3.Bucket(stack, 'Bucket');
    bucket.grantRead(role.toCdkRole());

    const result = kit.AccessCheck.of(role).can('s3:GetObject', `${bucket.bucketArn}/key`);
    expect(result.decision).toBe(kit.Decision.ALLOW);
    Annotations.fromStack(stack).hasNoWarning('*', '*');
  });
});
