import { CfnOutput } from 'aws-cdk-lib';
import { Scenario, parityTable } from './harness';

/*
 * Federation parity for the providers synthesized as plain CloudFormation resources (the
 * custom-resource OpenIdConnectProvider ships its own handler code, so its asset differs by design).
 */

/** A metadata document of the length IAM accepts (1,000 to 10,000,000 characters). */
const METADATA = '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com">'
  + '<IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">'
  + '<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>'.repeat(10)
  + '</IDPSSODescriptor></EntityDescriptor>';

const FEDERATION: Record<string, Scenario> = {
  'native OIDC provider trusted by a role': (iam, stack) => {
    const provider = new iam.OidcProviderNative(stack, 'Provider', {
      url: 'https://token.actions.githubusercontent.com',
      clientIds: ['sts.amazonaws.com'],
      thumbprints: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
    });
    new iam.Role(stack, 'Role', {
      assumedBy: new iam.OpenIdConnectPrincipal(provider, {
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/repo:*' },
      }),
    });
    new CfnOutput(stack, 'Arn', { value: provider.oidcProviderArn });
    new CfnOutput(stack, 'Issuer', { value: provider.oidcProviderIssuer });
  },

  'imported OIDC provider': (iam, stack) => {
    const provider = iam.OidcProviderNative.fromOidcProviderArn(stack, 'Provider',
      'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com');
    new iam.Role(stack, 'Role', { assumedBy: new iam.WebIdentityPrincipal(provider.oidcProviderArn) });
  },

  'SAML provider and console principal': (iam, stack) => {
    const provider = new iam.SamlProvider(stack, 'Provider', {
      name: 'corp-idp',
      metadataDocument: iam.SamlMetadataDocument.fromXml(METADATA),
    });
    new iam.Role(stack, 'Console', { assumedBy: new iam.SamlConsolePrincipal(provider) });
    new iam.Role(stack, 'Programmatic', { assumedBy: new iam.SamlPrincipal(provider, { StringEquals: { 'SAML:aud': 'x' } }) });
  },
};

describe('parity: federation', () => {
  parityTable(FEDERATION);
});
