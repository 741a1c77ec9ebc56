import type { aws_iam as cdk_iam } from 'aws-cdk-lib';

/**
 * Represents an IAM OpenID Connect provider (the custom-resource `OpenIdConnectProvider`).
 *
 * It is aws-cdk-lib's `aws_iam.IOpenIdConnectProvider` (`openIdConnectProviderArn`,
 * `openIdConnectProviderIssuer`, `oidcProviderRef`), so a provider of either library is accepted
 * where the other is expected.
 */
export interface IOpenIdConnectProvider extends cdk_iam.IOpenIdConnectProvider {
}

/**
 * Represents an IAM OpenID Connect provider (the native `AWS::IAM::OIDCProvider` resource).
 *
 * It is aws-cdk-lib's `aws_iam.IOidcProvider` (`oidcProviderArn`, `oidcProviderIssuer`, their
 * `openIdConnect...` aliases and `oidcProviderRef`).
 */
export interface IOidcProvider extends cdk_iam.IOidcProvider {
}
