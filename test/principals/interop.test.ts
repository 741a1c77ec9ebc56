import { aws_iam as cdk_iam, aws_s3 as s3, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { cdkRoleTrust, cdkTrustJson, newStack, ourTrustJson } from './harness';
import { PolicyDocument, PolicyStatement } from '../../src/policy';
import * as ours from '../../src/principals';
import { addPrincipalToAssumeRole } from '../../src/principals/private/assume-role';

/*
 * Mixing the two libraries: principals of this library in aws-cdk-lib constructs, and
 * aws-cdk-lib principals inside this library's wrappers. Expected JSON is what aws-cdk-lib
 * renders when it is used alone.
 */

type Lib = any;
const CONDITIONS = { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' } };
const BUILDERS: Array<[string, (iam: Lib) => any]> = [
  ['ServicePrincipal', (iam) => new iam.ServicePrincipal('lambda.amazonaws.com')],
  ['AccountPrincipal with session tags', (iam) => new iam.AccountPrincipal('123456789012').withSessionTags()],
  ['AccountRootPrincipal with conditions', (iam) => new iam.AccountRootPrincipal().withConditions({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })],
  ['CompositePrincipal with a web identity', (iam) => new iam.CompositePrincipal(
    new iam.ServicePrincipal('ec2'), new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', CONDITIONS))],
  ['OrganizationPrincipal', (iam) => new iam.OrganizationPrincipal('o-abcdefghij')],
];

describe('principals of this library in aws-cdk-lib constructs', () => {
  test.each(BUILDERS)('%s as the assumedBy of an aws-cdk-lib Role renders as aws-cdk-lib\'s own', (_name, build) => {
    // GIVEN
    const theirStack = newStack({ account: '111111111111', region: 'us-east-1' });
    const myStack = newStack({ account: '111111111111', region: 'us-east-1' });

    // THEN
    expect(cdkRoleTrust(myStack, build(ours))).toEqual(cdkRoleTrust(theirStack, build(cdk_iam)));
  });

  test('an aws-cdk-lib grant to one of our principals lands in the bucket policy', () => {
    // GIVEN
    const render = (iam: Lib) => {
      const stack = new Stack();
      const bucket = new s3.Bucket(stack, 'Bucket');
      const result = bucket.grantRead(new iam.AccountPrincipal('123456789012'));
      return { policy: Template.fromStack(stack).findResources('AWS::S3::BucketPolicy'), added: result.success };
    };

    // THEN
    const mine = render(ours);
    expect(mine).toEqual(render(cdk_iam));
    expect(Object.keys(mine.policy)).toHaveLength(1);
  });
});

describe('aws-cdk-lib principals inside this library\'s wrappers', () => {
  test.each<[string, (iam: Lib, inner: (iam: Lib) => any) => any]>([
    ['CompositePrincipal', (iam, inner) => new iam.CompositePrincipal(new iam.ServicePrincipal('ec2'), inner(iam))],
    ['PrincipalWithConditions', (iam, inner) => new iam.PrincipalWithConditions(inner(iam), { Bool: { 'aws:SecureTransport': 'true' } })],
    ['SessionTagsPrincipal', (iam, inner) => new iam.SessionTagsPrincipal(inner(iam))],
  ])('%s around an aws-cdk-lib principal renders the same trust policy', (_name, wrap) => {
    // GIVEN an aws-cdk-lib principal that writes its own trust statements
    const inner = () => new cdk_iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', CONDITIONS).withSessionTags();
    const theirStack = newStack();
    const myStack = newStack();

    // WHEN the wrapper is ours and the document is ours
    const actual = ourTrustJson(myStack, wrap(ours, inner));
    const expected = cdkTrustJson(theirStack, wrap(cdk_iam, inner));

    // THEN
    expect(actual).toEqual(expected);
  });

  test('our trust document receives only statements of this library', () => {
    // GIVEN
    const doc = new PolicyDocument();
    const foreign = new cdk_iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', CONDITIONS);

    // WHEN
    addPrincipalToAssumeRole(new ours.CompositePrincipal(foreign, new ours.ServicePrincipal('ec2').withSessionTags()), doc);
    addPrincipalToAssumeRole(foreign.withSessionTags(), doc);

    // THEN
    expect(doc.statementCount).toEqual(3);
    expect(doc._statements().every((s) => s instanceof PolicyStatement)).toBe(true);
  });

  test('our wrapper around an aws-cdk-lib principal writes into an aws-cdk-lib trust document', () => {
    const theirStack = newStack();
    const myStack = newStack();
    const inner = () => new cdk_iam.FederatedPrincipal('cognito-identity.amazonaws.com', CONDITIONS, 'sts:AssumeRoleWithWebIdentity');
    expect(cdkTrustJson(myStack, new ours.SessionTagsPrincipal(inner()) as any))
      .toEqual(cdkTrustJson(theirStack, new cdk_iam.SessionTagsPrincipal(inner())));
  });
});
