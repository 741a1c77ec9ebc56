import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { Stack } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { mergeConditionBlocks } from './private/conditions';
import { SamlPrincipal } from './saml-principal';

/** The sign-in endpoint of the commercial partition, used where the region's is not known. */
const DEFAULT_SAML_SIGN_ON_URL = 'https://signin.aws.amazon.com/saml';

/**
 * Principal entity that represents a SAML federated identity provider for
 * programmatic and AWS Management Console access.
 *
 * Adds `StringEquals: { "SAML:aud": "<sign-in URL>" }`, where the sign-in URL is the one of the
 * provider's region (e.g. `https://signin.amazonaws.cn/saml` in China,
 * `https://signin.amazonaws-us-gov.com/saml` in GovCloud; `https://signin.aws.amazon.com/saml`
 * when the region is a token or not known).
 *
 * Unlike aws-cdk-lib, a `StringEquals` block passed in `conditions` is kept: `SAML:aud` is added
 * to it instead of replacing it.
 *
 * @example
 * declare const provider: SamlProvider;
 * const principal = new SamlConsolePrincipal(provider);
 */
export class SamlConsolePrincipal extends SamlPrincipal {
  /**
   * @param samlProvider the SAML provider
   * @param conditions additional conditions under which the policy is in effect.
   */
  constructor(samlProvider: cdk_iam.ISamlProvider, conditions: { [key: string]: any } = {}) {
    const signOnUrl = RegionInfo.get(Stack.of(samlProvider).region).samlSignOnUrl ?? DEFAULT_SAML_SIGN_ON_URL;
    super(samlProvider, mergeConditionBlocks(conditions ?? {}, { StringEquals: { 'SAML:aud': signOnUrl } }));
  }

  /**
   * `SamlConsolePrincipal(<provider ARN>)`.
   */
  public toString(): string {
    return `SamlConsolePrincipal(${this.federated})`;
  }
}
