import { table } from './helpers';
import { arnShape } from '../../../src/validation/rules/arn-shape';

const s = (Resource: unknown) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource });

describe('ArnShape', () => {
  table(arnShape, [
    ['a well-formed ARN', s('arn:aws:sqs:us-east-1:123456789012:queue'), false],
    ['wildcards', s('arn:*:sqs:*:*:queue'), false],
    ['an AWS managed policy ARN', s('arn:aws:iam::aws:policy/ReadOnlyAccess'), false],
    ['a token partition', s({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sqs:us-east-1:123456789012:q']] }), false],
    ['an unknown partition', s('arn:amazon:sqs:us-east-1:123456789012:queue'), true],
    ['an unknown service', s('arn:aws:sqss:us-east-1:123456789012:queue'), true],
    ['a misspelt region', s('arn:aws:sqs:useast1:123456789012:queue'), true],
    ['a short account', s('arn:aws:sqs:us-east-1:12345:queue'), true],
  ]);
});
