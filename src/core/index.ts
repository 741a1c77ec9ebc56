// core is internal: nothing here is part of the jsii API.
export * from './errors';
export * from './tokens';
export * from './arn';
