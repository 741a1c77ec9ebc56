import { aws_iam as cdk_iam, Fn, Stack } from 'aws-cdk-lib';
import { cdkStatementJson, cdkTrustJson, ENVIRONMENTS, newStack, ourStatementJson, ourTrustJson } from './harness';
import * as ours from '../../src/principals';

/*
 * Every principal is built twice with the same code, once with this library and once with
 * aws-cdk-lib 2.276.0 (the two have the same API), and rendered in the same kinds of stacks:
 * the statement JSON, the trust policy JSON, toString(), dedupeString(), assumeRoleAction and
 * principalAccount must be identical.
 */

type Lib = any; // `ours` or aws-cdk-lib's `aws_iam`: same class names and signatures
interface Case {
  readonly name: string;
  readonly build: (iam: Lib, stack: Stack) => any;
  /** Our dedupe string differs on purpose (documented on the class). */
  readonly skipDedupe?: boolean;
}

const ORG = 'o-abcdefghij';
const CANONICAL = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const OIDC_ARN = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const SAML_ARN = 'arn:aws:iam::123456789012:saml-provider/corp';
const GITHUB_CONDITIONS = {
  StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
  StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' },
};
const COGNITO_CONDITIONS = {
  'StringEquals': { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456789012' },
  'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
};

const CASES: Case[] = [
  { name: 'ArnPrincipal', build: (iam) => new iam.ArnPrincipal('arn:aws:iam::123456789012:role/deployer') },
  { name: 'ArnPrincipal with a token ARN', build: (iam) => new iam.ArnPrincipal(Fn.importValue('DeployerRoleArn')) },
  { name: 'ArnPrincipal.inOrganization', build: (iam) => new iam.ArnPrincipal('arn:aws:iam::123456789012:root').inOrganization(ORG) },
  { name: 'AccountPrincipal', build: (iam) => new iam.AccountPrincipal('123456789012') },
  { name: 'AccountPrincipal with a token account', build: (iam) => new iam.AccountPrincipal(Fn.importValue('Account')) },
  { name: 'AccountRootPrincipal', build: (iam) => new iam.AccountRootPrincipal() },
  { name: 'ServicePrincipal (bare name)', build: (iam) => new iam.ServicePrincipal('lambda') },
  { name: 'ServicePrincipal', build: (iam) => new iam.ServicePrincipal('lambda.amazonaws.com') },
  { name: 'ServicePrincipal (.amazonaws.com.cn)', build: (iam) => new iam.ServicePrincipal('states.amazonaws.com.cn') },
  { name: 'ServicePrincipal (.c2s.ic.gov)', build: (iam) => new iam.ServicePrincipal('ec2.c2s.ic.gov') },
  { name: 'ServicePrincipal (.sc2s.sgov.gov)', build: (iam) => new iam.ServicePrincipal('ec2.sc2s.sgov.gov') },
  { name: 'ServicePrincipal (regional name kept)', build: (iam) => new iam.ServicePrincipal('logs.us-east-1.amazonaws.com') },
  { name: 'ServicePrincipal (other suffix kept)', build: (iam) => new iam.ServicePrincipal('service.example.org') },
  { name: 'ServicePrincipal in opt-in af-south-1', build: (iam) => new iam.ServicePrincipal('sns.amazonaws.com', { region: 'af-south-1' }) },
  { name: 'ServicePrincipal in opt-in ap-southeast-7', build: (iam) => new iam.ServicePrincipal('sqs', { region: 'ap-southeast-7' }) },
  { name: 'ServicePrincipal in us-east-1', build: (iam) => new iam.ServicePrincipal('sns.amazonaws.com', { region: 'us-east-1' }) },
  { name: 'ServicePrincipal in a token region', build: (iam) => new iam.ServicePrincipal('sns.amazonaws.com', { region: Fn.importValue('Region') }) },
  {
    name: 'ServicePrincipal with conditions',
    build: (iam) => new iam.ServicePrincipal('s3.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': '123456789012' }, ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::bucket' } },
    }),
  },
  {
    name: 'ServicePrincipal.fromStaticServicePrincipleName',
    build: (iam) => iam.ServicePrincipal.fromStaticServicePrincipleName('elasticmapreduce.amazonaws.com.cn'),
    skipDedupe: true,
  },
  { name: 'OrganizationPrincipal', build: (iam) => new iam.OrganizationPrincipal(ORG) },
  { name: 'OrganizationPrincipal with a token ID', build: (iam) => new iam.OrganizationPrincipal(Fn.importValue('Org')) },
  { name: 'CanonicalUserPrincipal', build: (iam) => new iam.CanonicalUserPrincipal(CANONICAL) },
  { name: 'FederatedPrincipal', build: (iam) => new iam.FederatedPrincipal('cognito-identity.amazonaws.com') },
  {
    name: 'FederatedPrincipal with conditions and action',
    build: (iam) => new iam.FederatedPrincipal('cognito-identity.amazonaws.com', COGNITO_CONDITIONS, 'sts:AssumeRoleWithWebIdentity'),
  },
  { name: 'WebIdentityPrincipal', build: (iam) => new iam.WebIdentityPrincipal('accounts.google.com') },
  { name: 'WebIdentityPrincipal with conditions', build: (iam) => new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', COGNITO_CONDITIONS) },
  {
    name: 'OpenIdConnectPrincipal',
    build: (iam, stack) => new iam.OpenIdConnectPrincipal(
      cdk_iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(stack, 'Oidc', OIDC_ARN), GITHUB_CONDITIONS),
  },
  {
    name: 'OpenIdConnectPrincipal of a CfnOIDCProvider',
    build: (iam, stack) => new iam.OpenIdConnectPrincipal(new cdk_iam.CfnOIDCProvider(stack, 'Oidc', {
      url: 'https://token.actions.githubusercontent.com', clientIdList: ['sts.amazonaws.com'],
    })),
  },
  {
    name: 'SamlPrincipal',
    build: (iam, stack) => new iam.SamlPrincipal(
      cdk_iam.SamlProvider.fromSamlProviderArn(stack, 'Saml', SAML_ARN),
      { StringEquals: { 'SAML:iss': 'https://idp.example.com' } }),
  },
  {
    name: 'SamlConsolePrincipal',
    build: (iam, stack) => new iam.SamlConsolePrincipal(
      cdk_iam.SamlProvider.fromSamlProviderArn(stack, 'Saml', SAML_ARN)),
  },
  {
    name: 'SamlConsolePrincipal with other conditions',
    build: (iam, stack) => new iam.SamlConsolePrincipal(
      cdk_iam.SamlProvider.fromSamlProviderArn(stack, 'Saml', SAML_ARN),
      { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
  },
  { name: 'AnyPrincipal', build: (iam) => new iam.AnyPrincipal() },
  { name: 'Anyone', build: (iam) => new iam.Anyone() },
  { name: 'StarPrincipal', build: (iam) => new iam.StarPrincipal() },
  {
    name: 'CompositePrincipal',
    build: (iam) => new iam.CompositePrincipal(
      new iam.ServicePrincipal('lambda.amazonaws.com'), new iam.AccountPrincipal('123456789012'), new iam.ServicePrincipal('edgelambda')),
  },
  {
    name: 'CompositePrincipal with a federated component (trust only)',
    build: (iam) => new iam.CompositePrincipal(
      new iam.ServicePrincipal('ec2.amazonaws.com'),
      new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', COGNITO_CONDITIONS)),
  },
  {
    name: 'CompositePrincipal.addPrincipals',
    build: (iam) => new iam.CompositePrincipal(new iam.ArnPrincipal('arn:aws:iam::123456789012:user/a'))
      .addPrincipals(new iam.ArnPrincipal('arn:aws:iam::123456789012:user/b'), new iam.CanonicalUserPrincipal(CANONICAL)),
  },
  {
    name: 'CompositePrincipal with StarPrincipal and ArnPrincipal',
    build: (iam) => new iam.CompositePrincipal(new iam.StarPrincipal(), new iam.AnyPrincipal()),
  },
  {
    name: 'withConditions',
    build: (iam) => new iam.AccountPrincipal('123456789012').withConditions({ StringEquals: { 'sts:ExternalId': 'secret' } }),
  },
  {
    name: 'withConditions merging with the principal\'s own',
    build: (iam) => new iam.OrganizationPrincipal(ORG).withConditions({
      StringEquals: { 'aws:PrincipalTag/team': 'infra' },
      Bool: { 'aws:SecureTransport': 'true' },
    }),
  },
  {
    name: 'withConditions overriding a key of the principal',
    build: (iam) => new iam.OrganizationPrincipal(ORG).withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-zzzzzzzzzz' } }),
  },
  {
    name: 'withConditions twice',
    build: (iam) => new iam.ServicePrincipal('sns', { conditions: { StringEquals: { 'aws:SourceAccount': '123456789012' } } })
      .withConditions({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } })
      .withConditions({ StringEquals: { 'aws:SourceOrgID': ORG } }),
  },
  {
    name: 'PrincipalWithConditions.addCondition / addConditions',
    build: (iam) => {
      const p = new iam.PrincipalWithConditions(new iam.ArnPrincipal('arn:aws:iam::123456789012:root'), { StringEquals: { a: '1' } });
      p.addCondition('StringEquals', { b: '2' });
      p.addConditions({ StringEquals: { a: '3' }, StringLike: { c: 'x*' } });
      return p;
    },
  },
  { name: 'withSessionTags', build: (iam) => new iam.AccountPrincipal('123456789012').withSessionTags() },
  {
    name: 'withSessionTags on a web identity',
    build: (iam) => new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', COGNITO_CONDITIONS).withSessionTags(),
  },
  {
    name: 'withSessionTags then withConditions',
    build: (iam) => new iam.ServicePrincipal('lambda').withSessionTags().withConditions({ StringEquals: { 'aws:SourceAccount': '1' } }),
  },
  {
    name: 'withConditions then withSessionTags',
    build: (iam) => new iam.ArnPrincipal('arn:aws:iam::123456789012:root').withConditions({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }).withSessionTags(),
  },
  {
    name: 'SessionTagsPrincipal over a CompositePrincipal',
    build: (iam) => new iam.SessionTagsPrincipal(new iam.CompositePrincipal(
      new iam.ServicePrincipal('ec2'), new iam.FederatedPrincipal('cognito-identity.amazonaws.com', COGNITO_CONDITIONS, 'sts:AssumeRoleWithWebIdentity'))),
  },
  {
    name: 'CompositePrincipal of wrapped principals (trust only)',
    build: (iam) => new iam.CompositePrincipal(
      new iam.AccountPrincipal('123456789012').withSessionTags(),
      new iam.ServicePrincipal('ecs-tasks').withConditions({ StringEquals: { 'aws:SourceAccount': '123456789012' } })),
  },
];

/** Render, or the fact that rendering threw (both libraries must agree on which). */
function attempt(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    return 'THROWS';
  }
}

/** Token numbers differ between two objects built the same way; compare their shape. */
function normalizeTokens(s: string | undefined): string | undefined {
  return s?.replace(/\$\{Token\[[^\]]+\]\}/g, '${Token}');
}

describe.each(ENVIRONMENTS)('principals in a %s stack', (_envName, env) => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s renders the same statement as aws-cdk-lib', (_name, c) => {
    // GIVEN two identical stacks, one per library
    const theirStack = newStack(env);
    const myStack = newStack(env);
    // WHEN
    const expected = attempt(() => cdkStatementJson(theirStack, c.build(cdk_iam, theirStack)));
    const actual = attempt(() => ourStatementJson(myStack, c.build(ours, myStack)));
    // THEN
    expect(actual).toEqual(expected);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s renders the same trust policy as aws-cdk-lib', (_name, c) => {
    const theirStack = newStack(env);
    const myStack = newStack(env);
    const expected = attempt(() => cdkTrustJson(theirStack, c.build(cdk_iam, theirStack)));
    const actual = attempt(() => ourTrustJson(myStack, c.build(ours, myStack)));
    expect(actual).not.toEqual('THROWS');
    expect(actual).toEqual(expected);
  });
});

describe('principal members', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s has the same toString, dedupeString, assumeRoleAction and account', (_name, c) => {
    // GIVEN
    const env = { account: '111111111111', region: 'eu-west-1' };
    const theirStack = newStack(env);
    const myStack = newStack(env);
    const theirs = c.build(cdk_iam, theirStack);
    const mine = c.build(ours, myStack);

    // THEN
    expect(attempt(() => normalizeTokens(mine.toString()))).toEqual(attempt(() => normalizeTokens(theirs.toString())));
    if (!c.skipDedupe) {
      expect(attempt(() => normalizeTokens(mine.dedupeString()))).toEqual(attempt(() => normalizeTokens(theirs.dedupeString())));
    }
    expect(mine.assumeRoleAction).toEqual(theirs.assumeRoleAction);
    expect(myStack.resolve(mine.principalAccount)).toEqual(theirStack.resolve(theirs.principalAccount));
    expect(mine.grantPrincipal).toBe(mine);
    expect(attempt(() => myStack.resolve(mine.toJSON()))).toEqual(attempt(() => theirStack.resolve(theirs.toJSON())));
  });
});
