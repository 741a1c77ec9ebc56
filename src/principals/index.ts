// The principal classes. Their contracts (IPrincipal, IGrantable, PrincipalPolicyFragment,
// ServicePrincipalOpts) live in src/policy and are exported from there.
export * from './comparable-principal';
export * from './assume-role-principal';
export * from './principal-base';
export * from './arn-principal';
export * from './account-principal';
export * from './account-root-principal';
export * from './service-principal';
export * from './organization-principal';
export * from './canonical-user-principal';
export * from './federated-principal';
export * from './web-identity-principal';
export * from './open-id-connect-principal';
export * from './saml-principal';
export * from './saml-console-principal';
export * from './any-principal';
export * from './star-principal';
export * from './composite-principal';
export * from './unknown-principal';
