import { table } from './helpers';
import { notActionWithAllow } from '../../../src/validation/rules/not-action-with-allow';

describe('NotActionWithAllow', () => {
  table(notActionWithAllow, [
    ['Deny with NotAction', { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }, false],
    ['Allow with Action', { Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' }, false],
    ['Allow with NotAction', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, true],
  ]);
});
