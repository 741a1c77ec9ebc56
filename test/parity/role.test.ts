import { CfnOutput, CfnParameter, Duration, Stack, aws_s3 as s3, aws_sqs as sqs } from 'aws-cdk-lib';
import { Scenario, parityTable } from './harness';

/*
 * Role parity: the same scenario with aws-cdk-lib's aws_iam and with cdk-iam-kit must synthesize
 * the same templates, with the iam feature flags off and on.
 */

const ROLE: Record<string, Scenario> = {
  'role assumed by a service principal': (iam, stack) => {
    new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  },

  'role with every prop': (iam, stack) => {
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.AccountPrincipal('111111111111'),
      roleName: 'my-role',
      path: '/app/team/',
      description: 'A role with every prop',
      maxSessionDuration: Duration.hours(4),
      externalIds: ['ext-1', 'ext-2'],
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      inlinePolicies: {
        Logs: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogGroup'], resources: ['*'] })],
        }),
      },
      permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyName(stack, 'Boundary', 'boundary'),
    });
  },

  'role with a single externalId': (iam, stack) => {
    new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal(), externalId: 'only-one' });
  },

  'role with statements in its default policy': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket/*'] }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::bucket'] }));
    role.addToPolicy(new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      notActions: ['iam:*'],
      notResources: ['arn:aws:iam::111111111111:role/x'],
      conditions: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
    }));
    new CfnOutput(stack, 'Arn', { value: role.roleArn });
    new CfnOutput(stack, 'Name', { value: role.roleName });
    new CfnOutput(stack, 'Id', { value: role.roleId });
  },

  'role grants: grant, grantPassRole, grantAssumeRole': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const user = new iam.User(stack, 'User');
    role.grant(user, 'iam:GetRole', 'iam:TagRole');
    role.grantPassRole(user);
    role.grantAssumeRole(new iam.ArnPrincipal('arn:aws:iam::111111111111:role/other'));
  },

  'role assumed by a composite principal': (iam, stack) => {
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.CompositePrincipal(
        new iam.ServicePrincipal('lambda.amazonaws.com'),
        new iam.AccountPrincipal('222222222222'),
        new iam.ArnPrincipal('arn:aws:iam::333333333333:role/x'),
      ),
    });
  },

  'role assumed with conditions and session tags': (iam, stack) => {
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.AccountPrincipal('222222222222')
        .withConditions({ StringEquals: { 'aws:PrincipalTag/team': 'a' } })
        .withSessionTags(),
    });
  },

  'role assumed by a web identity principal': (iam, stack) => {
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', {
        'StringEquals': { 'cognito-identity.amazonaws.com:aud': 'pool' },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      }),
    });
  },

  'role with an attached Policy and managed policies': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
    role.attachInlinePolicy(new iam.Policy(stack, 'Policy', {
      statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })],
    }));
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonECSTaskExecutionRolePolicy'));
    role.addManagedPolicy(new iam.ManagedPolicy(stack, 'Managed', {
      statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
    }));
  },

  'role granted access by aws-cdk-lib resources': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new s3.Bucket(stack, 'Bucket').grantReadWrite(role);
    new sqs.Queue(stack, 'Queue').grantSendMessages(role);
  },

  'role trust policy extended after creation': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.assumeRolePolicy!.addStatements(new iam.PolicyStatement({
      actions: ['sts:AssumeRole'],
      principals: [new iam.AccountPrincipal('444444444444')],
    }));
  },

  'role granted to a role in another stack': (iam, stack, app) => {
    const other = new Stack(app, 'Other');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const consumer = new iam.Role(other, 'Consumer', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    role.grantAssumeRole(consumer);
  },

  'lazy role': (iam, stack) => {
    const role = new iam.LazyRole(stack, 'Lazy', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    new iam.LazyRole(stack, 'Unused', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  },

  'role without policy updates': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const frozen = role.withoutPolicyUpdates();
    frozen.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    new s3.Bucket(stack, 'Bucket').grantRead(frozen);
  },
};

const IMPORTS: Record<string, Scenario> = {
  'imported mutable role gets a Policy': (iam, stack) => {
    const role = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111111111111:role/path/existing');
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
    new CfnOutput(stack, 'Name', { value: role.roleName });
  },

  'imported immutable role adds nothing': (iam, stack) => {
    const role = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111111111111:role/existing', { mutable: false });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    new s3.Bucket(stack, 'Bucket').grantRead(role);
  },

  'imported immutable role with grants on resources': (iam, stack) => {
    const role = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111111111111:role/existing', {
      mutable: false,
      addGrantsToResources: true,
    });
    new s3.Bucket(stack, 'Bucket').grantRead(role);
  },

  'imported role by name': (iam, stack) => {
    const role = iam.Role.fromRoleName(stack, 'Imported', 'existing-role');
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
    new CfnOutput(stack, 'Arn', { value: role.roleArn });
  },

  'imported role from a token ARN': (iam, stack) => {
    const role = iam.Role.fromRoleArn(stack, 'Imported', new CfnParameter(stack, 'RoleArn').valueAsString);
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    role.grantPassRole(new iam.AccountRootPrincipal());
  },
};

const CROSS_ACCOUNT: Record<string, Scenario> = {
  'imported role of another account is not modified': (iam, stack) => {
    const role = iam.Role.fromRoleArn(stack, 'Foreign', 'arn:aws:iam::999999999999:role/foreign');
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    new s3.Bucket(stack, 'Bucket').grantRead(role);
  },

  'imported role of the same account is modified': (iam, stack) => {
    const role = iam.Role.fromRoleArn(stack, 'Local', 'arn:aws:iam::111111111111:role/local');
    new s3.Bucket(stack, 'Bucket').grantRead(role);
  },

  'role trusted by another account': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('999999999999') });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] }));
  },
};

describe('parity: Role', () => {
  parityTable(ROLE);
});

describe('parity: imported roles', () => {
  parityTable(IMPORTS);
});

describe('parity: cross-account', () => {
  parityTable(CROSS_ACCOUNT, { env: { account: '111111111111', region: 'eu-west-1' } });
});
