// Types of the `cdk-iam-kit/jest` entry point (declares the toBeAllowed matcher on jest's Matchers).
export * from './lib/evaluation/jest-matchers';
