// OIDC and SAML identity providers, and trusting GitHub Actions.
export * from './oidc-provider-interfaces';
export * from './oidc-provider-native';
export * from './open-id-connect-provider';
export * from './oidc-trust-checks';
export * from './saml-provider';
export * from './github-actions-principal';
export * from './github-actions-identity-provider';
export * from './github-actions-role';
