import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IOidcProvider } from './oidc-provider-interfaces';
import { OidcProviderNative } from './oidc-provider-native';

/**
 * Properties of the GitHub Actions OIDC provider.
 */
export interface GithubActionsIdentityProviderProps {
  /**
   * Thumbprints of the certificate of `token.actions.githubusercontent.com`.
   *
   * @default - none: IAM trusts GitHub's certificate through its own library of trusted CAs
   */
  readonly thumbprints?: string[];

  /**
   * The removal policy to apply to the provider.
   *
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The IAM OIDC provider of GitHub Actions (`https://token.actions.githubusercontent.com`, client
 * ID `sts.amazonaws.com`), as an `AWS::IAM::OIDCProvider`.
 *
 * An account holds one provider per URL: create it once, and use `fromAccount` elsewhere.
 *
 * @example
 * const provider = new GithubActionsIdentityProvider(this, 'GitHub');
 * new GithubActionsRole(this, 'DeployRole', {
 *   provider,
 *   repositories: [{ owner: 'my-org', repo: 'my-app', branch: 'main' }],
 * });
 */
export class GithubActionsIdentityProvider extends OidcProviderNative {
  /**
   * The issuer URL of GitHub Actions ID tokens.
   */
  public static readonly ISSUER_URL: string = 'https://token.actions.githubusercontent.com';

  /**
   * The audience `aws-actions/configure-aws-credentials` requests.
   */
  public static readonly CLIENT_ID: string = 'sts.amazonaws.com';

  /**
   * The GitHub Actions provider that already exists in the stack's account
   * (`arn:<partition>:iam::<account>:oidc-provider/token.actions.githubusercontent.com`).
   *
   * @param scope The definition scope
   * @param id ID of the construct
   */
  public static fromAccount(scope: Construct, id: string): IOidcProvider {
    const arn = Stack.of(scope).formatArn({
      service: 'iam',
      region: '',
      resource: 'oidc-provider',
      resourceName: 'token.actions.githubusercontent.com',
    });
    return OidcProviderNative.fromOidcProviderArn(scope, id, arn);
  }

  /**
   * @param scope The definition scope
   * @param id Construct ID
   * @param props thumbprints and removal policy
   */
  constructor(scope: Construct, id: string, props: GithubActionsIdentityProviderProps = {}) {
    super(scope, id, {
      url: GithubActionsIdentityProvider.ISSUER_URL,
      clientIds: [GithubActionsIdentityProvider.CLIENT_ID],
      thumbprints: props.thumbprints,
      removalPolicy: props.removalPolicy,
    });
  }
}
