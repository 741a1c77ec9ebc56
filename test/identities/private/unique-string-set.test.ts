import { CfnResource, Lazy, Stack } from 'aws-cdk-lib';
import { UniqueStringSet } from '../../../src/identities/private/unique-string-set';

describe('UniqueStringSet', () => {
  test('renders nothing when empty, and one element as a list of one', () => {
    // GIVEN
    const stack = new Stack();
    const arns: string[] = [];
    const list = UniqueStringSet.from(() => arns);

    // WHEN / THEN
    expect(stack.resolve(list)).toBeUndefined();
    arns.push('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(stack.resolve(list)).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(stack.resolve(list)).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
  });

  test('drops elements that become equal only once resolved, keeping the first', () => {
    // GIVEN two different tokens for the same Ref, and another value
    const stack = new Stack();
    const resource = new CfnResource(stack, 'Policy', { type: 'AWS::IAM::ManagedPolicy' });
    const viaLazy = Lazy.string({ produce: () => resource.ref });
    const list = UniqueStringSet.from(() => [resource.ref, 'arn:aws:iam::aws:policy/ReadOnlyAccess', viaLazy]);

    // WHEN / THEN
    expect(stack.resolve(list)).toEqual([{ Ref: 'Policy' }, 'arn:aws:iam::aws:policy/ReadOnlyAccess']);
  });

  test('a single token element is kept as resolved', () => {
    const stack = new Stack();
    const resource = new CfnResource(stack, 'Policy', { type: 'AWS::IAM::ManagedPolicy' });
    expect(stack.resolve(UniqueStringSet.from(() => [resource.ref]))).toEqual([{ Ref: 'Policy' }]);
  });
});
