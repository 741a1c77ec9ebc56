// The public (jsii) API of cdk-iam-kit: one export line per layer. `core` and every
// `private/` folder stay internal.
export * from './policy';
export * from './principals';
export * from './identities';
export * from './grants';
export * from './federation';
export * from './boundary';
export * from './validation';
export * from './evaluation';
