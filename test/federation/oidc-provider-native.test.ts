import { App, aws_iam as cdk_iam, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { bothTemplates } from './differential';
import { OidcProviderNative } from '../../src/federation';
import { OpenIdConnectPrincipal } from '../../src/principals';

const HEX = 'a'.repeat(40);

describe('OidcProviderNative', () => {
  test.each<[string, any]>([
    ['url only', { url: 'https://auth.example.com' }],
    ['client ids and thumbprints', { url: 'https://auth.example.com/tenant', clientIds: ['a', 'b'], thumbprints: [HEX, 'B'.repeat(40)] }],
    ['a name and a retained removal policy', { url: 'https://x.example.com', oidcProviderName: 'named', removalPolicy: RemovalPolicy.RETAIN }],
    ['token values', { url: Token.asString({ Ref: 'Url' }), clientIds: [Token.asString({ Ref: 'Client' })], thumbprints: [Token.asString({ Ref: 'Tp' })] }],
  ])('synthesizes what aws-cdk-lib does for %s', (_name, props) => {
    // WHEN
    const { theirs, ours } = bothTemplates((iam, stack) => {
      const provider = new iam.OidcProviderNative(stack, 'Provider', props);
      new cdk_iam.CfnRole(stack, 'Uses', {
        assumeRolePolicyDocument: {
          arn: provider.oidcProviderArn,
          issuer: provider.oidcProviderIssuer,
          thumbprints: provider.oidcProviderThumbprints,
          alias: provider.openIdConnectProviderArn,
          aliasIssuer: provider.openIdConnectProviderIssuer,
        },
      });
    });
    // THEN
    expect(ours).toEqual(theirs);
  });

  test('imports a provider by ARN as aws-cdk-lib does', () => {
    const arn = 'arn:aws:iam::123456789012:oidc-provider/auth.example.com/tenant';
    const read = (iam: any) => {
      const p = iam.OidcProviderNative.fromOidcProviderArn(new Stack(), 'Imported', arn);
      return [p.oidcProviderArn, p.oidcProviderIssuer, p.openIdConnectProviderArn, p.openIdConnectProviderIssuer, p.oidcProviderRef];
    };
    expect(read({ OidcProviderNative })).toEqual(read(cdk_iam));
  });

  test('is accepted by aws-cdk-lib and by this library as an OIDC provider', () => {
    const stack = new Stack();
    const provider = new OidcProviderNative(stack, 'P', { url: 'https://auth.example.com' });
    const theirs: cdk_iam.IOidcProvider = provider;
    const alsoTheirs: cdk_iam.IOpenIdConnectProvider = provider;
    new cdk_iam.Role(stack, 'Theirs', { assumedBy: new cdk_iam.OpenIdConnectPrincipal(theirs, { StringEquals: { 'auth.example.com:aud': 'x' } }) });
    expect(new OpenIdConnectPrincipal(alsoTheirs).federated).toEqual(provider.oidcProviderArn);
  });

  describe('checks', () => {
    test.each<[string, any]>([
      ['UrlMustStartWithHttps', { url: 'http://auth.example.com' }],
      ['MaximumLengthAllowedUrlCharacters', { url: `https://${'a'.repeat(250)}.com` }],
      ['OidcUrlWithoutHost', { url: 'https:///path' }],
      ['OidcUrlWithPort', { url: 'https://auth.example.com:8443' }],
      ['OidcUrlWithPort', { url: 'https://auth.example.com:443/tenant' }],
      ['OidcUrlWithQuery', { url: 'https://auth.example.com/tenant?x=1' }],
      ['OidcUrlWithFragment', { url: 'https://auth.example.com#f' }],
      ['MaximumNumberClientsRegistered', { url: 'https://a.com', clientIds: Array.from({ length: 101 }, (_, i) => `c${i}`) }],
      ['MaximumLengthClientCharacters', { url: 'https://a.com', clientIds: ['c'.repeat(256)] }],
      ['MaximumNumberThumbprints', { url: 'https://a.com', thumbprints: Array(6).fill(HEX) }],
      ['LengthThumbprintCharacters', { url: 'https://a.com', thumbprints: ['abc'] }],
      ['ThumbprintsHexadecimalFormat', { url: 'https://a.com', thumbprints: ['g'.repeat(40)] }],
    ])('throws [%s] (case %#)', (code, props) => {
      expect(() => new OidcProviderNative(new Stack(), 'P', props)).toThrow(new RegExp(`\\[${code}\\]`));
    });

    test.each([
      ['MaximumNumberClientsRegistered', { url: 'https://a.com', clientIds: Array.from({ length: 101 }, (_, i) => `c${i}`) }],
      ['LengthThumbprintCharacters', { url: 'https://a.com', thumbprints: ['abc'] }],
      ['UrlMustStartWithHttps', { url: 'http://a.com' }],
    ])('throws with aws-cdk-lib\'s code and sentence for %s', (code, props) => {
      let theirs = '';
      try { new cdk_iam.OidcProviderNative(new Stack(), 'P', props); } catch (e) { theirs = (e as Error).message; }
      expect(theirs).not.toBe('');
      expect(() => new OidcProviderNative(new Stack(), 'P', props)).toThrow(new RegExp(`\\[${code}\\] ${theirs.split('.')[0]}`));
    });

    test('accepts the limits exactly', () => {
      const stack = new Stack();
      new OidcProviderNative(stack, 'P', {
        url: `https://${'a'.repeat(243)}.com`,
        clientIds: Array.from({ length: 100 }, (_, i) => `${i}`.padEnd(255, 'x')),
        thumbprints: Array(5).fill('0123456789abcdefABCDEF0123456789abcdef01'),
      });
      Template.fromStack(stack).resourceCountIs('AWS::IAM::OIDCProvider', 1);
    });

    test('skips tokens in the URL, client IDs and thumbprints', () => {
      const app = new App();
      const stack = new Stack(app, 'S');
      expect(() => new OidcProviderNative(stack, 'P', {
        url: `https://${Token.asString({ Ref: 'Host' })}:${Token.asString({ Ref: 'Port' })}`,
        clientIds: [Token.asString({ Ref: 'C' })],
        thumbprints: [Token.asString({ Ref: 'T' })],
      })).not.toThrow();
    });
  });
});
