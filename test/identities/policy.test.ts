import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { build, CDK, expectSameTemplate, OURS } from '../grants/differential';

const s3 = (iam: any) => new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });

describe('Policy', () => {
  test('is not synthesized when unattached or empty', () => {
    const t = expectSameTemplate((stack, iam) => {
      new iam.Policy(stack, 'Unattached', { statements: [s3(iam)] });
      new iam.Policy(stack, 'Empty', { users: [new iam.User(stack, 'User')] });
    });
    expect(Object.values<any>(t.Resources).filter(r => r.Type === 'AWS::IAM::Policy')).toHaveLength(0);
  });

  test('attaches to users, groups and roles with every prop', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
      const user = new iam.User(stack, 'User');
      const group = new iam.Group(stack, 'Group');
      const p = new iam.Policy(stack, 'P', { policyName: 'named', roles: [role], users: [user], groups: [group], statements: [s3(iam)] });
      p.attachToRole(role);
      p.addStatements(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
    });
  });

  test('uses a given document', () => {
    expectSameTemplate((stack, iam) => {
      new iam.Policy(stack, 'P', {
        document: new iam.PolicyDocument({ statements: [s3(iam)] }),
        users: [new iam.User(stack, 'User')],
      });
    });
  });

  test('is synthesized with force', () => {
    expectSameTemplate((stack, iam) => {
      new iam.Policy(stack, 'P', { force: true, statements: [s3(iam)], users: [new iam.User(stack, 'User')] });
    });
  });

  test.each<[string, { force: boolean; users?: boolean; statements?: boolean }]>([
    ['PolicyEmpty', { force: true, users: true }],
    ['PolicyNotAttached', { force: true, statements: true }],
  ])('fails synthesis with [%s]', (code, spec) => {
    const stack = build(OURS, (s, iam) => {
      new iam.Policy(s, 'P', {
        force: spec.force,
        users: spec.users ? [new iam.User(s, 'User')] : undefined,
        statements: spec.statements ? [s3(iam)] : undefined,
      });
    });
    expect(() => Template.fromStack(stack)).toThrow(new RegExp(`\\[${code}\\]`));
  });

  test('fails synthesis when its name is referenced but it is empty', () => {
    const stack = build(OURS, (s, iam) => {
      const p = new iam.Policy(s, 'P');
      void p.policyName;
    });
    expect(() => Template.fromStack(stack)).toThrow(/\[PolicyEmpty\]/);
  });

  test('throws when two policies with the same name are attached to one identity', () => {
    expect(() => build(OURS, (s, iam) => {
      const user = new iam.User(s, 'User');
      new iam.Policy(s, 'A', { policyName: 'same', users: [user] });
      new iam.Policy(s, 'B', { policyName: 'same', users: [user] });
    })).toThrow(/\[PolicyNamedAlreadyAttached\]/);
  });

  test('adds grants to its document through grantPrincipal', () => {
    expectSameTemplate((stack, iam) => {
      const p = new iam.Policy(stack, 'P', { users: [new iam.User(stack, 'User')] });
      iam.Grant.addToPrincipal({ grantee: p, actions: ['s3:GetObject'], resourceArns: ['*'] });
    });
  });

  test('grantPrincipal, built on first use, is one object per policy, with the policy\'s account', () => {
    const stack = build(OURS, () => undefined);
    for (const p of [new OURS.Policy(stack, 'P'), new OURS.ManagedPolicy(stack, 'M')]) {
      expect(p.grantPrincipal).toBe(p.grantPrincipal);
      expect(p.grantPrincipal.grantPrincipal).toBe(p.grantPrincipal);
      expect(p.grantPrincipal.principalAccount).toEqual(p.env.account);
    }
  });

  test('throws when a grant needs the policy as a principal', () => {
    const stack = build(OURS, () => undefined);
    const p = new OURS.Policy(stack, 'P');
    expect(() => p.grantPrincipal.assumeRoleAction).toThrow(/\[GrantOperationNeedsAddResource\]/);
  });

  test('each policy decides alone whether its resource is synthesized (one resource class for all)', () => {
    const stack = build(OURS, () => undefined);
    const user = new OURS.User(stack, 'User');
    const attached = new OURS.Policy(stack, 'Attached', { users: [user], statements: [s3(OURS)] });
    const unattached = new OURS.Policy(stack, 'Unattached', { statements: [s3(OURS)] });
    const types = Object.values<any>(Template.fromStack(stack).toJSON().Resources).map(r => r.Type);
    expect(types.filter(t => t === 'AWS::IAM::Policy')).toHaveLength(1);
    expect(Object.getPrototypeOf(attached.node.defaultChild)).toBe(Object.getPrototypeOf(unattached.node.defaultChild));
  });

  test('lists only the kinds of identity it is attached to, attached before or after creation', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
      const onlyRole = new iam.Policy(stack, 'OnlyRole', { statements: [s3(iam)] });
      onlyRole.attachToRole(role);
      const later = new iam.Policy(stack, 'Later', { roles: [role], statements: [s3(iam)] });
      later.attachToUser(new iam.User(stack, 'User'));
      later.attachToGroup(new iam.Group(stack, 'Group'));
      later.attachToGroup(new iam.Group(stack, 'Group2'));
    });
  });

  test('keeps an identity list set through the L1 before the first attachment of that kind', () => {
    // GIVEN
    const stack = build(OURS, () => undefined);
    const p = new OURS.Policy(stack, 'P', { statements: [s3(OURS)] });
    (p.node.defaultChild as any).users = ['existing-user'];
    // WHEN
    p.attachToUser(new OURS.User(stack, 'User'));
    // THEN
    const policies = Template.fromStack(stack).findResources('AWS::IAM::Policy');
    expect(Object.values<any>(policies)[0].Properties.Users).toEqual(['existing-user']);
  });

  test('attaching traces no L1 property assignment in debug mode', () => {
    // GIVEN
    const previous = process.env.CDK_DEBUG;
    process.env.CDK_DEBUG = 'true';
    try {
      const stack = build(OURS, () => undefined);
      const p = new OURS.Policy(stack, 'P', { statements: [s3(OURS)] });
      // WHEN
      p.attachToUser(new OURS.User(stack, 'User'));
      p.attachToGroup(new OURS.Group(stack, 'Group'));
      p.attachToRole(new OURS.Role(stack, 'Role', { assumedBy: new OURS.ServicePrincipal('ec2.amazonaws.com') }));
      // THEN
      expect(p.node.defaultChild!.node.metadata.map((m: { type: string }) => m.type)).not.toContain('aws:cdk:propertyAssignment');
      const policy = Object.values<any>(Template.fromStack(stack).findResources('AWS::IAM::Policy'))[0];
      expect(Object.keys(policy.Properties)).toEqual(expect.arrayContaining(['Roles', 'Users', 'Groups']));
    } finally {
      if (previous === undefined) { delete process.env.CDK_DEBUG; } else { process.env.CDK_DEBUG = previous; }
    }
  });

  test('policyRef, built on first use, is one object holding the Id attribute', () => {
    const stack = build(OURS, () => undefined);
    const p = new OURS.Policy(stack, 'P');
    expect(p.policyRef).toBe(p.policyRef);
    expect(stack.resolve(p.policyRef.policyId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^P/), 'Id'] });
  });

  test('names a role of its own stack by Ref and a role of another stack or account as aws-cdk-lib does', () => {
    // GIVEN: one app per library, the role in one stack, policies in that stack and in others
    const templates = [CDK, OURS].map((iam) => {
      const app = new cdk.App();
      const env = { account: '123456789012', region: 'us-east-1' };
      const roleStack = new cdk.Stack(app, 'RoleStack', { env });
      const sameEnv = new cdk.Stack(app, 'SameEnv', { env });
      const otherAccount = new cdk.Stack(app, 'OtherAccount', { env: { ...env, account: '210987654321' } });
      const role = new iam.Role(roleStack, 'Role', {
        assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'), roleName: cdk.PhysicalName.GENERATE_IF_NEEDED,
      });
      // WHEN
      for (const stack of [roleStack, sameEnv, otherAccount]) {
        new iam.Policy(stack, 'P', { roles: [role], statements: [s3(iam)] });
      }
      role.addToPrincipalPolicy(s3(iam));
      return [roleStack, sameEnv, otherAccount].map((stack) => Template.fromStack(stack).toJSON());
    });
    // THEN
    expect(templates[1]).toEqual(templates[0]);
    expect(JSON.stringify(templates[1][0])).toContain('"Roles":[{"Ref":"');
  });

  test('imports by name', () => {
    const stack = build(OURS, () => undefined);
    const p = OURS.Policy.fromPolicyName(stack, 'P', 'existing');
    expect(p.policyName).toBe('existing');
    expect(() => p.policyRef).toThrow(/\[CannotUseImportedPolicy\]/);
  });
});
