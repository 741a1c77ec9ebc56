/*
 * The example app's constructs, built into a fresh App: used by examples/app.ts (`npm run example`)
 * and by bench/validation/examples.ts, which measures what the synth-time validation adds to its
 * synth.
 */
import { App, Duration, Stack } from 'aws-cdk-lib';
import {
  AccountPrincipal, Effect, Group, ManagedPolicy, PermissionsBoundary,
  Policy, PolicyStatement, Role, ServicePrincipal, User,
} from '../src';

/** The example app and the constructs the example asks about after synthesis. */
export interface ExampleApp {
  readonly app: App;
  readonly stack: Stack;
  readonly role: Role;
  readonly alice: User;
}

/** Build the example app (not synthesized) writing to `outdir`. */
export function buildExampleApp(outdir?: string): ExampleApp {
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
  return { app, stack, role, alice };
}
