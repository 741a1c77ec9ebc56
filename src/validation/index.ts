// The public (jsii) API of the validation layer.
export * from './finding';
export * from './limits';
export * from './iam-validator';
export * from './plugin';
export * from './iam-policy-validator';
