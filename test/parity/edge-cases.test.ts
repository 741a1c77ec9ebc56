import { CfnOutput, Duration, PhysicalName, Stack, aws_s3 as s3 } from 'aws-cdk-lib';
import { Scenario, parityTable, refusalTable } from './harness';

/* Edge cases: misuse that both libraries refuse, physical names, principals with conditions. */

const REFUSALS: Record<string, Scenario> = {
  'refuses a session duration over 12 hours': (iam, stack) => {
    new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal(), maxSessionDuration: Duration.hours(13) });
  },

  'refuses a role path without slashes': (iam, stack) => {
    new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal(), path: 'nope' });
  },

  'refuses addGrantsToResources on a mutable import': (iam, stack) => {
    iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111111111111:role/x', { addGrantsToResources: true });
  },

  'refuses an empty managed policy at synthesis': (iam, stack) => {
    new iam.ManagedPolicy(stack, 'Empty');
  },

  'refuses a forced policy attached to nothing': (iam, stack) => {
    new iam.Policy(stack, 'Forced', {
      force: true,
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })],
    });
  },

  'refuses a principal in an identity policy': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: ['*'],
      principals: [new iam.AccountRootPrincipal()],
    }));
  },

};

const EDGES: Record<string, Scenario> = {
  'role name generated for a cross-account reference': (iam, stack, app) => {
    const producer = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'eu-west-1' } });
    const consumer = new Stack(app, 'Consumer', { env: { account: '222222222222', region: 'eu-west-1' } });
    const role = new iam.Role(producer, 'Role', {
      assumedBy: new iam.AccountPrincipal('222222222222'),
      roleName: PhysicalName.GENERATE_IF_NEEDED,
    });
    new CfnOutput(consumer, 'RoleArn', { value: role.roleArn });
    new CfnOutput(consumer, 'RoleName', { value: role.roleName });
    void stack;
  },

  'imported role with a custom default policy name': (iam, stack) => {
    const role = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111111111111:role/x', { defaultPolicyName: 'MyPolicy' });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  },

  'service principal with conditions and a regional service': (iam, stack) => {
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('states.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    });
    new iam.Role(stack, 'Logs', { assumedBy: new iam.ServicePrincipal('logs.eu-west-1.amazonaws.com') });
  },

  'statements with NotAction, NotResource and several conditions': (iam, stack) => {
    const user = new iam.User(stack, 'User');
    const statement = new iam.PolicyStatement({ effect: iam.Effect.DENY, notActions: ['iam:*', 'sts:*'], notResources: ['*'] });
    statement.addCondition('StringNotEquals', { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] });
    statement.addCondition('Bool', { 'aws:ViaAWSService': 'false' });
    user.addToPrincipalPolicy(statement);
    user.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['arn:aws:s3:::a', 'arn:aws:s3:::a/*'], sid: 'WithSid' }));
  },

  'principal with conditions granted on a bucket': (iam, stack) => {
    const bucket = new s3.Bucket(stack, 'Bucket');
    bucket.grantRead(new iam.AccountPrincipal('999999999999').withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }));
  },

  'role session tags and source identity': (iam, stack) => {
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.SessionTagsPrincipal(new iam.ArnPrincipal('arn:aws:iam::111111111111:role/x')),
    });
  },
};

describe('parity: misuse both libraries refuse', () => {
  refusalTable(REFUSALS);
});

describe('parity: edge cases', () => {
  parityTable(EDGES);
});
