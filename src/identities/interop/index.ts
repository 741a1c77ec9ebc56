export * from './cdk-bridge';
