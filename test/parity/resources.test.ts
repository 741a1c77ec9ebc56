import { CfnOutput, CfnResource } from 'aws-cdk-lib';
import { Scenario, parityTable } from './harness';

/* AccessKey, InstanceProfile and permissions boundaries parity. */

const ACCESS_KEYS_AND_PROFILES: Record<string, Scenario> = {
  'access key with serial and status': (iam, stack) => {
    const user = new iam.User(stack, 'User');
    const key = new iam.AccessKey(stack, 'Key', { user, serial: 2, status: iam.AccessKeyStatus.INACTIVE });
    new CfnOutput(stack, 'KeyId', { value: key.accessKeyId });
    new CfnOutput(stack, 'Secret', { value: key.secretAccessKey.unsafeUnwrap() });
  },

  'access key of an imported user': (iam, stack) => {
    new iam.AccessKey(stack, 'Key', { user: iam.User.fromUserName(stack, 'User', 'bob') });
  },

  'instance profile with a role, a name and a path': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    const profile = new iam.InstanceProfile(stack, 'Profile', { role, instanceProfileName: 'profile', path: '/app/' });
    new CfnOutput(stack, 'Arn', { value: profile.instanceProfileArn });
    new CfnOutput(stack, 'Name', { value: profile.instanceProfileName });
  },

  'instance profile with its own role': (iam, stack) => {
    const profile = new iam.InstanceProfile(stack, 'Profile');
    profile.role!.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    new CfnOutput(stack, 'Arn', { value: profile.instanceProfileArn });
  },

  'imported instance profiles': (iam, stack) => {
    const byName = iam.InstanceProfile.fromInstanceProfileName(stack, 'ByName', 'named');
    const byArn = iam.InstanceProfile.fromInstanceProfileArn(stack, 'ByArn', 'arn:aws:iam::111111111111:instance-profile/path/p');
    const byAttrs = iam.InstanceProfile.fromInstanceProfileAttributes(stack, 'ByAttrs', {
      instanceProfileArn: 'arn:aws:iam::111111111111:instance-profile/q',
      role: iam.Role.fromRoleName(stack, 'Role', 'r'),
    });
    new CfnOutput(stack, 'A', { value: byName.instanceProfileArn });
    new CfnOutput(stack, 'B', { value: byName.instanceProfileName });
    new CfnOutput(stack, 'C', { value: byArn.instanceProfileName });
    new CfnOutput(stack, 'D', { value: byAttrs.role!.roleArn });
  },
};

const BOUNDARIES: Record<string, Scenario> = {
  'boundary applied to a stack, cleared on one role': (iam, stack) => {
    const boundary = new iam.ManagedPolicy(stack, 'Boundary', {
      statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })],
    });
    new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const cleared = new iam.Role(stack, 'Cleared', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new iam.User(stack, 'User', { permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess') });
    new CfnResource(stack, 'RawRole', { type: 'AWS::IAM::Role', properties: { AssumeRolePolicyDocument: {} } });
    iam.PermissionsBoundary.of(stack).apply(boundary);
    iam.PermissionsBoundary.of(cleared).clear();
  },

  'boundary from the permissionsBoundary prop': (iam, stack) => {
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyArn(stack, 'B', 'arn:aws:iam::111111111111:policy/b'),
    });
  },
};

describe('parity: AccessKey and InstanceProfile', () => {
  parityTable(ACCESS_KEYS_AND_PROFILES);
});

describe('parity: permissions boundaries', () => {
  parityTable(BOUNDARIES);
  parityTable(BOUNDARIES, {
    context: { '@aws-cdk/core:permissionsBoundary': { name: 'context-boundary' } },
  });
});
