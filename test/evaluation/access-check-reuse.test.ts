import { App, Stack, Stage, aws_iam as cdk_iam } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { PermissionsBoundary } from '../../src/boundary';
import { AccessCheck, Decision } from '../../src/evaluation';
import { Grant } from '../../src/grants';
import { Group, LazyRole, ManagedPolicy, Policy, Role, User } from '../../src/identities';
import { Effect, PolicyStatement } from '../../src/policy';
import { ServicePrincipal } from '../../src/principals';

/*
 * One AccessCheck re-used across changes to the model: every change that can change a decision,
 * made after a first `can()`, is seen by the next `can()` on the same AccessCheck (the check keeps
 * what it read from the graph between calls and must notice when that is stale).
 */

const ACCOUNT = '111111111111';
const OBJECT = 'arn:aws:s3:::b/k';

function stackIn(scope: Construct = new App(), id = 'S'): Stack {
  return new Stack(scope, id, { env: { account: ACCOUNT, region: 'eu-west-1' } });
}

function lambdaRole(scope: Construct, id = 'R'): Role {
  return new Role(scope, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
}

function allow(action = 's3:GetObject'): PolicyStatement {
  return new PolicyStatement({ actions: [action], resources: ['*'] });
}

function deny(action = 's3:GetObject'): PolicyStatement {
  return new PolicyStatement({ effect: Effect.DENY, actions: [action], resources: ['*'] });
}

/** A boundary policy that allows only `action` (s3:GetObject unless told). */
function boundaryPolicy(scope: Construct, id = 'Boundary', action = 's3:GetObject'): ManagedPolicy {
  return new ManagedPolicy(scope, id, { statements: [allow(action)] });
}

/**
 * The decisions of one check (s3:GetObject unless told), read again after each step; each must
 * also be the decision of a new AccessCheck (which reads the graph afresh).
 */
function decisionsOf(check: AccessCheck, steps: Array<() => void>, action = 's3:GetObject'): Decision[] {
  const out: Decision[] = [];
  const ask = () => {
    const reused = check.can(action, OBJECT);
    const fresh = AccessCheck.of((check as any).grantable).can(action, OBJECT);
    expect(reused.decision).toBe(fresh.decision);
    out.push(reused.decision);
  };
  ask();
  for (const step of steps) {
    step();
    ask();
  }
  return out;
}

describe('a re-used AccessCheck sees changes made after its first can()', () => {
  describe('identity policies', () => {
    test('the first statement of a role (its default policy is created then)', () => {
      const role = lambdaRole(stackIn());
      expect(decisionsOf(AccessCheck.of(role), [() => role.addToPrincipalPolicy(allow())]))
        .toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW]);
    });

    test('a statement added to an existing default policy, then a Deny', () => {
      const role = lambdaRole(stackIn());
      role.addToPrincipalPolicy(allow('sqs:SendMessage'));
      expect(decisionsOf(AccessCheck.of(role), [
        () => role.addToPrincipalPolicy(allow()),
        () => role.addToPolicy(deny()),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('a statement added to an attached Policy construct', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      const policy = new Policy(s, 'P', { roles: [role], statements: [allow('sqs:SendMessage')] });
      expect(decisionsOf(AccessCheck.of(role), [() => policy.addStatements(allow())]))
        .toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW]);
    });

    test('an empty attached Policy that gets its first statement', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      const policy = new Policy(s, 'P', { roles: [role] });
      expect(decisionsOf(AccessCheck.of(role), [() => policy.addStatements(allow())]))
        .toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW]);
    });

    test('a Policy attached by role.attachInlinePolicy, by policy.attachToRole and by the Policy props', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      const check = AccessCheck.of(role);
      // policies made before the step, so that the step is the attachment alone
      const p1 = new Policy(s, 'P1', { statements: [allow()] });
      const p2 = new Policy(s, 'P2', { statements: [allow('sqs:SendMessage')] });
      expect(decisionsOf(check, [() => role.attachInlinePolicy(p1)])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW]);
      expect(decisionsOf(check, [() => p2.attachToRole(role)], 'sqs:SendMessage')).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW]);
      expect(decisionsOf(check, [
        () => new Policy(s, 'P3', { roles: [role], statements: [deny('sqs:SendMessage')] }),
      ], 'sqs:SendMessage')).toEqual([Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('a managed policy added by role.addManagedPolicy, then a statement added to it', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      const managed = new ManagedPolicy(s, 'M', { statements: [allow()] });
      expect(decisionsOf(AccessCheck.of(role), [
        () => role.addManagedPolicy(managed), // the attachment alone
        () => managed.addStatements(deny()),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('a managed policy attached from its side (ManagedPolicy props and attachToRole)', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      const m2 = new ManagedPolicy(s, 'M2', { statements: [deny()] });
      expect(decisionsOf(AccessCheck.of(role), [
        () => new ManagedPolicy(s, 'M1', { roles: [role], statements: [allow()] }),
        () => m2.attachToRole(role), // the attachment alone
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('an aws-cdk-lib managed policy attached to our role, then a statement added to it', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      const managed = new cdk_iam.ManagedPolicy(s, 'M', { statements: [new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] });
      expect(decisionsOf(AccessCheck.of(role), [
        () => role.addManagedPolicy(managed),
        () => managed.addStatements(new cdk_iam.PolicyStatement({ effect: cdk_iam.Effect.DENY, actions: ['s3:GetObject'], resources: ['*'] })),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('changes to other identities in between leave the answer as it was; the next change to this one is seen', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      const other = lambdaRole(s, 'Other');
      role.addToPrincipalPolicy(allow('sqs:SendMessage'));
      expect(decisionsOf(AccessCheck.of(role), [
        () => other.addToPrincipalPolicy(allow()),
        () => new Policy(s, 'P', { roles: [other], statements: [allow()] }),
        () => role.addToPrincipalPolicy(allow()),
        () => other.addToPrincipalPolicy(deny()),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.IMPLICIT_DENY, Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.ALLOW]);
    });

    test('a user added to a group, then a statement added to the group', () => {
      const s = stackIn();
      const user = new User(s, 'U');
      const group = new Group(s, 'G');
      group.addToPrincipalPolicy(allow());
      expect(decisionsOf(AccessCheck.of(user), [
        () => user.addToGroup(group), // the membership alone
        () => group.addToPrincipalPolicy(deny()),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('managed policies added to a user\'s group and to the user', () => {
      const s = stackIn();
      const group = new Group(s, 'G');
      const user = new User(s, 'U', { groups: [group] });
      const [m1, m2] = [new ManagedPolicy(s, 'M1', { statements: [allow()] }), new ManagedPolicy(s, 'M2', { statements: [deny()] })];
      expect(decisionsOf(AccessCheck.of(user), [
        () => group.addManagedPolicy(m1),
        () => user.addManagedPolicy(m2),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('managed policies and policies attached from their side and by attachInlinePolicy, to a user\'s group and to the user', () => {
      const s = stackIn();
      const group = new Group(s, 'G');
      const user = new User(s, 'U', { groups: [group] });
      const [m1, m2] = [new ManagedPolicy(s, 'M1', { statements: [allow()] }), new ManagedPolicy(s, 'M2', { statements: [deny()] })];
      expect(decisionsOf(AccessCheck.of(user), [
        () => m1.attachToGroup(group),
        () => m2.attachToUser(user),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
      const [p1, p2] = [new Policy(s, 'P1', { statements: [allow('sqs:SendMessage')] }), new Policy(s, 'P2', { statements: [deny('sqs:SendMessage')] })];
      expect(decisionsOf(AccessCheck.of(user), [
        () => group.attachInlinePolicy(p1),
        () => p2.attachToUser(user),
      ], 'sqs:SendMessage')).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('a lazy role: statements before it is created (not in effect yet), when it is created, after', () => {
      const s = stackIn();
      const role = new LazyRole(s, 'L', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
      expect(decisionsOf(AccessCheck.of(role), [
        () => role.addToPrincipalPolicy(allow()),
        () => role.roleArn, // creates the role, with the statements waiting for it
        () => role.addToPrincipalPolicy(deny()),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.EXPLICIT_DENY]);
    });

    test('an aws-cdk-lib role read through its graph view', () => {
      const role = new cdk_iam.Role(stackIn(), 'R', { assumedBy: new cdk_iam.ServicePrincipal('lambda.amazonaws.com') });
      expect(decisionsOf(AccessCheck.of(role), [
        () => role.addToPrincipalPolicy(new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })),
      ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW]);
    });
  });

  describe('permissions boundaries', () => {
    test('applied to the stack, then a statement added to the boundary policy', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      role.addToPrincipalPolicy(allow('sqs:SendMessage'));
      const boundary = boundaryPolicy(s, 'Boundary', 's3:GetObject');
      expect(decisionsOf(AccessCheck.of(role), [
        () => PermissionsBoundary.of(s).apply(boundary),
        () => boundary.addStatements(allow('sqs:SendMessage')),
      ], 'sqs:SendMessage')).toEqual([Decision.ALLOW, Decision.IMPLICIT_DENY, Decision.ALLOW]);
    });

    test('an aws-cdk-lib managed policy as the boundary, then a statement added to it', () => {
      const s = stackIn();
      const role = lambdaRole(s);
      role.addToPrincipalPolicy(allow('sqs:SendMessage'));
      const boundary = new cdk_iam.ManagedPolicy(s, 'B', { statements: [new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] });
      expect(decisionsOf(AccessCheck.of(role), [
        () => PermissionsBoundary.of(s).apply(boundary),
        () => boundary.addStatements(new cdk_iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })),
      ], 'sqs:SendMessage')).toEqual([Decision.ALLOW, Decision.IMPLICIT_DENY, Decision.ALLOW]);
    });

    test('applied and cleared on every kind of ancestor scope (App, Stage, Stack, construct, the role)', () => {
      const app = new App();
      const stage = new Stage(app, 'Stage');
      const s = stackIn(stage);
      const group = new Construct(s, 'Group');
      const role = lambdaRole(group);
      role.addToPrincipalPolicy(allow());
      role.addToPrincipalPolicy(allow('sqs:SendMessage'));
      const denyAll = boundaryPolicy(s, 'Narrow', 'dynamodb:GetItem');
      const s3Only = boundaryPolicy(s, 'S3Only', 's3:GetObject');
      const check = AccessCheck.of(role);
      // the stage's aspects reach the role, the app's do not (they stop at the stage)
      expect(decisionsOf(check, [
        () => PermissionsBoundary.of(app).apply(denyAll),
        () => PermissionsBoundary.of(stage).apply(denyAll),
        () => PermissionsBoundary.of(s).apply(s3Only),
        () => PermissionsBoundary.of(group).apply(denyAll),
        () => PermissionsBoundary.of(role).clear(),
      ])).toEqual([Decision.ALLOW, Decision.ALLOW, Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.IMPLICIT_DENY, Decision.ALLOW]);
      expect(check.can('sqs:SendMessage', 'arn:aws:sqs:eu-west-1:111111111111:q').decision).toBe(Decision.ALLOW);
    });

    test('applied on the App when the stack is directly under it', () => {
      const app = new App();
      const role = lambdaRole(stackIn(app));
      role.addToPrincipalPolicy(allow());
      expect(decisionsOf(AccessCheck.of(role), [() => PermissionsBoundary.of(app).apply(boundaryPolicy(new Stack(app, 'Other'), 'B', 'sqs:*'))]))
        .toEqual([Decision.ALLOW, Decision.IMPLICIT_DENY]);
    });

    test('a user\'s boundary', () => {
      const s = stackIn();
      const user = new User(s, 'U');
      user.addToPrincipalPolicy(allow());
      expect(decisionsOf(AccessCheck.of(user), [() => PermissionsBoundary.of(s).apply(boundaryPolicy(s, 'B', 'sqs:*'))]))
        .toEqual([Decision.ALLOW, Decision.IMPLICIT_DENY]);
    });

    test('the boundary of the stack\'s context is in effect from the start', () => {
      const app = new App({ context: { '@aws-cdk/core:permissionsBoundary': { name: 'ctx-boundary' } } });
      const role = lambdaRole(stackIn(app));
      role.addToPrincipalPolicy(allow());
      const check = AccessCheck.of(role);
      const first = check.can('s3:GetObject', OBJECT);
      expect(first.diagnostics.map(d => d.code)).toContain('BoundaryNotVisible');
      // a boundary applied on the stack wins over the context one: now its document is known
      PermissionsBoundary.of(Stack.of(role)).apply(boundaryPolicy(Stack.of(role), 'B', 's3:*'));
      const second = check.can('s3:GetObject', OBJECT);
      expect(second.decision).toBe(Decision.ALLOW);
      expect(second.diagnostics.map(d => d.code)).not.toContain('BoundaryNotVisible');
    });
  });

  test('a grant that writes only a resource-policy statement naming the role', () => {
    const s = stackIn();
    const role = lambdaRole(s);
    const resource = new ResourceWithPolicy(s, 'Res');
    expect(decisionsOf(AccessCheck.of(role), [
      () => Grant.addStatementToResourcePolicy({
        resource,
        grantee: role,
        actions: ['s3:GetObject'],
        resourceArns: [OBJECT],
        statement: new PolicyStatement({ actions: ['s3:GetObject'], resources: [OBJECT], principals: [role.grantPrincipal] }),
      }),
    ])).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW]);
  });

  test('the request context is read on every call', () => {
    const role = lambdaRole(stackIn());
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], conditions: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }));
    const check = AccessCheck.of(role);
    const at = (ip: string) => check.can('s3:GetObject', OBJECT, { context: { 'aws:SourceIp': [ip] } }).decision;
    expect([at('203.0.113.9'), at('198.51.100.1'), at('203.0.113.10'), check.can('s3:GetObject', OBJECT).decision])
      .toEqual([Decision.ALLOW, Decision.IMPLICIT_DENY, Decision.ALLOW, Decision.IMPLICIT_DENY]);
  });

  test('many checks in a row on an unchanged role give the answers of fresh checks', () => {
    const s = stackIn();
    const role = lambdaRole(s);
    role.addToPrincipalPolicy(allow());
    role.addToPrincipalPolicy(deny('s3:DeleteObject'));
    PermissionsBoundary.of(s).apply(boundaryPolicy(s, 'B', 's3:*'));
    const check = AccessCheck.of(role);
    for (const action of ['s3:GetObject', 's3:DeleteObject', 's3:PutObject', 'sqs:SendMessage', 's3:GetObject']) {
      const reused = check.can(action, OBJECT);
      const fresh = AccessCheck.of(role).can(action, OBJECT);
      expect([reused.decision, reused.summary, reused.reasons]).toEqual([fresh.decision, fresh.summary, fresh.reasons]);
    }
  });
});

/** A resource with a resource policy (statements are only counted: the grant record is what the check reads). */
class ResourceWithPolicy extends Construct {
  public readonly env = { account: ACCOUNT, region: 'eu-west-1' };
  public statements = 0;
  public addToResourcePolicy(_statement: PolicyStatement) {
    this.statements++;
    return { statementAdded: true, policyDependable: this };
  }
}
