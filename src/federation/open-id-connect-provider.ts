import {
  Arn, CustomResource, CustomResourceProvider, CustomResourceProviderRuntime, determineLatestNodeRuntimeName,
  FeatureFlags, RemovalPolicy, Resource, Token,
} from 'aws-cdk-lib';
import type { aws_iam as iam_refs } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import type { IOpenIdConnectProvider } from './oidc-provider-interfaces';
import { OidcTrustChecks } from './oidc-trust-checks';
import { oidcHandlerCodeDirectory } from './private/handler-code';
import { ImportedOidcProvider } from './private/imported-oidc-provider';
import { validateOidcProviderProps } from './private/oidc-validation';

/** aws-cdk-lib's resource type, kept so that stacks migrate without replacing the provider. */
const RESOURCE_TYPE = 'Custom::AWSCDKOpenIdConnectProvider';

/** `@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections` (aws-cdk-lib's cx-api flag). */
const REJECT_UNAUTHORIZED_FLAG = '@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections';

/**
 * Initialization properties for `OpenIdConnectProvider`.
 */
export interface OpenIdConnectProviderProps {
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
   * Thumbprints of the identity provider's server certificates (hex SHA-1, 40 characters; at most 5).
   *
   * @default - If no thumbprints are specified (an empty array or `undefined`), the thumbprint of
   * the top certificate of the chain served by the provider's `jwks_uri` host is obtained at
   * deployment, as described in
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc_verify-thumbprint.html
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
 * An IAM OpenID Connect identity provider, created by a custom resource
 * (`Custom::AWSCDKOpenIdConnectProvider`), as aws-cdk-lib's `OpenIdConnectProvider` does.
 *
 * The provider Lambda (Node.js, shipped in this package) creates, updates and deletes the provider
 * and, when no thumbprint is given, reads the issuer's discovery document and takes the SHA-1
 * thumbprint of the top certificate of the `jwks_uri` host's chain. With the feature flag
 * `@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections` it refuses hosts whose certificate does not
 * verify. Prefer `OidcProviderNative` for new providers.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html
 * @resource AWS::CloudFormation::CustomResource
 *
 * @example
 * const provider = new OpenIdConnectProvider(this, 'MyProvider', {
 *   url: 'https://openid/connect',
 *   clientIds: ['myclient1', 'myclient2'],
 * });
 */
export class OpenIdConnectProvider extends Resource implements IOpenIdConnectProvider {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'cdk-iam-kit.OpenIdConnectProvider';

  /**
   * Imports an Open ID connect provider from an ARN.
   *
   * @param scope The definition scope
   * @param id ID of the construct
   * @param openIdConnectProviderArn the ARN to import
   */
  public static fromOpenIdConnectProviderArn(scope: Construct, id: string, openIdConnectProviderArn: string): IOpenIdConnectProvider {
    return new ImportedOidcProvider(scope, id, openIdConnectProviderArn);
  }

  private readonly resource: CustomResource;

  /**
   * Defines an OpenID Connect provider.
   *
   * @param scope The definition scope
   * @param id Construct ID
   * @param props Initialization properties
   */
  constructor(scope: Construct, id: string, props: OpenIdConnectProviderProps) {
    super(scope, id);
    validateOidcProviderProps(this, props);
    const rejectUnauthorized = FeatureFlags.of(this).isEnabled(REJECT_UNAUTHORIZED_FLAG) ?? false;
    const provider = CustomResourceProvider.getOrCreateProvider(this, RESOURCE_TYPE, {
      codeDirectory: oidcHandlerCodeDirectory(),
      // The latest Node.js runtime of the stack's region, as aws-cdk-lib picks it.
      runtime: determineLatestNodeRuntimeName(this) as CustomResourceProviderRuntime,
      policyStatements: [{
        Effect: 'Allow',
        Resource: '*',
        Action: [
          'iam:CreateOpenIDConnectProvider',
          'iam:DeleteOpenIDConnectProvider',
          'iam:UpdateOpenIDConnectProviderThumbprint',
          'iam:AddClientIDToOpenIDConnectProvider',
          'iam:RemoveClientIDFromOpenIDConnectProvider',
        ],
      }],
    });
    this.resource = new CustomResource(this, 'Resource', {
      resourceType: RESOURCE_TYPE,
      serviceToken: provider.serviceToken,
      properties: {
        ClientIDList: props.clientIds,
        ThumbprintList: props.thumbprints,
        Url: props.url,
        RejectUnauthorized: rejectUnauthorized,
        CodeHash: provider.codeHash,
      },
      removalPolicy: props.removalPolicy,
    });
    OidcTrustChecks._registerIssuer(this.resource.node.defaultChild!, props.url);
    OidcTrustChecks.enable(this);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM OpenID Connect provider.
   */
  public get openIdConnectProviderArn(): string {
    return Token.asString(this.resource.ref);
  }

  /**
   * The issuer for OIDC Provider.
   */
  public get openIdConnectProviderIssuer(): string {
    return Arn.extractResourceName(this.openIdConnectProviderArn, 'oidc-provider');
  }

  /**
   * The thumbprints configured for this provider (a JSON list, known at deployment).
   */
  public get openIdConnectProviderthumbprints(): string {
    return Token.asString(this.resource.getAtt('Thumbprints'));
  }

  /**
   * A reference to this provider, for aws-cdk-lib's `IOIDCProviderRef`.
   */
  public get oidcProviderRef(): iam_refs.OIDCProviderReference {
    return { oidcProviderArn: this.openIdConnectProviderArn };
  }
}
