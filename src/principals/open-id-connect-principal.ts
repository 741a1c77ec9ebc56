import type { aws_iam as iam_refs } from 'aws-cdk-lib/interfaces';
import { WebIdentityPrincipal } from './web-identity-principal';

/**
 * A principal that represents a federated identity provider as from a OpenID Connect provider.
 *
 * Renders as `{ "Federated": "<provider ARN>" }`; roles are assumed with
 * `sts:AssumeRoleWithWebIdentity`.
 *
 * @example
 * declare const provider: OpenIdConnectProvider;
 * const principal = new OpenIdConnectPrincipal(provider, {
 *   StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
 * });
 */
export class OpenIdConnectPrincipal extends WebIdentityPrincipal {
  /**
   * @param openIdConnectProvider OpenID Connect provider (this library's, aws-cdk-lib's, or any `IOIDCProviderRef`)
   * @param conditions The conditions under which the policy is in effect.
   *   See [the IAM documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
   */
  constructor(openIdConnectProvider: iam_refs.IOIDCProviderRef, conditions: { [key: string]: any } = {}) {
    super(openIdConnectProvider.oidcProviderRef.oidcProviderArn, conditions ?? {});
  }

  /**
   * `OpenIdConnectPrincipal(<provider ARN>)`.
   */
  public toString(): string {
    return `OpenIdConnectPrincipal(${this.federated})`;
  }
}
