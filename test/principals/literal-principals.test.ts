import { newStack, ourStatementJson } from './harness';
import { AnyPrincipal, Anyone, CanonicalUserPrincipal, StarPrincipal } from '../../src/principals';

describe('StarPrincipal', () => {
  test('renders "Principal": "*"', () => {
    const stack = newStack();
    expect(ourStatementJson(stack, new StarPrincipal())).toEqual({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Principal: '*' });
    expect(new StarPrincipal().toString()).toEqual('StarPrincipal()');
  });
});

describe('AnyPrincipal', () => {
  test('renders "Principal": { "AWS": "*" }', () => {
    const stack = newStack();
    expect(ourStatementJson(stack, new AnyPrincipal())).toEqual({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Principal: { AWS: '*' } });
    expect(new AnyPrincipal().arn).toEqual('*');
    expect(new Anyone().toString()).toEqual('AnyPrincipal()');
  });
});

describe('CanonicalUserPrincipal', () => {
  test('renders "Principal": { "CanonicalUser": id }', () => {
    // GIVEN https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html (canonical user ID)
    const stack = newStack();
    const id = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

    // THEN
    expect(ourStatementJson(stack, new CanonicalUserPrincipal(id))).toEqual({
      Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Principal: { CanonicalUser: id },
    });
    expect(new CanonicalUserPrincipal(id).toString()).toEqual(`CanonicalUserPrincipal(${id})`);
  });
});
