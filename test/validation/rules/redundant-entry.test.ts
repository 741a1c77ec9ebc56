import { table } from './helpers';
import { redundantEntry } from '../../../src/validation/rules/redundant-entry';

describe('RedundantEntry', () => {
  table(redundantEntry, [
    ['distinct actions', { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }, false],
    ['overlapping patterns that do not cover each other', { Effect: 'Allow', Action: ['s3:Get?', 's3:Get*x'], Resource: '*' }, false],
    ['distinct resources', { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] }, false],
    ['a repeated action in other letter case', { Effect: 'Allow', Action: ['s3:GetObject', 's3:getobject'], Resource: '*' }, true],
    ['an action covered by a pattern', { Effect: 'Allow', Action: ['s3:Get*', 's3:GetObject'], Resource: '*' }, true],
    ['a pattern covered by a shorter pattern', { Effect: 'Allow', Action: ['s3:*', 's3:Get*'], Resource: '*' }, true],
    ['a resource covered by "*"', { Effect: 'Allow', Action: 's3:GetObject', Resource: ['*', 'arn:aws:s3:::a/*'] }, true],
  ]);
});
