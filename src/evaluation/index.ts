export * from './decision';
export * from './access-check-result';
export * from './access-check';
