import { App, Stack, aws_s3 as s3 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AccessCheck, Decision, DiagnosticSeverity, EvaluatedPolicyKind } from '../../src/evaluation';
import { ManagedPolicy, Role, User } from '../../src/identities';
import { PolicyDocument, PolicyStatement, Effect } from '../../src/policy';
import type { IPolicyGraphNode, PolicyGraphNodeInfo } from '../../src/policy/private/graph';
import { ArnPrincipal, ServicePrincipal } from '../../src/principals';

function stack(): Stack {
  return new Stack(new App(), 'S', { env: { account: '111111111111', region: 'eu-west-1' } });
}

function lambdaRole(scope: Construct, id = 'R', props: object = {}): Role {
  return new Role(scope, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), ...props });
}

/** A stand-in identity that implements only the graph contract (no Role class involved). */
class FakeIdentity extends Construct implements IPolicyGraphNode {
  public readonly grantPrincipal = new ArnPrincipal('arn:aws:iam::111111111111:role/fake');
  constructor(scope: Construct, id: string, private readonly docs: unknown[], private readonly boundary?: unknown) {
    super(scope, id);
  }
  public _graphNodeInfo(): PolicyGraphNodeInfo {
    return {
      path: this.node.path,
      identityType: 'role',
      arn: 'arn:aws:iam::111111111111:role/fake',
      account: '111111111111',
      identityPolicies: this.docs.map((d, i) => ({ kind: 'inline' as const, source: `${this.node.path}/P${i}`, document: PolicyDocument.fromJson(d) })),
      permissionsBoundary: this.boundary ? { kind: 'boundary', source: 'boundary', document: PolicyDocument.fromJson(this.boundary) } : undefined,
      grants: [],
    };
  }
}

describe('AccessCheck', () => {
  test('allows what a role\'s default policy grants and names the statement', () => {
    // GIVEN
    const s = stack();
    const role = lambdaRole(s);
    role.addToPrincipalPolicy(new PolicyStatement({ sid: 'Read', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }));
    // WHEN
    const result = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::b/k');
    // THEN
    expect(result.decision).toBe(Decision.ALLOW);
    expect(result.allowed).toBe(true);
    expect(result.reasons).toEqual([expect.objectContaining({
      policyKind: EvaluatedPolicyKind.IDENTITY, policySource: 'S/R/DefaultPolicy', statement: "'Read'", effect: 'Allow', applied: true,
    })]);
    expect(result.diagnostics).toEqual([]);
    expect(result.dependsOnUnresolved).toBe(false);
  });

  test('implicitly denies another resource', () => {
    const role = lambdaRole(stack());
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }));
    expect(AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::other/k').decision).toBe(Decision.IMPLICIT_DENY);
  });

  test('explicitly denies when a Deny statement applies', () => {
    const role = lambdaRole(stack());
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.DENY, actions: ['s3:DeleteObject'], resources: ['*'] }));
    const result = AccessCheck.of(role).can('s3:DeleteObject', 'arn:aws:s3:::b/k');
    expect(result.decision).toBe(Decision.EXPLICIT_DENY);
    expect(result.explain()).toMatch(/^EXPLICIT_DENY: S\/R -> s3:DeleteObject on arn:aws:s3:::b\/k/);
  });

  test('matches token resources symbolically (same bucket allowed, another bucket flagged)', () => {
    // GIVEN
    const s = stack();
    const bucket = new s3.Bucket(s, 'Bucket');
    const other = new s3.Bucket(s, 'Other');
    const role = lambdaRole(s);
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }));
    // WHEN
    const same = AccessCheck.of(role).can('s3:GetObject', bucket.arnForObjects('reports/a.csv'));
    const different = AccessCheck.of(role).can('s3:GetObject', other.arnForObjects('a.csv'));
    // THEN
    expect([same.decision, same.dependsOnUnresolved]).toEqual([Decision.ALLOW, false]);
    expect([different.decision, different.dependsOnUnresolved]).toEqual([Decision.IMPLICIT_DENY, true]);
  });

  test('applies a permissions boundary defined in the app', () => {
    const s = stack();
    const boundary = new ManagedPolicy(s, 'Boundary', { statements: [new PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
    const role = lambdaRole(s, 'R', { permissionsBoundary: boundary });
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject', 'sqs:SendMessage'], resources: ['*'] }));
    expect(AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::b/k').decision).toBe(Decision.ALLOW);
    const sqs = AccessCheck.of(role).can('sqs:SendMessage', 'arn:aws:sqs:eu-west-1:111111111111:q');
    expect(sqs.decision).toBe(Decision.IMPLICIT_DENY);
    expect(sqs.summary).toMatch(/permissions boundary/);
  });

  test('warns that an AWS managed policy is not visible', () => {
    const role = lambdaRole(stack(), 'R', { managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] });
    const result = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::b/k');
    expect(result.decision).toBe(Decision.IMPLICIT_DENY);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: DiagnosticSeverity.WARNING, code: 'ManagedPolicyNotVisible' })]);
  });

  test('reads the graph of any IPolicyGraphNode (contract only)', () => {
    const fake = new FakeIdentity(stack(), 'Fake', [
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] },
    ], { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' }] });
    const table = 'arn:aws:dynamodb:eu-west-1:111111111111:table/t';
    expect(AccessCheck.of(fake).can('dynamodb:GetItem', table).decision).toBe(Decision.ALLOW);
    expect(AccessCheck.of(fake).can('dynamodb:PutItem', table).decision).toBe(Decision.IMPLICIT_DENY);
  });

  test('uses request context keys for conditions', () => {
    const role = lambdaRole(stack());
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], conditions: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }));
    const inside = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::b/k', { context: { 'aws:SourceIp': ['203.0.113.9'] } });
    const outside = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::b/k', { context: { 'aws:SourceIp': ['198.51.100.1'] } });
    expect([inside.decision, outside.decision]).toEqual([Decision.ALLOW, Decision.IMPLICIT_DENY]);
    expect(outside.reasons[0].conditions[0]).toEqual(expect.objectContaining({ operator: 'IpAddress', passed: false, contextValues: ['198.51.100.1'] }));
  });

  test('fills aws:username for users of this library', () => {
    const s = stack();
    const user = new User(s, 'U', { userName: 'alice' });
    user.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::home/${aws:username}/*'] }));
    // The user ARN is a token here, so aws:username is not known: the variable does not match.
    expect(AccessCheck.of(user).can('s3:GetObject', 'arn:aws:s3:::home/alice/x').decision).toBe(Decision.IMPLICIT_DENY);
    expect(AccessCheck.of(user).can('s3:GetObject', 'arn:aws:s3:::home/alice/x', { context: { 'aws:username': ['alice'] } }).decision).toBe(Decision.ALLOW);
  });

  test('applies session policies and SCPs passed in the options', () => {
    const role = lambdaRole(stack());
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['*'], resources: ['*'] }));
    const doc = (json: object) => PolicyDocument.fromJson({ Version: '2012-10-17', Statement: [json] });
    const session = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::b/k', { sessionPolicies: [doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })] });
    const scp = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::b/k', {
      serviceControlPolicies: [doc({ Effect: 'Allow', Action: '*', Resource: '*' }), doc({ Effect: 'Deny', Action: 's3:*', Resource: '*' })],
    });
    expect([session.decision, scp.decision]).toEqual([Decision.IMPLICIT_DENY, Decision.EXPLICIT_DENY]);
  });

  test('requires the resource policy for cross-account resources', () => {
    const role = lambdaRole(stack());
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
    const queue = 'arn:aws:sqs:eu-west-1:222222222222:q';
    const withoutPolicy = AccessCheck.of(role).can('sqs:SendMessage', queue);
    const resourcePolicy = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'], principals: [new ArnPrincipal(role.roleArn)] })] });
    const withPolicy = AccessCheck.of(role).can('sqs:SendMessage', queue, { resourcePolicy });
    expect([withoutPolicy.decision, withPolicy.decision]).toEqual([Decision.IMPLICIT_DENY, Decision.ALLOW]);
  });

  test('evaluates a service principal against a resource policy and says identity policies are n/a', () => {
    const resourcePolicy = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'], principals: [new ServicePrincipal('sns.amazonaws.com')] })] });
    const result = AccessCheck.of(new ServicePrincipal('sns.amazonaws.com')).can('sqs:SendMessage', 'arn:aws:sqs:eu-west-1:111111111111:q', { resourcePolicy });
    expect(result.decision).toBe(Decision.ALLOW);
    expect(result.diagnostics).toEqual([]);
  });

  test('says what it cannot see for a principal that is not an identity of this library', () => {
    const result = AccessCheck.of(new ArnPrincipal('arn:aws:iam::111111111111:role/elsewhere')).can('s3:GetObject', 'arn:aws:s3:::b/k');
    expect(result.decision).toBe(Decision.IMPLICIT_DENY);
    expect(result.diagnostics.map(d => d.code)).toEqual(['IdentityPoliciesNotVisible']);
  });

  test('skips a malformed resource policy with a diagnostic instead of throwing', () => {
    const role = lambdaRole(stack());
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    // A document whose rendered statement lacks a principal: invalid as a resource-based policy.
    const resourcePolicy = new PolicyDocument({ statements: [new PolicyStatement({ effect: Effect.DENY, actions: ['s3:*'], resources: ['*'] })] });
    const result = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::b/k', { resourcePolicy });
    expect(result.decision).toBe(Decision.ALLOW);
    expect(result.diagnostics.map(d => d.code)).toEqual(['MalformedPolicy']);
  });
});
