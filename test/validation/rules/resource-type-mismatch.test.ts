import { table } from './helpers';
import { resourceTypeMismatch } from '../../../src/validation/rules/resource-type-mismatch';

describe('ResourceTypeMismatch', () => {
  table(resourceTypeMismatch, [
    ['an object ARN for GetObject', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, false],
    ['bucket and objects for a mixed statement', { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] }, false],
    ['a wildcard ARN', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*' }, false],
    ['a token bucket', { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['B', 'Arn'] }, '/*']] } }, false],
    ['a service wildcard action', { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b' }, false],
    ['an unknown action (not judged)', { Effect: 'Allow', Action: 's3:GetObjekt', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }, false],
    ['a bucket ARN for GetObject', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b' }, true],
    ['a queue ARN for an S3 action', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }, true],
    ['an ARN for an action that takes only "*"', { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::b' }, true],
  ]);
});
