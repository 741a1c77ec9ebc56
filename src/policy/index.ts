export * from './principal';
export * from './principal-policy-fragment';
export * from './service-principal-opts';
