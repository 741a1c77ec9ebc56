import * as cdk from 'aws-cdk-lib';
import { build, OURS } from './differential';

describe('ResourceWithPolicies', () => {
  function tableIn(stack: cdk.Stack) {
    return new cdk.CfnResource(stack, 'Table', { type: 'Test::Fake::Table' });
  }
  const factory = (calls: string[]) => ({
    forResource(resource: cdk.CfnResource) {
      calls.push(resource.node.path);
      return { env: resource.stack.env, addToResourcePolicy: () => ({ statementAdded: true }) } as any;
    },
  });

  test('returns a resource that has a resource policy as is', () => {
    const r = { env: { account: '1', region: 'r' }, addToResourcePolicy: () => ({ statementAdded: true }) } as any;
    expect(OURS.ResourceWithPolicies.of(r)).toBe(r);
  });

  test('uses the factory registered on the nearest scope, once per resource', () => {
    const stack = build(OURS, () => undefined);
    const calls: string[] = [];
    OURS.ResourceWithPolicies.register(stack, 'Test::Fake::Table', factory(calls));
    const table = tableIn(stack);
    const a = OURS.ResourceWithPolicies.of(table);
    const b = OURS.ResourceWithPolicies.of(table);
    expect(a).toBe(b);
    expect(calls).toEqual(['Stack/Table']);
  });

  test('throws [TraitNotFound] without a factory when automatic L1 traits are off', () => {
    const stack = build(OURS, () => undefined, { '@aws-cdk/core:automaticL1Traits': false });
    expect(() => OURS.ResourceWithPolicies.of(tableIn(stack))).toThrow(/\[TraitNotFound\]/);
  });

  test('falls back to the default factory when automatic L1 traits are on', () => {
    const calls: string[] = [];
    OURS.DefaultPolicyFactories.set('Test::Fake::Table', factory(calls));
    expect(OURS.DefaultPolicyFactories.has('Test::Fake::Table')).toBe(true);
    const stack = build(OURS, () => undefined, { '@aws-cdk/core:automaticL1Traits': true });
    expect(OURS.ResourceWithPolicies.of(tableIn(stack))).toBeDefined();
    expect(calls).toEqual(['Stack/Table']);
  });

  test('EncryptedResources finds grantOnKey on the resource itself', () => {
    const r = { env: { account: '1', region: 'r' }, grantOnKey: () => ({}) } as any;
    expect(OURS.EncryptedResources.of(r)).toBe(r);
    expect(OURS.GrantableResources.isEncryptedResource(r)).toBe(true);
  });
});
