import { aws_iam as cdk_iam, Fn, Stack } from 'aws-cdk-lib';
import { newStack, ourTrustJson } from './harness';
import { FederatedPrincipal, OpenIdConnectPrincipal, SamlConsolePrincipal, SamlPrincipal, WebIdentityPrincipal } from '../../src/principals';

const SAML_ARN = 'arn:aws:iam::123456789012:saml-provider/corp';

function samlProvider(stack: Stack): cdk_iam.ISamlProvider {
  return cdk_iam.SamlProvider.fromSamlProviderArn(stack, 'Provider', SAML_ARN);
}

describe('FederatedPrincipal', () => {
  test('renders the Federated element with its conditions', () => {
    const conditions = { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' } };
    const principal = new FederatedPrincipal('cognito-identity.amazonaws.com', conditions, 'sts:AssumeRoleWithWebIdentity');
    expect(principal.policyFragment.principalJson).toEqual({ Federated: ['cognito-identity.amazonaws.com'] });
    expect(principal.policyFragment.conditions).toEqual(conditions);
    expect(principal.conditions).toBe(conditions);
    expect(principal.federated).toEqual('cognito-identity.amazonaws.com');
    expect(principal.toString()).toEqual('FederatedPrincipal(cognito-identity.amazonaws.com)');
  });
});

describe('WebIdentityPrincipal', () => {
  test('renders a web identity trust statement (IAM docs: role for Amazon Cognito)', () => {
    // GIVEN https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
    const stack = newStack();
    const principal = new WebIdentityPrincipal('cognito-identity.amazonaws.com', {
      'StringEquals': { 'cognito-identity.amazonaws.com:aud': 'us-east-2:12345678-abcd-abcd-abcd-123456789012' },
      'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' },
    });

    // THEN
    expect(ourTrustJson(stack, principal)).toEqual({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          'StringEquals': { 'cognito-identity.amazonaws.com:aud': 'us-east-2:12345678-abcd-abcd-abcd-123456789012' },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' },
        },
      }],
    });
    expect(principal.toString()).toEqual('WebIdentityPrincipal(cognito-identity.amazonaws.com)');
  });
});

describe('OpenIdConnectPrincipal', () => {
  test('uses the ARN of the provider reference', () => {
    const stack = newStack();
    const provider = new cdk_iam.CfnOIDCProvider(stack, 'Provider', { url: 'https://token.actions.githubusercontent.com', clientIdList: ['sts.amazonaws.com'] });
    const principal = new OpenIdConnectPrincipal(provider);
    expect(stack.resolve(principal.policyFragment.principalJson)).toEqual({ Federated: [{ Ref: 'Provider' }] });
    expect(principal.assumeRoleAction).toEqual('sts:AssumeRoleWithWebIdentity');
    expect(principal.policyFragment.conditions).toEqual({});
  });
});

describe('SamlPrincipal', () => {
  test('renders the provider ARN and sts:AssumeRoleWithSAML', () => {
    const stack = newStack();
    const principal = new SamlPrincipal(samlProvider(stack), { StringEquals: { 'SAML:iss': 'https://idp.example.com' } });
    expect(ourTrustJson(stack, principal)).toEqual({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithSAML',
        Principal: { Federated: SAML_ARN },
        Condition: { StringEquals: { 'SAML:iss': 'https://idp.example.com' } },
      }],
    });
    expect(principal.toString()).toEqual(`SamlPrincipal(${SAML_ARN})`);
  });
});

describe('SamlConsolePrincipal', () => {
  // Sign-in endpoints: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-saml.html
  test.each<[string, string | undefined, string]>([
    ['us-east-1', 'us-east-1', 'https://signin.aws.amazon.com/saml'],
    ['eu-central-1', 'eu-central-1', 'https://signin.aws.amazon.com/saml'],
    ['cn-north-1', 'cn-north-1', 'https://signin.amazonaws.cn/saml'],
    ['us-gov-west-1', 'us-gov-west-1', 'https://signin.amazonaws-us-gov.com/saml'],
    ['an environment-agnostic stack', undefined, 'https://signin.aws.amazon.com/saml'],
  ])('uses the sign-in URL of %s as SAML:aud', (_name, region, url) => {
    // GIVEN
    const stack = newStack(region ? { account: '123456789012', region } : undefined);

    // WHEN
    const principal = new SamlConsolePrincipal(samlProvider(stack));

    // THEN
    expect(principal.conditions).toEqual({ StringEquals: { 'SAML:aud': url } });
    expect(principal.assumeRoleAction).toEqual('sts:AssumeRoleWithSAML');
    expect(principal.toString()).toEqual(`SamlConsolePrincipal(${SAML_ARN})`);
  });

  test('keeps the StringEquals keys it is given next to SAML:aud', () => {
    // GIVEN
    const stack = newStack({ account: '123456789012', region: 'us-east-1' });

    // WHEN
    const principal = new SamlConsolePrincipal(samlProvider(stack), {
      StringEquals: { 'saml:sub_type': 'persistent' },
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    });

    // THEN
    expect(principal.conditions).toEqual({
      StringEquals: { 'saml:sub_type': 'persistent', 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    });
  });

  test('throws when the StringEquals block it is given is a token', () => {
    const stack = newStack();
    expect(() => new SamlConsolePrincipal(samlProvider(stack), { StringEquals: Fn.importValue('Keys') }))
      .toThrow(/\[UnmergeableConditions\]/);
  });
});
