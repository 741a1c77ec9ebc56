import * as cdk from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { build, CDK, IamLib, OURS } from './differential';

/** A resource with a resource policy, written against either library. */
function makeBucketLike(iam: IamLib, scope: Construct, id: string, account?: string) {
  class FakeResource extends cdk.Resource {
    public readonly document = new iam.PolicyDocument();
    public added = 0;
    constructor() { super(scope, id, { account }); }
    public addToResourcePolicy(statement: any) {
      this.document.addStatements(statement);
      this.added++;
      return { statementAdded: true, policyDependable: this };
    }
  }
  const r = new FakeResource();
  new cdk.CfnResource(r, 'Resource', { type: 'Test::Fake::Resource', properties: { Policy: r.document } });
  return r;
}

function resourcePolicyOf(lib: IamLib, program: (stack: cdk.Stack, iam: IamLib) => void) {
  return Template.fromStack(build(lib, program, undefined, { account: '111111111111', region: 'us-east-1' })).toJSON();
}

function expectSame(program: (stack: cdk.Stack, iam: IamLib) => void) {
  expect(resourcePolicyOf(OURS, program)).toEqual(resourcePolicyOf(CDK, program));
}

describe('Grant', () => {
  test('addToPrincipal adds the statement to the identity and records landing principal', () => {
    const stack = build(OURS, () => undefined);
    const role = new OURS.Role(stack, 'Role', { assumedBy: new OURS.ServicePrincipal('ec2.amazonaws.com') });
    const grant = OURS.Grant.addToPrincipal({ grantee: role, actions: ['s3:GetObject'], resourceArns: ['arn:aws:s3:::b/*'] });
    expect(grant.success).toBe(true);
    expect(grant.principalStatements).toHaveLength(1);
    expect(role._graphNodeInfo().grants).toEqual([expect.objectContaining({
      grantee: 'Stack/Role', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'], landing: 'principal',
    })]);
  });

  test('addToPrincipalOrResource stays on the principal in the same account, like aws-cdk-lib', () => {
    expectSame((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
      const res = makeBucketLike(iam, stack, 'Res');
      iam.Grant.addToPrincipalOrResource({ grantee: role, actions: ['s3:GetObject'], resourceArns: ['arn:aws:s3:::b/*'], resource: res });
    });
  });

  test('addToPrincipalOrResource goes to the resource for a service principal, like aws-cdk-lib', () => {
    expectSame((stack, iam) => {
      const res = makeBucketLike(iam, stack, 'Res');
      iam.Grant.addToPrincipalOrResource({
        grantee: new iam.ServicePrincipal('sns.amazonaws.com'), actions: ['s3:PutObject'], resourceArns: ['arn:aws:s3:::b/*'], resource: res,
      });
    });
  });

  test('addToPrincipalOrResource writes both policies across accounts and records landing both', () => {
    const program = (stack: cdk.Stack, iam: IamLib) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
      const res = makeBucketLike(iam, stack, 'Res', '222222222222');
      iam.Grant.addToPrincipalOrResource({ grantee: role, actions: ['s3:GetObject'], resourceArns: ['arn:aws:s3:::b/*'], resource: res });
    };
    expectSame(program);
    const stack = build(OURS, program, undefined, { account: '111111111111', region: 'us-east-1' });
    const role = stack.node.findChild('Role') as any;
    expect(role._graphNodeInfo().grants[0].landing).toBe('both');
  });

  test('addToPrincipalAndResource writes both policies like aws-cdk-lib', () => {
    expectSame((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
      const res = makeBucketLike(iam, stack, 'Res');
      iam.Grant.addToPrincipalAndResource({
        grantee: role, actions: ['kms:Decrypt'], resourceArns: ['arn:aws:kms:us-east-1:111111111111:key/k'], resource: res, resourceSelfArns: ['*'],
      });
    });
  });

  test('addToPrincipalAndResource reports principal and resource statements in their own fields', () => {
    const stack = build(OURS, () => undefined);
    const role = new OURS.Role(stack, 'Role', { assumedBy: new OURS.ServicePrincipal('ec2.amazonaws.com') });
    const res = makeBucketLike(OURS, stack, 'Res');
    const grant = OURS.Grant.addToPrincipalAndResource({ grantee: role, actions: ['kms:Decrypt'], resourceArns: ['*'], resource: res });
    expect(grant.principalStatements[0].toStatementJson().Principal).toBeUndefined();
    expect(grant.resourceStatements[0].toStatementJson().Principal).toBeDefined();
  });

  test('addStatementToResourcePolicy only touches the resource', () => {
    const stack = build(OURS, () => undefined);
    const res = makeBucketLike(OURS, stack, 'Res');
    const statement = new OURS.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new OURS.AnyPrincipal()] });
    const grant = OURS.Grant.addStatementToResourcePolicy({
      grantee: new OURS.AnyPrincipal(), actions: [], resourceArns: [], resource: res, statement,
    });
    expect(grant.resourceStatement).toBe(statement);
    expect(res.added).toBe(1);
  });

  test('drop records the intent and warns GrantDropped on a construct grantee', () => {
    const stack = build(OURS, () => undefined);
    const user = new OURS.User(stack, 'User');
    const grant = OURS.Grant.drop(user, 'imported key without a policy');
    expect(grant.success).toBe(false);
    Annotations.fromStack(stack).hasWarning('/Stack/User', Match.stringLikeRegexp('\\[GrantDropped\\].*imported key without a policy'));
    expect(user._graphNodeInfo().grants[0]).toMatchObject({ landing: 'nowhere', reason: 'imported key without a policy' });
  });

  test('throws [GrantCouldNotBeAdded] from assertSuccess when nothing was added', () => {
    const grant = OURS.Grant.addToPrincipal({ grantee: new OURS.ServicePrincipal('sns.amazonaws.com'), actions: ['s3:*'], resourceArns: ['*'] });
    expect(grant.success).toBe(false);
    expect(() => grant.assertSuccess()).toThrow(/\[GrantCouldNotBeAdded\]/);
  });

  test('combine joins statements, and applyBefore adds the dependency like aws-cdk-lib', () => {
    expectSame((stack, iam) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
      const a = iam.Grant.addToPrincipal({ grantee: role, actions: ['s3:GetObject'], resourceArns: ['*'] });
      const b = iam.Grant.addToPrincipal({ grantee: role, actions: ['sqs:SendMessage'], resourceArns: ['*'] });
      const both = a.combine(b);
      expect(both.principalStatements).toHaveLength(2);
      both.applyBefore(new cdk.CfnResource(stack, 'Consumer', { type: 'Test::Consumer' }));
    });
  });

  test('an immutable role with addGrantsToResources sends grants to the resource like aws-cdk-lib', () => {
    expectSame((stack, iam) => {
      const role = iam.Role.fromRoleArn(stack, 'R', 'arn:aws:iam::111111111111:role/r', { mutable: false, addGrantsToResources: true });
      const res = makeBucketLike(iam, stack, 'Res');
      iam.Grant.addToPrincipalOrResource({ grantee: role, actions: ['s3:GetObject'], resourceArns: ['arn:aws:s3:::b/*'], resource: res });
    });
  });

  test('GrantableResources recognises a resource with a policy', () => {
    const stack = build(OURS, () => undefined);
    expect(OURS.GrantableResources.isResourceWithPolicy(makeBucketLike(OURS, stack, 'Res'))).toBe(true);
    expect(OURS.GrantableResources.isResourceWithPolicy(stack)).toBe(false);
  });
});
