import { table } from './helpers';
import { conditionOperatorTypeMismatch } from '../../../src/validation/rules/condition-operator-type';

const c = (Condition: object) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition });

describe('ConditionOperatorTypeMismatch', () => {
  table(conditionOperatorTypeMismatch, [
    ['ArnLike on an ARN key', c({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:t' } }), false],
    ['Bool on a Bool key', c({ Bool: { 'aws:SecureTransport': 'false' } }), false],
    ['NumericLessThan on a Numeric key', c({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }), false],
    ['NumericLessThan on aws:EpochTime', c({ NumericLessThan: { 'aws:EpochTime': '1700000000' } }), false],
    ['IpAddress on an IP key', c({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }), false],
    ['Null on any key', c({ Null: { 'aws:SourceArn': 'true' } }), false],
    ['an unknown key (not judged)', c({ NumericEquals: { 'aws:NoSuchKey': '1' } }), false],
    ['StringLike on an ARN key', c({ StringLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:t' } }), true],
    ['NumericEquals on a string key', c({ NumericEquals: { 'aws:PrincipalAccount': '1' } }), true],
    ['StringEquals on a Bool key', c({ StringEquals: { 'aws:SecureTransport': 'true' } }), true],
    ['DateLessThan on an IP key', c({ DateLessThan: { 'aws:SourceIp': '2020-01-01' } }), true],
  ]);
});
