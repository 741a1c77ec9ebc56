import { Arn, Resource } from 'aws-cdk-lib';
import type { aws_iam as iam_refs } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IOidcProvider } from '../oidc-provider-interfaces';
import { OidcTrustChecks } from '../oidc-trust-checks';

/**
 * An OIDC provider known by ARN, for `fromOidcProviderArn` and `fromOpenIdConnectProviderArn`.
 * The issuer is the ARN's resource name (`oidc-provider/<issuer>`).
 */
export class ImportedOidcProvider extends Resource implements IOidcProvider {
  public readonly oidcProviderArn: string;
  public readonly oidcProviderIssuer: string;

  constructor(scope: Construct, id: string, arn: string) {
    super(scope, id);
    this.oidcProviderArn = arn;
    this.oidcProviderIssuer = Arn.extractResourceName(arn, 'oidc-provider');
    OidcTrustChecks.enable(this);
  }

  public get openIdConnectProviderArn(): string { return this.oidcProviderArn; }
  public get openIdConnectProviderIssuer(): string { return this.oidcProviderIssuer; }
  public get oidcProviderRef(): iam_refs.OIDCProviderReference { return { oidcProviderArn: this.oidcProviderArn }; }
}
