export * from './decision';
export * from './access-check-result';
export * from './access-check';
export * from './report/report-model';
export * from './access-report';
