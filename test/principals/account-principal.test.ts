import { Fn } from 'aws-cdk-lib';
import { newStack } from './harness';
import { AccountPrincipal, AccountRootPrincipal } from '../../src/principals';

describe('AccountPrincipal', () => {
  test('renders the account root ARN in the partition of the stack', () => {
    // GIVEN
    const stack = newStack({ account: '222222222222', region: 'cn-north-1' });

    // THEN
    expect(stack.resolve(new AccountPrincipal('123456789012').policyFragment.principalJson)).toEqual({
      AWS: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:root']] }],
    });
  });

  test('knows its account', () => {
    const principal = new AccountPrincipal('123456789012');
    expect(principal.principalAccount).toEqual('123456789012');
    expect(principal.accountId).toEqual('123456789012');
    expect(principal.toString()).toEqual('AccountPrincipal(123456789012)');
  });

  test('accepts a token account', () => {
    const stack = newStack();
    const principal = new AccountPrincipal(Fn.importValue('Account'));
    expect(stack.resolve(principal.principalAccount)).toEqual({ 'Fn::ImportValue': 'Account' });
  });

  test('throws when the account is not a string', () => {
    expect(() => new AccountPrincipal(123456789012)).toThrow(/\[InvalidAccountId\]/);
    expect(() => new AccountPrincipal({ account: '123456789012' })).toThrow(/\[InvalidAccountId\]/);
  });
});

describe('AccountRootPrincipal', () => {
  test('renders the root of the stack account', () => {
    // GIVEN
    const stack = newStack({ account: '111111111111', region: 'us-east-1' });
    const principal = new AccountRootPrincipal();

    // THEN
    expect(stack.resolve(principal.policyFragment.principalJson)).toEqual({
      AWS: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111111111111:root']] }],
    });
    expect(stack.resolve(principal.principalAccount)).toEqual('111111111111');
    expect(principal.toString()).toEqual('AccountRootPrincipal()');
  });

  test('uses AWS::AccountId in an environment-agnostic stack', () => {
    const stack = newStack();
    const principal = new AccountRootPrincipal();
    expect(stack.resolve(principal.policyFragment.principalJson)).toEqual({
      AWS: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] }],
    });
  });
});
