import { App, CfnParameter, Stack, aws_iam as cdkiam } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { InstanceProfile, Role, ServicePrincipal } from '../../src';

/*
 * Expected JSON: the AWS::IAM::InstanceProfile resource as documented (Roles, InstanceProfileName,
 * Path), and for attributes a live aws-cdk-lib run of the same construct (differential).
 */

type Api = { InstanceProfile: any; Role: any; ServicePrincipal: any };
const OURS: Api = { InstanceProfile, Role, ServicePrincipal };
const THEIRS: Api = cdkiam;

/** Resolve the attributes the scenario returns, with our classes and with aws-cdk-lib's. */
function attributesBoth(scenario: (api: Api, stack: Stack) => Record<string, unknown>) {
  const run = (api: Api) => {
    const stack = new Stack(new App(), 'Stack', { env: { account: '111111111111', region: 'eu-west-1' } });
    return stack.resolve(scenario(api, stack));
  };
  return { ours: run(OURS), theirs: run(THEIRS) };
}

describe('InstanceProfile', () => {
  test('creates an instance profile holding the given role', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('ec2.amazonaws.com') });

    // WHEN
    const profile = new InstanceProfile(stack, 'Profile', { role, instanceProfileName: 'profile', path: '/app/' });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::InstanceProfile', {
      Roles: [{ Ref: stack.getLogicalId(role.node.defaultChild as any) }],
      InstanceProfileName: 'profile',
      Path: '/app/',
    });
    expect(profile.role).toBe(role);
  });

  test('creates a role assumable by EC2 when none is given', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');

    // WHEN
    const profile = new InstanceProfile(stack, 'Profile');

    // THEN
    expect(profile.role).toBeInstanceOf(Role);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } }],
      },
    });
  });

  test.each([
    ['a named profile with a path', { instanceProfileName: 'profile', path: '/app/' }],
    ['a named profile without a path', { instanceProfileName: 'profile' }],
    ['a profile with a generated name', {}],
  ])('has the name and ARN aws-cdk-lib gives %s', (_name, props) => {
    const { ours, theirs } = attributesBoth((api, stack) => {
      const profile = new api.InstanceProfile(stack, 'Profile', props);
      return { name: profile.instanceProfileName, arn: profile.instanceProfileArn, ref: profile.instanceProfileRef };
    });
    expect(ours).toEqual(theirs);
  });

  test('has the cross-stack name aws-cdk-lib gives a profile with a physical name', () => {
    const run = (api: Api) => {
      const app = new App();
      const producer = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'eu-west-1' } });
      const consumer = new Stack(app, 'Consumer', { env: { account: '222222222222', region: 'eu-west-1' } });
      const profile = new api.InstanceProfile(producer, 'Profile', { instanceProfileName: 'cross', path: '/p/' });
      return consumer.resolve({ name: profile.instanceProfileName, arn: profile.instanceProfileArn });
    };
    expect(run(OURS)).toEqual(run(THEIRS));
  });

  test.each([
    ['by name', (api: Api, stack: Stack) => api.InstanceProfile.fromInstanceProfileName(stack, 'I', 'named')],
    ['by ARN with a path', (api: Api, stack: Stack) =>
      api.InstanceProfile.fromInstanceProfileArn(stack, 'I', 'arn:aws:iam::111111111111:instance-profile/team/app/p')],
    ['by token ARN', (api: Api, stack: Stack) =>
      api.InstanceProfile.fromInstanceProfileArn(stack, 'I', new CfnParameter(stack, 'ProfileArn').valueAsString)],
  ])('imports %s as aws-cdk-lib does', (_name, importIt) => {
    const { ours, theirs } = attributesBoth((api, stack) => {
      const profile = importIt(api, stack);
      return { name: profile.instanceProfileName, arn: profile.instanceProfileArn, role: profile.role === undefined };
    });
    expect(ours).toEqual(theirs);
  });

  test('imports attributes with a role', () => {
    const stack = new Stack(new App(), 'Stack');
    const role = Role.fromRoleName(stack, 'Role', 'r');
    const profile = InstanceProfile.fromInstanceProfileAttributes(stack, 'Imported', {
      instanceProfileArn: 'arn:aws:iam::111111111111:instance-profile/q',
      role,
    });
    expect(profile.role).toBe(role);
    expect(profile.instanceProfileName).toEqual('q');
  });
});
