import { table } from './helpers';
import { invalidResource } from '../../../src/validation/rules/invalid-resource';

describe('InvalidResource', () => {
  table(invalidResource, [
    ['"*"', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, false],
    ['an ARN', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, false],
    ['a GetAtt', { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::GetAtt': ['B', 'Arn'] } }, false],
    ['a Join starting with arn:', { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::b/*']] } }, false],
    ['a Join of a GetAtt and a suffix', { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['B', 'Arn'] }, '/*']] } }, false],
    ['a token string', { Effect: 'Allow', Action: 's3:GetObject', Resource: '${Token[TOKEN.1]}/*' }, false],
    ['a bucket name', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'my-bucket/*' }, true],
    ['an ARN with too few fields', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3' }, true],
    ['a name joined with a token', { Effect: 'Allow', Action: 's3:GetObject', NotResource: { 'Fn::Join': ['', ['bucket-', { Ref: 'X' }]] } }, true],
  ]);
});
