import './foreign-graph';

export * from './cdk-bridge';
