import { Arn, aws_iam as cdk_iam, RemovalPolicy, Resource, Token } from 'aws-cdk-lib';
import type { aws_iam as iam_refs } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IOidcProvider } from './oidc-provider-interfaces';
import { OidcTrustChecks } from './oidc-trust-checks';
import { ImportedOidcProvider } from './private/imported-oidc-provider';
import { validateOidcProviderProps } from './private/oidc-validation';

/**
 * Initialization properties for `OidcProviderNative`.
 */
export interface OidcProviderNativeProps {
  /**
   * The name of the Native OIDC Provider.
   *
   * @default - A name is automatically generated.
   */
  readonly oidcProviderName?: string;

  /**
   * The URL of the identity provider.
   *
   * Must begin with `https://` and correspond to the `iss` claim of the provider's ID tokens; path
   * components are allowed, a port, a query string or a fragment are not. At most 255 characters.
   * A URL can be registered only once per AWS account.
   */
  readonly url: string;

  /**
   * A list of client IDs (also known as audiences), at most 100, each up to 255 characters.
   *
   * @default - no clients are allowed
   */
  readonly clientIds?: string[];

  /**
   * Thumbprints of the identity provider's server certificates: the hex SHA-1 (40 characters) of
   * the top intermediate CA certificate of the host serving the provider's keys. At most 5.
   *
   * @default - no thumbprints: IAM retrieves and uses the top intermediate CA thumbprint of the
   * provider's server certificate
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc_verify-thumbprint.html
   */
  readonly thumbprints?: string[];

  /**
   * The removal policy to apply to the OpenID Connect Provider.
   *
   * @default - RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * An IAM OpenID Connect identity provider, as the native `AWS::IAM::OIDCProvider` resource.
 *
 * Synthesizes what aws-cdk-lib's `OidcProviderNative` does, and also refuses a URL with a port, a
 * query string or a fragment, which IAM refuses at deployment. Roles trusting it through an
 * `OpenIdConnectPrincipal` without an `aud` condition get the `cdk-iam-kit:OidcTrustWithoutAud`
 * warning (see `OidcTrustChecks`).
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html
 * @resource AWS::IAM::OIDCProvider
 *
 * @example
 * const provider = new OidcProviderNative(this, 'Provider', {
 *   url: 'https://auth.example.com',
 *   clientIds: ['my-client'],
 * });
 */
export class OidcProviderNative extends Resource implements IOidcProvider {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'cdk-iam-kit.OidcProviderNative';

  /**
   * Imports an Open ID connect provider from an ARN.
   *
   * @param scope The definition scope
   * @param id ID of the construct
   * @param oidcProviderArn the ARN to import
   */
  public static fromOidcProviderArn(scope: Construct, id: string, oidcProviderArn: string): IOidcProvider {
    return new ImportedOidcProvider(scope, id, oidcProviderArn);
  }

  private readonly resource: cdk_iam.CfnOIDCProvider;

  /**
   * Defines a Native OpenID Connect provider.
   *
   * @param scope The definition scope
   * @param id Construct ID
   * @param props Initialization properties
   */
  constructor(scope: Construct, id: string, props: OidcProviderNativeProps) {
    super(scope, id, { physicalName: props.oidcProviderName });
    validateOidcProviderProps(this, props);
    this.resource = new cdk_iam.CfnOIDCProvider(this, 'Resource', {
      url: props.url,
      clientIdList: props.clientIds,
      thumbprintList: props.thumbprints,
    });
    if (props.removalPolicy) {
      this.resource.applyRemovalPolicy(props.removalPolicy);
    }
    OidcTrustChecks.enable(this);
  }

  /**
   * The Amazon Resource Name (ARN) of the Native IAM OpenID Connect provider.
   *
   * @attribute
   */
  public get oidcProviderArn(): string {
    return Token.asString(this.resource.ref);
  }

  /**
   * The issuer for the Native OIDC Provider.
   *
   * @attribute
   */
  public get oidcProviderIssuer(): string {
    return Arn.extractResourceName(this.oidcProviderArn, 'oidc-provider');
  }

  /**
   * The thumbprints configured for this provider.
   *
   * @attribute
   */
  public get oidcProviderThumbprints(): string {
    return Token.asString(this.resource.thumbprintList);
  }

  /**
   * Alias for `oidcProviderArn`.
   */
  public get openIdConnectProviderArn(): string {
    return this.oidcProviderArn;
  }

  /**
   * Alias for `oidcProviderIssuer`.
   */
  public get openIdConnectProviderIssuer(): string {
    return this.oidcProviderIssuer;
  }

  /**
   * A reference to this provider, for aws-cdk-lib's `IOIDCProviderRef`.
   */
  public get oidcProviderRef(): iam_refs.OIDCProviderReference {
    return { oidcProviderArn: this.oidcProviderArn };
  }
}
