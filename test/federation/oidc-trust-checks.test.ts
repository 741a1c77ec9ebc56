import { Annotations as CdkAnnotations, App, AspectPriority, Aspects, aws_iam as cdk_iam, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { GithubActionsIdentityProvider, OidcProviderNative, OidcTrustChecks, OpenIdConnectProvider } from '../../src/federation';
import { Role } from '../../src/identities';
import { OpenIdConnectPrincipal, WebIdentityPrincipal } from '../../src/principals';

const AUD = { StringEquals: { 'auth.example.com:aud': 'my-client' } };

function warnings(stack: Stack) {
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('OidcTrustWithoutAud'));
}
function errors(stack: Stack, code: string) {
  return Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp(code));
}

describe('OidcTrustChecks', () => {
  test('warns about a role of this library trusting an OIDC provider without an aud condition', () => {
    // GIVEN
    const stack = new Stack(new App(), 'S');
    const provider = new OidcProviderNative(stack, 'Provider', { url: 'https://auth.example.com' });
    // WHEN
    new Role(stack, 'Role', { assumedBy: new OpenIdConnectPrincipal(provider) });
    // THEN
    expect(warnings(stack).map(w => w.id)).toEqual(['/S/Role']);
  });

  test('warns about an aws-cdk-lib role trusting the custom-resource provider without an aud condition', () => {
    const stack = new Stack(new App(), 'S');
    const provider = new OpenIdConnectProvider(stack, 'Provider', { url: 'https://auth.example.com' });
    new cdk_iam.Role(stack, 'Role', { assumedBy: new cdk_iam.OpenIdConnectPrincipal(provider) });
    expect(warnings(stack).map(w => w.id)).toEqual(['/S/Role']);
  });

  test('warns about a literal provider ARN when the checks are added by hand', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    Aspects.of(app).add(new OidcTrustChecks(), { priority: AspectPriority.READONLY });
    new Role(stack, 'Role', {
      assumedBy: new WebIdentityPrincipal('arn:aws:iam::123456789012:oidc-provider/auth.example.com'),
    });
    expect(warnings(stack)).toHaveLength(1);
  });

  test('warns about a role trusting aws-cdk-lib\'s custom-resource provider when the checks are added by hand', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    Aspects.of(app).add(new OidcTrustChecks(), { priority: AspectPriority.READONLY });
    const provider = new cdk_iam.OpenIdConnectProvider(stack, 'Provider', { url: 'https://auth.example.com' });
    new cdk_iam.Role(stack, 'Role', { assumedBy: new cdk_iam.OpenIdConnectPrincipal(provider) });
    expect(warnings(stack).map(w => w.id)).toEqual(['/S/Role']);
  });

  test('does not warn when the trust has an aud condition, whatever the operator', () => {
    const stack = new Stack(new App(), 'S');
    const provider = new OidcProviderNative(stack, 'Provider', { url: 'https://auth.example.com' });
    new Role(stack, 'A', { assumedBy: new OpenIdConnectPrincipal(provider, AUD) });
    new Role(stack, 'B', { assumedBy: new OpenIdConnectPrincipal(provider, { 'ForAnyValue:StringLike': { 'auth.example.com:aud': 'x*' } }) });
    expect(warnings(stack)).toEqual([]);
  });

  test('does not warn about web identity providers that are not OIDC providers, nor about other roles', () => {
    const stack = new Stack(new App(), 'S');
    new OidcProviderNative(stack, 'Provider', { url: 'https://auth.example.com' });
    new Role(stack, 'Cognito', { assumedBy: new WebIdentityPrincipal('cognito-identity.amazonaws.com') });
    new Role(stack, 'Lambda', { assumedBy: new cdk_iam.ServicePrincipal('lambda.amazonaws.com') as any });
    expect(warnings(stack)).toEqual([]);
  });

  test('the warning can be acknowledged on the role', () => {
    const stack = new Stack(new App(), 'S');
    const provider = new OidcProviderNative(stack, 'Provider', { url: 'https://auth.example.com' });
    const role = new Role(stack, 'Role', { assumedBy: new OpenIdConnectPrincipal(provider) });
    CdkAnnotations.of(role).acknowledgeWarning('cdk-iam-kit:OidcTrustWithoutAud', 'audience checked elsewhere');
    expect(warnings(stack)).toEqual([]);
  });

  test('fails synthesis of a GitHub trust without a sub condition', () => {
    const stack = new Stack(new App(), 'S');
    const provider = new GithubActionsIdentityProvider(stack, 'GitHub');
    new Role(stack, 'Open', {
      assumedBy: new OpenIdConnectPrincipal(provider, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
    });
    expect(errors(stack, 'GithubTrustWithoutSub').map(e => e.id)).toEqual(['/S/Open']);
  });

  test.each(['*', 'repo:*', 'repo:*/*:*', 'repo:octo*/app:*'])('fails synthesis of a GitHub trust whose sub is %j', sub => {
    const stack = new Stack(new App(), 'S');
    const provider = GithubActionsIdentityProvider.fromAccount(stack, 'GitHub');
    new cdk_iam.Role(stack, 'Open', {
      assumedBy: new cdk_iam.OpenIdConnectPrincipal(provider, {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': sub },
      }),
    });
    expect(errors(stack, 'GithubTrustAnyOwner').map(e => e.id)).toEqual(['/S/Open']);
  });

  test('recognises a GitHub provider created with aws-cdk-lib\'s OidcProviderNative', () => {
    const stack = new Stack(new App(), 'S');
    Aspects.of(stack).add(new OidcTrustChecks(), { priority: AspectPriority.READONLY });
    const provider = new cdk_iam.OidcProviderNative(stack, 'GitHub', { url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] });
    new cdk_iam.Role(stack, 'Open', { assumedBy: new cdk_iam.OpenIdConnectPrincipal(provider) });
    expect(errors(stack, 'GithubTrustWithoutSub')).toHaveLength(1);
    expect(warnings(stack)).toHaveLength(1);
  });

  test('accepts a GitHub trust restricted to an owner', () => {
    const stack = new Stack(new App(), 'S');
    const provider = new GithubActionsIdentityProvider(stack, 'GitHub');
    new Role(stack, 'Ok', {
      assumedBy: new OpenIdConnectPrincipal(provider, {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:octo-org/*:*', 'repo:other/app:environment:prod'] },
      }),
    });
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  });
});
