import { CfnOutput, SecretValue } from 'aws-cdk-lib';
import { Scenario, parityTable } from './harness';

/* User, Group, Policy and ManagedPolicy parity (aws-cdk-lib's aws_iam vs cdk-iam-kit). */

const USERS_AND_GROUPS: Record<string, Scenario> = {
  'user with every prop': (iam, stack) => {
    const group = new iam.Group(stack, 'Group');
    new iam.User(stack, 'User', {
      userName: 'alice',
      path: '/people/',
      groups: [group],
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('IAMUserChangePassword')],
      permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyName(stack, 'Boundary', 'boundary'),
      password: SecretValue.unsafePlainText('initial-Passw0rd!'),
      passwordResetRequired: true,
    });
  },

  'user policies, groups and outputs': (iam, stack) => {
    const user = new iam.User(stack, 'User');
    user.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    user.attachInlinePolicy(new iam.Policy(stack, 'Policy', {
      statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
    }));
    user.addToGroup(new iam.Group(stack, 'Group'));
    user.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
    new CfnOutput(stack, 'Arn', { value: user.userArn });
    new CfnOutput(stack, 'Name', { value: user.userName });
  },

  'imported users': (iam, stack) => {
    const byName = iam.User.fromUserName(stack, 'ByName', 'bob');
    byName.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    byName.addToGroup(iam.Group.fromGroupName(stack, 'Group', 'devs'));
    const byArn = iam.User.fromUserArn(stack, 'ByArn', 'arn:aws:iam::111111111111:user/team/carol');
    byArn.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
    new CfnOutput(stack, 'Name', { value: byArn.userName });
  },

  'group with every prop': (iam, stack) => {
    const group = new iam.Group(stack, 'Group', {
      groupName: 'devs',
      path: '/teams/',
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
    });
    group.addUser(new iam.User(stack, 'User'));
    group.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['ec2:Describe*'], resources: ['*'] }));
    group.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Imported', 'arn:aws:iam::111111111111:policy/x'));
    new CfnOutput(stack, 'Arn', { value: group.groupArn });
  },

  'imported group': (iam, stack) => {
    const group = iam.Group.fromGroupArn(stack, 'Group', 'arn:aws:iam::111111111111:group/path/devs');
    group.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    new CfnOutput(stack, 'Name', { value: group.groupName });
  },
};

const POLICIES: Record<string, Scenario> = {
  'Policy attached to a role, a user and a group': (iam, stack) => {
    new iam.Policy(stack, 'Policy', {
      policyName: 'shared-policy',
      roles: [new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') })],
      users: [new iam.User(stack, 'User')],
      groups: [new iam.Group(stack, 'Group')],
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] })],
    });
  },

  'Policy from a document, forced and empty': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new iam.Policy(stack, 'FromDocument', {
      roles: [role],
      document: iam.PolicyDocument.fromJson({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: '*' }],
      }),
    });
    new iam.Policy(stack, 'ForcedEmpty', { force: true, roles: [role] });
    new iam.Policy(stack, 'NotForcedEmpty', { roles: [role] });
  },

  'ManagedPolicy with every prop': (iam, stack) => {
    new iam.ManagedPolicy(stack, 'Managed', {
      managedPolicyName: 'my-managed',
      description: 'Every prop',
      path: '/policies/',
      roles: [new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') })],
      users: [new iam.User(stack, 'User')],
      groups: [new iam.Group(stack, 'Group')],
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })],
    });
  },

  'ManagedPolicy from a document, with later attachments': (iam, stack) => {
    const managed = new iam.ManagedPolicy(stack, 'Managed', {
      document: new iam.PolicyDocument({
        statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })],
      }),
    });
    managed.attachToRole(new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
    managed.attachToUser(new iam.User(stack, 'User'));
    managed.addStatements(new iam.PolicyStatement({ actions: ['sns:*'], resources: ['*'] }));
    new CfnOutput(stack, 'Arn', { value: managed.managedPolicyArn });
  },

  'managed policy imports': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyName(stack, 'ByName', 'by-name'));
    role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'ByArn', 'arn:aws:iam::111111111111:policy/by-arn'));
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('job-function/ViewOnlyAccess'));
  },
};

describe('parity: User and Group', () => {
  parityTable(USERS_AND_GROUPS);
});

describe('parity: Policy and ManagedPolicy', () => {
  parityTable(POLICIES);
});
