import { table } from './helpers';
import { notActionWithAllow, notPrincipalWithAllow } from '../../../src/validation/rules/not-action-with-allow';

describe('NotActionWithAllow', () => {
  table(notActionWithAllow, [
    ['Deny with NotAction', { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }, false],
    ['Allow with Action', { Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' }, false],
    ['Allow with NotAction', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, true],
  ]);
});

describe('NotPrincipalWithAllow', () => {
  table(notPrincipalWithAllow, [
    ['Deny with NotPrincipal', { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: '*' }, false],
    ['Allow with Principal', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: '*' }, false],
    ['Allow with NotPrincipal', { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: '*' }, true],
  ], 'resource');
});
