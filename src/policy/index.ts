export * from './principal';
export * from './principal-policy-fragment';
