import { FederatedPrincipal } from './federated-principal';

/**
 * A principal that represents a federated identity provider as Web Identity such as Cognito, Amazon,
 * Facebook, Google, etc.
 *
 * Renders as `{ "Federated": "<identityProvider>" }`; roles are assumed with
 * `sts:AssumeRoleWithWebIdentity`.
 *
 * @example
 * const principal = new WebIdentityPrincipal('cognito-identity.amazonaws.com', {
 *   'StringEquals': { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456789012' },
 * });
 */
export class WebIdentityPrincipal extends FederatedPrincipal {
  /**
   * @param identityProvider identity provider (i.e. 'cognito-identity.amazonaws.com' for users authenticated through Cognito)
   * @param conditions The conditions under which the policy is in effect.
   *   See [the IAM documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
   */
  constructor(identityProvider: string, conditions: { [key: string]: any } = {}) {
    super(identityProvider, conditions ?? {}, 'sts:AssumeRoleWithWebIdentity');
  }

  /**
   * `WebIdentityPrincipal(<identityProvider>)`.
   */
  public toString(): string {
    return `WebIdentityPrincipal(${this.federated})`;
  }
}
