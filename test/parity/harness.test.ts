import { CfnResource, Stack, aws_iam as cdkiam } from 'aws-cdk-lib';
import { expectBothRefuse, expectParity, jsonDiff, modules, synthesize } from './harness';

/* The harness must be able to fail: a scenario that behaves differently per module is caught. */

describe('parity harness', () => {
  test('passes the aws-cdk-lib module on one side and cdk-iam-kit on the other', () => {
    const { cdk, kit } = modules();
    expect(cdk).toBe(cdkiam as any);
    expect(kit).not.toBe(cdkiam as any);
    for (const name of ['Role', 'User', 'Group', 'Policy', 'ManagedPolicy', 'PolicyStatement', 'AccessKey', 'InstanceProfile', 'PermissionsBoundary']) {
      expect((kit as any)[name]).toBeDefined();
      expect((kit as any)[name]).not.toBe((cdkiam as any)[name]);
    }
  });

  test('fails when the templates differ', () => {
    expect(() => expectParity((iam, stack) => {
      new CfnResource(stack, 'X', { type: iam === (cdkiam as any) ? 'AWS::SQS::Queue' : 'AWS::SNS::Topic' });
    })).toThrow(/differ from aws-cdk-lib/);
  });

  test('lists differing paths', () => {
    expect(jsonDiff({ a: 1, b: [1, 2], c: { d: 'x' } }, { a: 1, b: [1, 3], c: { d: 'y' }, e: true })).toEqual([
      '$.b[1]: aws-cdk-lib 2 / cdk-iam-kit 3',
      '$.c.d: aws-cdk-lib "x" / cdk-iam-kit "y"',
      '$.e: aws-cdk-lib undefined / cdk-iam-kit true',
    ]);
    expect(jsonDiff({ a: [1] }, { a: [1] })).toEqual([]);
  });

  test('fails when only cdk-iam-kit throws', () => {
    expect(() => expectParity((iam, stack) => {
      if (iam !== (cdkiam as any)) { throw new Error('boom'); }
      new CfnResource(stack, 'X', { type: 'AWS::SQS::Queue' });
    })).toThrow(/cdk-iam-kit threw/);
  });

  test('collects every stack of the app', () => {
    const templates = synthesize(cdkiam as any, (_iam, stack, app) => {
      new CfnResource(stack, 'X', { type: 'AWS::SQS::Queue' });
      new Stack(app, 'Second');
    });
    expect(Object.keys(templates).sort()).toEqual(['Second', 'Stack']);
  });

  test('fails a refusal check when cdk-iam-kit accepts what aws-cdk-lib refuses', () => {
    expect(() => expectBothRefuse((iam) => {
      if (iam === (cdkiam as any)) { throw new Error('refused'); }
    })).toThrow(/accepted what aws-cdk-lib refuses/);
  });

  test('fails a refusal check when aws-cdk-lib does not refuse', () => {
    expect(() => expectBothRefuse(() => undefined)).toThrow(/did not refuse/);
  });
});
