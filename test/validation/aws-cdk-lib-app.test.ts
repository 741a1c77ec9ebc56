import {
  App, Duration, Stack, aws_dynamodb as ddb, aws_ecr as ecr, aws_events as events, aws_iam as iam, aws_kms as kms,
  aws_lambda as lambda, aws_logs as logs, aws_s3 as s3, aws_secretsmanager as sm, aws_sns as sns, aws_sqs as sqs,
} from 'aws-cdk-lib';
import { findingsOfTemplate } from '../../src/validation/template-validation';

/*
 * False-positive guard: the IAM resources aws-cdk-lib writes for common L2 constructs and grants
 * (key policies, bucket policies with enforceSSL, topic policies, repository policies, service
 * roles with managed policy ARNs, OIDC trust policies...) deploy, so they must give no finding.
 */
describe('an aws-cdk-lib app of common constructs and grants', () => {
  test('gives no finding at all', () => {
    // GIVEN
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const key = new kms.Key(stack, 'Key');
    const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true, encryptionKey: key, serverAccessLogsPrefix: 'logs/' });
    const queue = new sqs.Queue(stack, 'Queue', { encryptionMasterKey: key });
    const topic = new sns.Topic(stack, 'Topic');
    topic.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['sns:Publish'], principals: [new iam.ServicePrincipal('events.amazonaws.com')], resources: [topic.topicArn],
    }));
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
    bucket.grantReadWrite(fn);
    queue.grantConsumeMessages(fn);
    topic.grantPublish(fn);
    key.grantDecrypt(fn);
    const repo = new ecr.Repository(stack, 'Repo');
    repo.grantPull(fn);
    repo.grantPullPush(new iam.AccountRootPrincipal());
    new sm.Secret(stack, 'Secret').grantRead(fn);
    new ddb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: ddb.AttributeType.STRING } }).grantReadWriteData(fn);
    new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(Duration.minutes(5)) });
    new logs.LogGroup(stack, 'Logs').grantWrite(fn);
    const role = new iam.Role(stack, 'Role', {
      assumedBy: new iam.CompositePrincipal(new iam.ServicePrincipal('ec2.amazonaws.com'), new iam.AccountPrincipal('123456789012')),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
    });
    new iam.ManagedPolicy(stack, 'Managed', { roles: [role], statements: [new iam.PolicyStatement({ actions: ['ec2:Describe*'], resources: ['*'] })] });
    new iam.User(stack, 'User', { groups: [new iam.Group(stack, 'Group')] });
    new iam.Role(stack, 'GitHub', {
      assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com', {
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' },
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      }),
    });

    // WHEN
    const template = app.synth().getStackByName('Stack').template;

    // THEN
    expect(findingsOfTemplate(template.Resources)).toEqual([]);
  });

  test('but reports a typo added to the same kind of app', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItems'], resources: ['*'] }));

    const template = app.synth().getStackByName('Stack').template;

    expect(findingsOfTemplate(template.Resources).map((f) => f.message)).toEqual([expect.stringContaining("did you mean 'dynamodb:GetItem'?")]);
  });
});
