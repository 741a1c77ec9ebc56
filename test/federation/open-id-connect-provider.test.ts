import * as fs from 'fs';
import * as path from 'path';
import { App, aws_iam as cdk_iam, CfnElement, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { bothTemplates, withoutHandlerCode } from './differential';
import { OpenIdConnectProvider } from '../../src/federation';

const FLAG = '@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections';

describe('OpenIdConnectProvider', () => {
  test.each<[string, any, Record<string, unknown>]>([
    ['url only', { url: 'https://token.actions.githubusercontent.com' }, {}],
    ['client ids, thumbprints and a retained provider',
      { url: 'https://auth.example.com/t', clientIds: ['b', 'a'], thumbprints: ['f'.repeat(40)], removalPolicy: RemovalPolicy.RETAIN }, {}],
    ['the reject-unauthorized flag on', { url: 'https://auth.example.com' }, { [FLAG]: true }],
    ['the reject-unauthorized flag off', { url: 'https://auth.example.com' }, { [FLAG]: false }],
  ])('synthesizes what aws-cdk-lib does (but the handler code) for %s', (_name, props, context) => {
    // WHEN two providers share one handler, and their attributes are used
    const { theirs, ours } = bothTemplates((iam, stack) => {
      const p = new iam.OpenIdConnectProvider(stack, 'Provider', props);
      new iam.OpenIdConnectProvider(stack, 'Second', { url: 'https://second.example.com' });
      new cdk_iam.CfnRole(stack, 'Uses', {
        assumeRolePolicyDocument: {
          arn: p.openIdConnectProviderArn,
          issuer: p.openIdConnectProviderIssuer,
          thumbprints: p.openIdConnectProviderthumbprints,
          ref: p.oidcProviderRef.oidcProviderArn,
        },
      });
    }, context);
    // THEN
    expect(withoutHandlerCode(ours)).toEqual(withoutHandlerCode(theirs));
  });

  test('passes the feature flag to the handler', () => {
    const app = new App({ context: { [FLAG]: true } });
    const stack = new Stack(app, 'S');
    new OpenIdConnectProvider(stack, 'P', { url: 'https://auth.example.com' });
    Template.fromStack(stack).hasResourceProperties('Custom::AWSCDKOpenIdConnectProvider', { RejectUnauthorized: true });
  });

  test('ships a handler asset whose entry point exports a handler', () => {
    // GIVEN
    const app = new App();
    const stack = new Stack(app, 'S');
    new OpenIdConnectProvider(stack, 'P', { url: 'https://auth.example.com' });
    // WHEN
    const assembly = app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'S.assets.json'), 'utf-8'));
    const [asset] = Object.values<any>(manifest.files).filter(f => f.source.packaging === 'zip');
    const dir = path.join(assembly.directory, asset.source.path);
    // THEN the CDK entry point requires ./index, which exports handler
    expect(fs.readdirSync(dir)).toEqual(expect.arrayContaining(['__entrypoint__.js', 'index.js', 'thumbprint.js', 'client-ids.js', 'issuer-url.js']));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(typeof require(path.join(dir, 'index.js')).handler).toBe('function');
  });

  test('imports a provider by ARN as aws-cdk-lib does', () => {
    const arn = 'arn:aws:iam::123456789012:oidc-provider/auth.example.com';
    const read = (p: any) => [p.openIdConnectProviderArn, p.openIdConnectProviderIssuer, p.oidcProviderRef];
    expect(read(OpenIdConnectProvider.fromOpenIdConnectProviderArn(new Stack(), 'I', arn)))
      .toEqual(read(cdk_iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(new Stack(), 'I', arn)));
  });

  test('is accepted where aws-cdk-lib expects an IOpenIdConnectProvider', () => {
    const stack = new Stack();
    const ours = new OpenIdConnectProvider(stack, 'P', { url: 'https://a.example.com' });
    const provider: cdk_iam.IOpenIdConnectProvider = ours;
    const principal = new cdk_iam.OpenIdConnectPrincipal(provider);
    expect(stack.resolve(principal.federated)).toEqual({ Ref: stack.getLogicalId(ours.node.findChild('Resource').node.defaultChild as CfnElement) });
  });

  test.each([
    ['UrlMustStartWithHttps', 'http://a.example.com'],
    ['OidcUrlWithPort', 'https://a.example.com:8443'],
    ['OidcUrlWithQuery', 'https://a.example.com?x'],
  ])('throws [%s] for the URL %s', (code, url) => {
    expect(() => new OpenIdConnectProvider(new Stack(), 'P', { url })).toThrow(new RegExp(`\\[${code}\\]`));
  });

  test('throws [MaximumNumberThumbprints] for six thumbprints', () => {
    expect(() => new OpenIdConnectProvider(new Stack(), 'P', { url: 'https://a.example.com', thumbprints: Array(6).fill('a'.repeat(40)) }))
      .toThrow(/\[MaximumNumberThumbprints\]/);
  });
});
