import {
  App, Stack, aws_dynamodb as dynamodb, aws_iam as iam, aws_kms as kms, aws_lambda as lambda, aws_s3 as s3, aws_sns as sns, aws_sqs as sqs,
} from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  AccessCheck, AccountPrincipal, CdkBridge, Decision, Grant, Group, ManagedPolicy, PermissionsBoundary, PolicyStatement, Role,
  ServicePrincipal, User,
} from '../../src';

/*
 * Compile-time interop test: this file is covered by `tsc -p tsconfig.dev.json` (which includes
 * test/**), so every call below must type-check exactly as written, with no cast. The
 * `@ts-expect-error` lines pin the one slot that needs the bridge: if it ever type-checks
 * without `toCdkRole()`, tsc reports the unused directive.
 */

function program() {
  const app = new App();
  const stack = new Stack(app, 'S');
  const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  const user = new User(stack, 'User');
  const group = new Group(stack, 'Group');

  // Ours into aws-cdk-lib's grant methods: no bridge in TypeScript.
  const bucket = new s3.Bucket(stack, 'Bucket');
  bucket.grantRead(role);
  bucket.grantPut(user);
  bucket.grantWrite(group);
  new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }).grantReadWriteData(role);
  new kms.Key(stack, 'Key').grantDecrypt(role);
  new sqs.Queue(stack, 'Queue').grantSendMessages(new AccountPrincipal('111122223333'));
  new sns.Topic(stack, 'Topic').grantPublish(new ServicePrincipal('events.amazonaws.com'));

  // Slots typed iam.IRole / IUser / IGroup / IPrincipal / IGrantable: the bridge.
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
    role: role.toCdkRole(),
  });
  const cdkUser: iam.IUser = user.toCdkUser();
  const cdkGroup: iam.IGroup = group.toCdkGroup();
  cdkUser.addToGroup(cdkGroup);
  const cdkPrincipal: iam.IPrincipal = CdkBridge.toCdkPrincipal(new ServicePrincipal('sns.amazonaws.com'));
  const cdkGrantable: iam.IGrantable = CdkBridge.toCdkGrantable(role);
  new iam.Role(stack, 'CdkRole', { assumedBy: cdkPrincipal });
  bucket.grantDelete(cdkGrantable);

  // @ts-expect-error -- aws-cdk-lib's IRole.grant() returns its nominal Grant: a slot typed iam.IRole needs toCdkRole()
  const notARole: iam.IRole = role;
  void notARole;

  // aws-cdk-lib's objects into ours: no bridge in TypeScript, except for slots typed with our IRole.
  const auto = new lambda.Function(stack, 'AutoFn', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
  });
  role.grantPassRole(auto.role!);
  Grant.addToPrincipal({ grantee: auto, actions: ['s3:ListAllMyBuckets'], resourceArns: ['*'] });
  new Role(stack, 'Assumed', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  const statement = new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] });
  statement.addPrincipals(new iam.ServicePrincipal('sns.amazonaws.com'), auto.role!);
  new ManagedPolicy(stack, 'Shared', {
    statements: [new PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] })],
    roles: [CdkBridge.fromCdkRole(auto.role!)],
  });
  PermissionsBoundary.of(stack).apply(new iam.ManagedPolicy(stack, 'Boundary', {
    statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })],
  }));
  const check = AccessCheck.of(CdkBridge.fromCdkRole(auto.role!)).can('s3:ListAllMyBuckets', '*');
  return { stack, fn, check };
}

describe('interop type-check', () => {
  test('the bridged program type-checks (tsc) and synthesizes', () => {
    const { stack, fn, check } = program();

    expect(Template.fromStack(stack).toJSON().Resources[stack.getLogicalId(fn.node.defaultChild as lambda.CfnFunction)].Properties.Role)
      .toEqual({ 'Fn::GetAtt': [stack.getLogicalId(stack.node.findChild('Role').node.defaultChild as iam.CfnRole), 'Arn'] });
    expect(check.decision).toBe(Decision.ALLOW);
  });
});
