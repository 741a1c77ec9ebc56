/*
 * The example app: `npm run example` synthesizes it into cdk.out/ with no AWS account.
 *
 * It shows the drop-in API (the same names as aws-cdk-lib/aws-iam), the synth-time validation
 * (an error here would fail the synth with the construct path and a fix), and the offline access
 * report written next to the template.
 */
import * as path from 'path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import {
  AccessCheck, AccessReport, AccountPrincipal, Effect, Group, ManagedPolicy, PermissionsBoundary,
  Policy, PolicyStatement, Role, ServicePrincipal, User,
} from '../src';

const outdir = path.join(__dirname, '..', 'cdk.out');
const app = new App({ outdir });
const stack = new Stack(app, 'IamKitExample', { env: { account: '111111111111', region: 'eu-west-1' } });

// A Lambda-style execution role with a managed policy and granted permissions.
const role = new Role(stack, 'Worker', {
  assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
  description: 'Runs the order worker',
  maxSessionDuration: Duration.hours(2),
  managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
});
role.addToPrincipalPolicy(new PolicyStatement({
  actions: ['s3:GetObject', 's3:PutObject'],
  resources: ['arn:aws:s3:::orders-bucket/*'],
}));
role.addToPrincipalPolicy(new PolicyStatement({
  actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
  resources: ['arn:aws:dynamodb:eu-west-1:111111111111:table/orders'],
}));

// An auditor role another account may assume, and a role it may pass.
const auditor = new Role(stack, 'Auditor', {
  assumedBy: new AccountPrincipal('222222222222'),
  externalIds: ['audit-2026'],
});
auditor.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('SecurityAudit'));
role.grantPassRole(auditor);

// Developers: a group with a customer managed policy, and a user in it.
const developers = new Group(stack, 'Developers');
const readLogs = new ManagedPolicy(stack, 'ReadLogs', {
  description: 'Read application logs',
  statements: [new PolicyStatement({
    actions: ['logs:GetLogEvents', 'logs:FilterLogEvents'],
    resources: ['arn:aws:logs:eu-west-1:111111111111:log-group:/orders/*'],
  })],
});
developers.addManagedPolicy(readLogs);
const alice = new User(stack, 'Alice', { groups: [developers] });
new Policy(stack, 'DenyDeletes', {
  statements: [new PolicyStatement({
    effect: Effect.DENY,
    actions: ['s3:DeleteObject'],
    resources: ['arn:aws:s3:::orders-bucket/*'],
  })],
  users: [alice],
});

// Every role and user in the stack gets the same permissions boundary.
const boundary = new ManagedPolicy(stack, 'Boundary', {
  statements: [new PolicyStatement({ actions: ['s3:*', 'dynamodb:*', 'logs:*', 'iam:PassRole'], resources: ['*'] })],
});
PermissionsBoundary.of(stack).apply(boundary);

const assembly = app.synth();

// Offline evaluation: ask the graph before anything is deployed.
const check = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::orders-bucket/2026/11/order.json');
const denied = AccessCheck.of(alice).can('s3:DeleteObject', 'arn:aws:s3:::orders-bucket/x');
AccessReport.of(app).writeTo(outdir);

const template = assembly.getStackByName(stack.stackName).templateFullPath;
console.log(`Template:      ${path.relative(process.cwd(), template)}`);
console.log(`Access report: ${path.relative(process.cwd(), path.join(outdir, 'access-report.md'))} (and .json)`);
console.log(`Worker may s3:GetObject on an order: ${check.decision}`);
console.log(`Alice may s3:DeleteObject: ${denied.decision}`);
