import type { aws_iam as iam_refs } from 'aws-cdk-lib/interfaces';
import { FederatedPrincipal } from './federated-principal';

/**
 * Principal entity that represents a SAML federated identity provider.
 *
 * Renders as `{ "Federated": "<provider ARN>" }`; roles are assumed with `sts:AssumeRoleWithSAML`.
 *
 * @example
 * declare const provider: SamlProvider;
 * const principal = new SamlPrincipal(provider, {
 *   StringEquals: { 'SAML:iss': 'https://idp.example.com/saml' },
 * });
 */
export class SamlPrincipal extends FederatedPrincipal {
  /**
   * @param samlProvider the SAML provider (this library's, aws-cdk-lib's, or any `ISAMLProviderRef`)
   * @param conditions The conditions under which the policy is in effect.
   *   See [the IAM documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
   */
  constructor(samlProvider: iam_refs.ISAMLProviderRef, conditions: { [key: string]: any }) {
    super(samlProvider.samlProviderRef.samlProviderArn, conditions, 'sts:AssumeRoleWithSAML');
  }

  /**
   * `SamlPrincipal(<provider ARN>)`.
   */
  public toString(): string {
    return `SamlPrincipal(${this.federated})`;
  }
}
