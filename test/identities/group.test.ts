import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { build, expectSameTemplate, OURS } from '../grants/differential';

describe('Group', () => {
  test('synthesizes a minimal group like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => { new iam.Group(stack, 'Group'); });
  });

  test('synthesizes every prop like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => {
      const group = new iam.Group(stack, 'Group', {
        groupName: 'admins',
        path: '/ops/',
        managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      });
      group.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('job-function/ViewOnlyAccess'));
      group.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
      group.addUser(new iam.User(stack, 'User'));
    });
  });

  test('imports by ARN and name like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => {
      const a = iam.Group.fromGroupArn(stack, 'A', 'arn:aws:iam::123456789012:group/ops');
      const b = iam.Group.fromGroupName(stack, 'B', 'devs');
      a.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
      b.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
      new iam.User(stack, 'User', { groups: [a, b] });
    });
  });

  test('warns when more than 10 managed policies are attached', () => {
    const stack = build(OURS, (s, iam) => {
      const group = new iam.Group(s, 'Group');
      for (let i = 0; i < 11; i++) { group.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(`P${i}`)); }
    });
    Annotations.fromStack(stack).hasWarning('/Stack/Group', Match.stringLikeRegexp('maximum number of managed policies'));
  });

  test('carries the Group brand so that PolicyStatement can refuse it as a principal', () => {
    const stack = build(OURS, () => undefined);
    const group = new OURS.Group(stack, 'Group');
    expect((group as any)[Symbol.for('cdk-iam-kit.Group')]).toBe(true);
    expect(() => new OURS.PolicyStatement({ actions: ['s3:*'], principals: [group] })).toThrow();
  });
});
