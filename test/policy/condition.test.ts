import { Lazy, Token } from 'aws-cdk-lib';
import { resolveInStack } from './differential';
import { Condition, PolicyStatement } from '../../src/policy';

/*
 * Expected JSON is the plain form as written in the IAM documentation
 * (reference_policies_elements_condition_operators.html and the condition examples).
 */
describe('Condition', () => {
  test.each<[string, Condition, any]>([
    ['StringEquals with one value', Condition.stringEquals('aws:PrincipalTag/job-category', 'iamuser-admin'),
      { StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } }],
    ['StringNotEquals', Condition.stringNotEquals('aws:RequestedRegion', 'us-east-1', 'us-west-2'),
      { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } }],
    ['StringEqualsIgnoreCase', Condition.stringEqualsIgnoreCase('aws:username', 'Bob'), { StringEqualsIgnoreCase: { 'aws:username': 'Bob' } }],
    ['StringNotEqualsIgnoreCase', Condition.stringNotEqualsIgnoreCase('aws:username', 'Bob'), { StringNotEqualsIgnoreCase: { 'aws:username': 'Bob' } }],
    ['StringLike with several values', Condition.stringLike('s3:prefix', '', 'home/', 'home/${aws:username}/'),
      { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/'] } }],
    ['StringNotLike', Condition.stringNotLike('s3:prefix', 'private/*'), { StringNotLike: { 's3:prefix': 'private/*' } }],
    ['NumericLessThanEquals (numbers as strings)', Condition.numericLessThanEquals('s3:max-keys', 10),
      { NumericLessThanEquals: { 's3:max-keys': '10' } }],
    ['NumericEquals', Condition.numericEquals('k', 1, 2), { NumericEquals: { k: ['1', '2'] } }],
    ['NumericNotEquals', Condition.numericNotEquals('k', 1), { NumericNotEquals: { k: '1' } }],
    ['NumericLessThan', Condition.numericLessThan('aws:MultiFactorAuthAge', 3600), { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }],
    ['NumericGreaterThan', Condition.numericGreaterThan('k', 0.5), { NumericGreaterThan: { k: '0.5' } }],
    ['NumericGreaterThanEquals', Condition.numericGreaterThanEquals('k', 2), { NumericGreaterThanEquals: { k: '2' } }],
    ['DateGreaterThan', Condition.dateGreaterThan('aws:CurrentTime', '2020-04-01T00:00:00Z'),
      { DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' } }],
    ['DateLessThan', Condition.dateLessThan('aws:CurrentTime', '2020-06-30T23:59:59Z'), { DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' } }],
    ['DateEquals', Condition.dateEquals('aws:TokenIssueTime', '2020-01-01'), { DateEquals: { 'aws:TokenIssueTime': '2020-01-01' } }],
    ['DateNotEquals', Condition.dateNotEquals('aws:TokenIssueTime', '2020-01-01'), { DateNotEquals: { 'aws:TokenIssueTime': '2020-01-01' } }],
    ['DateLessThanEquals', Condition.dateLessThanEquals('aws:CurrentTime', '1700000000'), { DateLessThanEquals: { 'aws:CurrentTime': '1700000000' } }],
    ['DateGreaterThanEquals', Condition.dateGreaterThanEquals('aws:CurrentTime', '1700000000'), { DateGreaterThanEquals: { 'aws:CurrentTime': '1700000000' } }],
    ['Bool false', Condition.bool('aws:SecureTransport', false), { Bool: { 'aws:SecureTransport': 'false' } }],
    ['Bool true', Condition.bool('aws:MultiFactorAuthPresent', true), { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }],
    ['BinaryEquals', Condition.binaryEquals('key', 'QmluYXJ5VmFsdWVJbkJhc2U2NA=='), { BinaryEquals: { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }],
    ['IpAddress', Condition.ipAddress('aws:SourceIp', '203.0.113.0/24', '2001:DB8:1234:5678::/64'),
      { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } }],
    ['NotIpAddress', Condition.notIpAddress('aws:SourceIp', '192.0.2.0/24'), { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }],
    ['ArnEquals', Condition.arnEquals('aws:SourceArn', 'arn:aws:sns:us-east-1:123456789012:topic'),
      { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:topic' } }],
    ['ArnLike', Condition.arnLike('aws:SourceArn', 'arn:aws:s3:::my-bucket/*'), { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::my-bucket/*' } }],
    ['ArnNotEquals', Condition.arnNotEquals('aws:PrincipalArn', 'arn:aws:iam::1:role/a'), { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::1:role/a' } }],
    ['ArnNotLike', Condition.arnNotLike('aws:PrincipalArn', 'arn:aws:iam::*:role/admin-*'), { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin-*' } }],
    ['Null', Condition.isNull('aws:TokenIssueTime', true), { Null: { 'aws:TokenIssueTime': 'true' } }],
    ['Null false', Condition.isNull('aws:ResourceTag/team', false), { Null: { 'aws:ResourceTag/team': 'false' } }],
    ['StringLikeIfExists', Condition.stringLike('ec2:InstanceType', 't1.*', 't2.*', 'm3.*').ifExists(),
      { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } }],
    ['ForAllValues:StringEquals', Condition.stringEquals('aws:TagKeys', 'environment', 'cost-center').forAllValues(),
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } }],
    ['ForAnyValue:StringLike with IfExists', Condition.stringLike('aws:TagKeys', 'key1*').ifExists().forAnyValue(),
      { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': 'key1*' } }],
    ['any operator by name, value untouched', Condition.fromOperator('ForAnyValue:StringEquals', 'aws:CalledVia', ['cloudformation.amazonaws.com']),
      { 'ForAnyValue:StringEquals': { 'aws:CalledVia': ['cloudformation.amazonaws.com'] } }],
  ])('renders %s', (_name, condition, expected) => {
    expect(condition.toJson()).toEqual(expected);
  });

  test('exposes operator, key and value', () => {
    const c = Condition.stringEquals('aws:username', 'a', 'b').forAnyValue().ifExists();
    expect(c.operator).toEqual('ForAnyValue:StringEqualsIfExists');
    expect(c.key).toEqual('aws:username');
    expect(c.value).toEqual(['a', 'b']);
  });

  test('modifiers return new conditions and leave the original unchanged', () => {
    const base = Condition.stringEquals('k', 'v');
    base.ifExists();
    base.forAllValues();
    expect(base.operator).toEqual('StringEquals');
    expect(base.ifExists().ifExists().operator).toEqual('StringEqualsIfExists');
    expect(base.forAllValues().forAllValues().operator).toEqual('ForAllValues:StringEquals');
  });

  test('fromOperator parses qualifiers so that modifiers still apply', () => {
    expect(Condition.fromOperator('StringLikeIfExists', 'k', 'v').forAllValues().operator).toEqual('ForAllValues:StringLikeIfExists');
  });

  test('passes token values through', () => {
    const value = Lazy.string({ produce: () => '123456789012' });
    const number = Token.asNumber(Lazy.number({ produce: () => 42 }));
    const json = resolveInStack(Condition.toConditionsJson(
      Condition.stringEquals('aws:SourceAccount', value),
      Condition.numericLessThan('s3:max-keys', number)));
    expect(json).toEqual({ StringEquals: { 'aws:SourceAccount': '123456789012' }, NumericLessThan: { 's3:max-keys': '42' } });
  });

  test('toConditionsJson merges keys under the same operator', () => {
    expect(Condition.toConditionsJson(
      Condition.stringEquals('a', '1'),
      Condition.stringEquals('b', '2'),
      Condition.bool('aws:SecureTransport', true),
      Condition.stringEquals('a', '3'),
    )).toEqual({ StringEquals: { a: '3', b: '2' }, Bool: { 'aws:SecureTransport': 'true' } });
  });

  test('works with PolicyStatement.addTypedCondition', () => {
    const st = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });
    st.addTypedCondition(Condition.ipAddress('aws:SourceIp', '203.0.113.0/24'));
    expect(st.toStatementJson().Condition).toEqual({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } });
  });

  test('throws for IfExists on Null', () => {
    expect(() => Condition.isNull('aws:TokenIssueTime', true).ifExists()).toThrow(/\[InvalidConditionModifier\]/);
  });

  test('throws for both set qualifiers', () => {
    expect(() => Condition.stringEquals('k', 'v').forAllValues().forAnyValue()).toThrow(/\[InvalidConditionModifier\]/);
  });

  test('throws for a condition without values', () => {
    expect(() => Condition.stringEquals('aws:username')).toThrow(/\[MissingConditionValue\]/);
  });

  test('throws for an empty key', () => {
    expect(() => Condition.bool('', true)).toThrow(/\[InvalidConditionKey\]/);
  });

  test('throws for a malformed operator name', () => {
    expect(() => Condition.fromOperator('ForEveryValue:StringEquals', 'k', 'v')).toThrow(/\[InvalidConditionOperator\]/);
    expect(() => Condition.fromOperator('String Equals', 'k', 'v')).toThrow(/\[InvalidConditionOperator\]/);
  });
});
