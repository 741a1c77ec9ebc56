export * from './principal';
export * from './principal-policy-fragment';
export * from './service-principal-opts';
export * from './effect';
export * from './condition';
export * from './policy-statement-props';
export * from './policy-statement';
export * from './policy-document';
