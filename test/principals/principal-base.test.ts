import { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { newStack } from './harness';
import { PolicyDocument, PolicyStatement, PrincipalPolicyFragment } from '../../src/policy';
import type { IPrincipal } from '../../src/policy';
import {
  AccountPrincipal, ArnPrincipal, ComparablePrincipal, CompositePrincipal, FederatedPrincipal, PrincipalBase,
  PrincipalWithConditions, SamlPrincipal, ServicePrincipal, SessionTagsPrincipal, StarPrincipal, WebIdentityPrincipal,
  OpenIdConnectPrincipal,
} from '../../src/principals';

/** A principal defined by a user of the library, as the aws-cdk-lib docs show. */
class TeamPrincipal extends PrincipalBase {
  public readonly policyFragment = new PrincipalPolicyFragment({ AWS: ['arn:aws:iam::123456789012:role/team'] });
  public dedupeString(): string | undefined { return 'TeamPrincipal'; }
}

describe('PrincipalBase', () => {
  test('does not add statements to a policy of its own', () => {
    // GIVEN
    const principal = new ArnPrincipal('arn:aws:iam::123456789012:user/alice');
    const statement = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });

    // THEN
    expect(principal.addToPrincipalPolicy(statement)).toEqual({ statementAdded: false });
    expect(principal.addToPolicy(statement)).toBe(false);
    expect(principal.addToPrincipalPolicy(new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'] })).statementAdded).toBe(false);
  });

  test('is its own grant principal', () => {
    const principal = new TeamPrincipal();
    expect(principal.grantPrincipal).toBe(principal);
  });

  test('renders toString and toJSON from the principal JSON', () => {
    const principal = new TeamPrincipal();
    expect(principal.toString()).toEqual('{"AWS":["arn:aws:iam::123456789012:role/team"]}');
    expect(JSON.stringify({ p: principal })).toEqual('{"p":{"AWS":["arn:aws:iam::123456789012:role/team"]}}');
  });

  test('adds Allow sts:AssumeRole for itself to a trust policy', () => {
    // GIVEN
    const stack = newStack();
    const doc = new PolicyDocument();

    // WHEN
    new TeamPrincipal().addToAssumeRolePolicy(doc);

    // THEN
    expect(stack.resolve(doc)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: 'arn:aws:iam::123456789012:role/team' } }],
    });
  });

  test('withConditions and withSessionTags return the wrappers', () => {
    const principal = new TeamPrincipal();
    expect(principal.withConditions({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })).toBeInstanceOf(PrincipalWithConditions);
    expect(principal.withSessionTags()).toBeInstanceOf(SessionTagsPrincipal);
  });

  test('the wrappers delegate addToPrincipalPolicy to the wrapped principal', () => {
    // GIVEN a principal that has a policy
    const added: unknown[] = [];
    const withPolicy: IPrincipal = {
      get grantPrincipal() { return withPolicy; },
      assumeRoleAction: 'sts:AssumeRole',
      policyFragment: new PrincipalPolicyFragment({ AWS: ['arn:aws:iam::123456789012:role/r'] }),
      addToPrincipalPolicy: (s) => { added.push(s); return { statementAdded: true }; },
    };
    const statement = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });

    // WHEN
    const wrapped = new SessionTagsPrincipal(new PrincipalWithConditions(withPolicy, { Bool: { 'aws:SecureTransport': 'true' } }));

    // THEN
    expect(wrapped.addToPrincipalPolicy(statement).statementAdded).toBe(true);
    expect(wrapped.addToPolicy(statement)).toBe(true);
    expect(added).toEqual([statement, statement]);
  });
});

describe('assumeRoleAction', () => {
  const oidc = { oidcProviderRef: { oidcProviderArn: 'arn:aws:iam::123456789012:oidc-provider/idp' } } as any;
  const saml = { samlProviderRef: { samlProviderArn: 'arn:aws:iam::123456789012:saml-provider/idp' } } as any;
  test.each<[string, PrincipalBase, string]>([
    ['ArnPrincipal', new ArnPrincipal('arn:aws:iam::123456789012:root'), 'sts:AssumeRole'],
    ['AccountPrincipal', new AccountPrincipal('123456789012'), 'sts:AssumeRole'],
    ['ServicePrincipal', new ServicePrincipal('lambda'), 'sts:AssumeRole'],
    ['FederatedPrincipal', new FederatedPrincipal('cognito-identity.amazonaws.com'), 'sts:AssumeRole'],
    ['FederatedPrincipal with an action', new FederatedPrincipal('x', {}, 'sts:AssumeRoleWithWebIdentity'), 'sts:AssumeRoleWithWebIdentity'],
    ['WebIdentityPrincipal', new WebIdentityPrincipal('accounts.google.com'), 'sts:AssumeRoleWithWebIdentity'],
    ['OpenIdConnectPrincipal', new OpenIdConnectPrincipal(oidc), 'sts:AssumeRoleWithWebIdentity'],
    ['SamlPrincipal', new SamlPrincipal(saml, {}), 'sts:AssumeRoleWithSAML'],
    ['CompositePrincipal (first component)', new CompositePrincipal(new SamlPrincipal(saml, {}), new ServicePrincipal('ec2')), 'sts:AssumeRoleWithSAML'],
    ['withConditions (wrapped)', new WebIdentityPrincipal('accounts.google.com').withConditions({}), 'sts:AssumeRoleWithWebIdentity'],
    ['withSessionTags (wrapped)', new SamlPrincipal(saml, {}).withSessionTags(), 'sts:AssumeRoleWithSAML'],
  ])('%s', (_name, principal, action) => {
    expect(principal.assumeRoleAction).toEqual(action);
  });
});

describe('ComparablePrincipal', () => {
  test('recognises principals with a dedupe string', () => {
    expect(ComparablePrincipal.isComparablePrincipal(new StarPrincipal())).toBe(true);
    expect(ComparablePrincipal.dedupeStringFor(new StarPrincipal())).toEqual('StarPrincipal');
  });

  test('returns undefined for a principal without one', () => {
    // GIVEN a plain IPrincipal
    const plain: IPrincipal = {
      get grantPrincipal() { return plain; },
      assumeRoleAction: 'sts:AssumeRole',
      policyFragment: new PrincipalPolicyFragment({ AWS: ['*'] }),
      addToPrincipalPolicy: () => ({ statementAdded: false }),
    };

    // THEN
    expect(ComparablePrincipal.isComparablePrincipal(plain)).toBe(false);
    expect(ComparablePrincipal.dedupeStringFor(plain)).toBeUndefined();
    expect(new PrincipalWithConditions(plain, {}).dedupeString()).toBeUndefined();
    expect(new CompositePrincipal(new StarPrincipal(), plain).dedupeString()).toBeUndefined();
  });

  test('gives equal strings to equal principals and different strings to different ones', () => {
    expect(new ServicePrincipal('sns').dedupeString()).toEqual(new ServicePrincipal('sns').dedupeString());
    expect(new ServicePrincipal('sns').dedupeString()).not.toEqual(new ServicePrincipal('sqs').dedupeString());
    expect(new ServicePrincipal('sns').withSessionTags().dedupeString()).not.toEqual(new ServicePrincipal('sns').dedupeString());
    expect(ServicePrincipal.fromStaticServicePrincipleName('sns.amazonaws.com.cn').dedupeString())
      .not.toEqual(new ServicePrincipal('sns.amazonaws.com.cn').dedupeString());
  });
});
