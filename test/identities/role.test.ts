import * as cdk from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { build, CDK, expectSameTemplate, OURS, oursThrows } from '../grants/differential';

const lambda = (iam: any) => new iam.ServicePrincipal('lambda.amazonaws.com');

describe('Role', () => {
  test('synthesizes a minimal role like aws-cdk-lib', () => {
    const t = expectSameTemplate((stack, iam) => {
      new iam.Role(stack, 'Role', { assumedBy: lambda(iam) });
    });
    // IAM docs: a trust policy allows sts:AssumeRole for the principal
    expect(Object.values(t.Resources)[0]).toMatchObject({ Type: 'AWS::IAM::Role' });
  });

  test('synthesizes every prop like aws-cdk-lib', () => {
    expectSameTemplate((stack, iam) => {
      const boundary = new iam.ManagedPolicy(stack, 'Boundary', {
        statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })],
      });
      new iam.Role(stack, 'Role', {
        assumedBy: new iam.AccountPrincipal('123456789012'),
        externalIds: ['one', 'two'],
        managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'), boundary],
        inlinePolicies: {
          Inline: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })] }),
        },
        path: '/app/',
        permissionsBoundary: boundary,
        roleName: 'my-role',
        maxSessionDuration: cdk.Duration.hours(4),
        description: 'a role',
      });
    });
  });

  test('synthesizes a single external id as a string', () => {
    expectSameTemplate((stack, iam) => {
      new iam.Role(stack, 'Role', { assumedBy: lambda(iam), externalIds: ['only'] });
    });
  });

  test('adds a default policy when a statement is added', () => {
    const t = expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: lambda(iam) });
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
      role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:123456789012:q'] }));
    });
    expect(Object.keys(t.Resources).some(k => k.startsWith('RoleDefaultPolicy'))).toBe(true);
  });

  test('attaches managed and inline policies, deduplicating managed ARNs', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: lambda(iam) });
      role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'));
      role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'));
      role.attachInlinePolicy(new iam.Policy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] }));
    });
  });

  test('grants pass role, assume role and arbitrary actions on itself', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: lambda(iam) });
      const user = new iam.User(stack, 'User');
      role.grantPassRole(user);
      role.grantAssumeRole(user);
      role.grant(user, 'iam:GetRole');
      role.grants.passRole(user);
    });
  });

  test('throws when grantAssumeRole is given a service principal', () => {
    const e = oursThrows((stack, iam) => {
      new iam.Role(stack, 'Role', { assumedBy: lambda(iam) }).grantAssumeRole(lambda(iam));
    });
    expect(e.message).toMatch(/\[CannotServiceAccountPrincipalGrant\]/);
  });

  test.each([
    ['InvalidRoleName', { roleName: 'has space' }],
    ['InvalidRolePathCharacters', { path: 'no-slashes' }],
    ['RolePathCharactersProvidedRole', { path: '/' + 'a'.repeat(600) + '/' }],
    ['MaxSessionDurationSet', { maxSessionDuration: cdk.Duration.minutes(30) }],
    ['RoleDescriptionLongerCharacters', { description: 'd'.repeat(1001) }],
  ])('throws [%s] for an invalid prop', (code, props) => {
    const e = oursThrows((stack, iam) => {
      new iam.Role(stack, 'Role', { assumedBy: lambda(iam), ...props });
    });
    expect(e.message).toMatch(new RegExp(`\\[${code}\\]`));
  });

  test('does not reject tokens in name, path or description', () => {
    const stack = build(OURS, (s, iam) => {
      const p = new cdk.CfnParameter(s, 'P');
      new iam.Role(s, 'Role', { assumedBy: lambda(iam), roleName: p.valueAsString, path: p.valueAsString, description: p.valueAsString });
    });
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Role', 1);
  });

  test('isRole recognises our roles only', () => {
    const stack = build(OURS, (s, iam) => { new iam.Role(s, 'Role', { assumedBy: lambda(iam) }); });
    expect(OURS.Role.isRole(stack.node.findChild('Role'))).toBe(true);
    expect(OURS.Role.isRole({})).toBe(false);
  });

  test('exposes roleRef, roleId and the principal fragment', () => {
    const stack = build(OURS, () => undefined);
    const role = new OURS.Role(stack, 'Role', { assumedBy: lambda(OURS) });
    expect(role.roleRef).toEqual({ roleName: role.roleName, roleArn: role.roleArn });
    expect(stack.resolve(role.roleId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Role/), 'RoleId'] });
    expect(stack.resolve(role.policyFragment.principalJson)).toEqual({ AWS: [{ 'Fn::GetAtt': [expect.any(String), 'Arn'] }] });
  });

  test('gives the same principal fragment whether or not roleArn was read first', () => {
    // GIVEN
    const stack = build(OURS, () => undefined);
    const early = new OURS.Role(stack, 'Early', { assumedBy: lambda(OURS) });
    const late = new OURS.Role(stack, 'Late', { assumedBy: lambda(OURS) });
    // WHEN
    const earlyArn = early.roleArn;
    const lateFragment = late.policyFragment;
    // THEN
    expect(early.policyFragment.principalJson).toEqual({ AWS: [earlyArn] });
    expect(lateFragment.principalJson).toEqual({ AWS: [late.roleArn] });
    expect(late.policyFragment).toBe(lateFragment);
  });

  test('throws RoleidAvailablePrecreatedRoles when roleId is read on a role customizeRoles replaces', () => {
    // GIVEN a role whose synthesis customizeRoles prevents (no CfnRole)
    const stack = build(OURS, () => undefined);
    OURS.Role.customizeRoles(stack, { usePrecreatedRoles: { 'Stack/Role': 'precreated-role' } });
    const role = new OURS.Role(stack, 'Role', { assumedBy: lambda(OURS) });
    // THEN name and ARN come from the precreated role, the id is not available
    expect(role.roleName).toEqual('precreated-role');
    expect(() => role.roleId).toThrow(/\[RoleidAvailablePrecreatedRoles\]/);
  });
});

describe('Role.fromRoleArn', () => {
  const arn = 'arn:aws:iam::123456789012:role/path/ImportedRole';

  test('adds statements to a mutable import through a Policy named "Policy"', () => {
    expectSameTemplate((stack, iam) => {
      const role = iam.Role.fromRoleArn(stack, 'Imported', arn);
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    }, undefined, { account: '123456789012', region: 'us-east-1' });
  });

  test.each([true, false])('names the default policy of an import with importedRoleStackSafeDefaultPolicyName=%s', (flag) => {
    expectSameTemplate((stack, iam) => {
      const role = iam.Role.fromRoleArn(stack, 'Imported', arn);
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    }, { '@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName': flag });
  });

  test('uses defaultPolicyName when given', () => {
    expectSameTemplate((stack, iam) => {
      const role = iam.Role.fromRoleArn(stack, 'Imported', arn, { defaultPolicyName: 'Custom' });
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    });
  });

  test('drops grants to an immutable import and warns GrantDropped', () => {
    const stack = build(OURS, (s, iam) => {
      const role = iam.Role.fromRoleArn(s, 'Imported', arn, { mutable: false });
      const g = iam.Grant.addToPrincipal({ grantee: role, actions: ['s3:GetObject'], resourceArns: ['*'] });
      expect(g.success).toBe(true); // as in aws-cdk-lib
    });
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
    Annotations.fromStack(stack).hasWarning('/Stack/Imported', Match.stringLikeRegexp('\\[GrantDropped\\].*s3:GetObject.*mutable: false'));
    const info = (stack.node.findChild('Imported') as any)._graphNodeInfo();
    expect(info.grants).toEqual([expect.objectContaining({ landing: 'nowhere', actions: ['s3:GetObject'] })]);
  });

  test('treats a role of another account as immutable', () => {
    const t = expectSameTemplate((stack, iam) => {
      const role = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::999999999999:role/Other');
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    }, undefined, { account: '123456789012', region: 'us-east-1' });
    expect(t.Resources ?? {}).toEqual({});
  });

  test('does not attach a Policy to an immutable import (fixes aws-cdk-lib)', () => {
    const program = (s: cdk.Stack, iam: any) => {
      const role = iam.Role.fromRoleArn(s, 'Imported', arn, { mutable: false });
      new iam.Policy(s, 'P', { roles: [role], statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
    };
    // aws-cdk-lib writes the immutable role into the policy's Roles
    Template.fromStack(build(CDK, program)).resourceCountIs('AWS::IAM::Policy', 1);
    const stack = build(OURS, program);
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
    Annotations.fromStack(stack).hasWarning('/Stack/P', Match.stringLikeRegexp('PolicyNotAttachedToImmutableRole'));
  });

  test('throws when addGrantsToResources is passed to a mutable import', () => {
    const e = oursThrows((stack, iam) => {
      iam.Role.fromRoleArn(stack, 'Imported', arn, { addGrantsToResources: true });
    });
    expect(e.message).toMatch(/\[AddGrantsResourcesPassedMutable\]/);
  });

  test('imports by name in the stack account', () => {
    expectSameTemplate((stack, iam) => {
      const role = iam.Role.fromRoleName(stack, 'Imported', 'MyRole');
      const user = new iam.User(stack, 'User');
      role.grantPassRole(user);
    });
  });

  test('looks a role up with a dummy ARN before the context is filled', () => {
    expectSameTemplate((stack, iam) => {
      const role = iam.Role.fromLookup(stack, 'Looked', { roleName: 'MyRole' });
      const user = new iam.User(stack, 'User');
      role.grantPassRole(user);
    }, undefined, { account: '123456789012', region: 'us-east-1' });
  });
});

describe('Role.withoutPolicyUpdates', () => {
  test('drops grants and records them as landing nowhere', () => {
    const stack = build(OURS, (s, iam) => {
      const role = new iam.Role(s, 'Role', { assumedBy: lambda(iam) });
      const frozen = role.withoutPolicyUpdates();
      frozen.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
      iam.Grant.addToPrincipal({ grantee: frozen, actions: ['sqs:SendMessage'], resourceArns: ['*'] });
    });
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
    Annotations.fromStack(stack).hasWarning('/Stack/ImmutableRoleRole', Match.stringLikeRegexp('\\[GrantDropped\\].*sqs:SendMessage.*withoutPolicyUpdates'));
  });

  test('matches aws-cdk-lib output', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: lambda(iam) });
      role.withoutPolicyUpdates().addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    });
  });
});

describe('Role policy overflow', () => {
  const many = (iam: any, role: any, n: number, offset = 0) => {
    for (let i = offset; i < offset + n; i++) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({
        actions: [`service${i}:Action${i}`],
        resources: [`arn:aws:s3:::bucket-with-a-long-name-${i}/prefix/${'x'.repeat(60)}/*`],
      }));
    }
  };

  test.each([false, true])('splits a large default policy into OverflowPolicyN like aws-cdk-lib (minimizePolicies=%s)', (flag) => {
    const t = expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: lambda(iam) });
      many(iam, role, 120);
    }, { '@aws-cdk/aws-iam:minimizePolicies': flag });
    expect(Object.keys(t.Resources).filter(k => k.startsWith('RoleOverflowPolicy')).length).toBeGreaterThan(0);
  });

  test('warns rolePolicyLarge when managed and overflow policies exceed 10, like aws-cdk-lib', () => {
    const program = (s: cdk.Stack, iam: any) => {
      const role = new iam.Role(s, 'Role', { assumedBy: lambda(iam) });
      for (let i = 0; i < 10; i++) { role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(`P${i}`)); }
      many(iam, role, 120);
    };
    for (const lib of [CDK, OURS]) {
      const stack = build(lib, program);
      Template.fromStack(stack);
      Annotations.fromStack(stack).hasWarning('/Stack/Role', Match.stringLikeRegexp('exceeds 10 managed policies'));
    }
  });

  test('warns rolePolicyTooLarge when managed and overflow policies exceed 20, like aws-cdk-lib', () => {
    const program = (s: cdk.Stack, iam: any) => {
      const role = new iam.Role(s, 'Role', { assumedBy: lambda(iam) });
      for (let i = 0; i < 20; i++) { role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(`P${i}`)); }
      many(iam, role, 120);
    };
    for (const lib of [CDK, OURS]) {
      const stack = build(lib, program);
      // our synth-time validation rejects this role ([TooManyManagedPolicies]): the warning is read without it
      const messages = (stack.node.root as cdk.App).synth({ skipValidation: true }).getStackByName('Stack').messages;
      expect(messages.filter(m => m.level === 'warning' && m.id === '/Stack/Role').map(m => String(m.entry.data)))
        .toContainEqual(expect.stringMatching(/exceeds the maximum of 20 managed policies/));
    }
  });

  test('never moves earlier statements when a statement is appended', () => {
    const docsOf = (n: number) => {
      const stack = build(OURS, (s, iam) => many(iam, new iam.Role(s, 'Role', { assumedBy: lambda(iam) }), n));
      const res = Template.fromStack(stack).toJSON().Resources;
      const where = new Map<string, string>();
      for (const [id, r] of Object.entries<any>(res)) {
        for (const st of r.Properties?.PolicyDocument?.Statement ?? []) { where.set(st.Action, id); }
      }
      return where;
    };
    const before = docsOf(150);
    const after = docsOf(151);
    for (const [action, doc] of before) { expect(after.get(action)).toBe(doc); }
  });

  test.each([true, false])('matches aws-cdk-lib with minimizePolicies=%s', (flag) => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: lambda(iam) });
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::a/*'] }));
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::a/*'] }));
    }, { '@aws-cdk/aws-iam:minimizePolicies': flag });
  });
});

describe('Role interop and policy graph', () => {
  test('accepts grants from aws-cdk-lib resources like aws-cdk-lib\'s own Role', () => {
    expectSameTemplate((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: lambda(iam) });
      const bucket = new cdk.aws_s3.Bucket(stack, 'Bucket');
      bucket.grantRead(role);
      new cdk.aws_sqs.Queue(stack, 'Queue').grantSendMessages(role);
    });
  });

  test('reports trust, identity policies, boundary and grants in _graphNodeInfo', () => {
    const stack = build(OURS, () => undefined);
    const boundary = OURS.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess');
    const role = new OURS.Role(stack, 'Role', {
      assumedBy: lambda(OURS),
      permissionsBoundary: boundary,
      managedPolicies: [OURS.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      inlinePolicies: { Inline: new OURS.PolicyDocument({ statements: [new OURS.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })] }) },
    });
    role.grantPassRole(role);
    const info = role._graphNodeInfo();
    expect(info).toMatchObject({ path: 'Stack/Role', identityType: 'role' });
    expect(info.trustPolicy).toMatchObject({ kind: 'trust', source: 'Stack/Role' });
    expect(info.permissionsBoundary).toMatchObject({ kind: 'boundary' });
    expect(info.identityPolicies.map((p: any) => p.kind).sort()).toEqual(['aws-managed', 'inline', 'inline']);
    expect(info.grants).toEqual([expect.objectContaining({ actions: ['iam:PassRole'], landing: 'principal' })]);
  });
});

describe('Role synth-time statement checks', () => {
  const synthOurs = (program: (s: cdk.Stack, iam: any) => void) => () => Template.fromStack(build(OURS, program));
  const synthCdk = (program: (s: cdk.Stack, iam: any) => void) => () => Template.fromStack(build(CDK, program));

  test.each<[string, (s: cdk.Stack, iam: any) => void]>([
    ['PrincipalInIdentityPolicy', (s, iam) => new iam.Role(s, 'Role', {
      assumedBy: lambda(iam),
      inlinePolicies: { P: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'], principals: [new iam.AnyPrincipal()] })] }) },
    })],
    ['MissingResource', (s, iam) => new iam.Role(s, 'Role', { assumedBy: lambda(iam) })
      .addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'] }))],
    ['InvalidSid', (s, iam) => new iam.Role(s, 'Role', { assumedBy: lambda(iam) })
      .addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'not-alnum', actions: ['s3:*'], resources: ['*'] }))],
    ['MissingPrincipal', (s, iam) => new iam.Role(s, 'Role', { assumedBy: lambda(iam) })
      .assumeRolePolicy.addStatements(new iam.PolicyStatement({ actions: ['sts:AssumeRole'] }))],
  ])('fails synthesis with [%s] where aws-cdk-lib fails too', (code, program) => {
    expect(synthCdk(program)).toThrow();
    expect(synthOurs(program)).toThrow(new RegExp(`\\[${code}\\]`));
  });
});

describe('Role.withoutPolicyUpdates with aws-cdk-lib grants', () => {
  test('records and warns about a grant made by an aws-cdk-lib resource', () => {
    const stack = build(OURS, (s, iam) => {
      const role = new iam.Role(s, 'Role', { assumedBy: lambda(iam) });
      new cdk.aws_s3.Bucket(s, 'Bucket').grantRead(role.withoutPolicyUpdates());
    });
    Template.fromStack(stack).resourceCountIs('AWS::IAM::Policy', 0);
    Annotations.fromStack(stack).hasWarning('/Stack/ImmutableRoleRole', Match.stringLikeRegexp('\\[GrantDropped\\].*s3:GetObject'));
  });
});
