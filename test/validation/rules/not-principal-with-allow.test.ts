import { table } from './helpers';
import { notPrincipalWithAllow } from '../../../src/validation/rules/not-principal-with-allow';

describe('NotPrincipalWithAllow', () => {
  table(notPrincipalWithAllow, [
    ['Deny with NotPrincipal', { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: '*' }, false],
    ['Allow with Principal', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: '*' }, false],
    ['Allow with NotPrincipal', { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: '*' }, true],
  ], 'resource');
});
