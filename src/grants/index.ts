export * from './grant';
export * from './grant-options';
export * from './resource-with-policy';
export * from './composite-dependable';
export * from './resource-traits';
