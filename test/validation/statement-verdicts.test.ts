import { App, aws_iam as iam, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { target } from './rules/helpers';
import { validate } from '../../src/validation/engine';
import { clearVerdicts, verdictOf } from '../../src/validation/private/statement-verdicts';
import { statements } from '../../src/validation/rule';
import { ALL_RULES, ruleById } from '../../src/validation/rules';
import { _enableIamValidation } from '../../src/validation/synth-adapter';
import type { ValidationTarget } from '../../src/validation/target';

/*
 * The engine remembers which local rules found a statement clean (keyed by the statement's JSON
 * and document kind) and does not show it to them again. These tests check that the verdicts
 * never hide a finding.
 */

const clean = { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' };
const typo = { Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' };

function ids(t: ValidationTarget, options = {}): string[] {
  return validate(t, options).map((f) => `${f.ruleId}@${f.path}:${f.statementIndex}`);
}

beforeEach(() => clearVerdicts());

describe('statement verdicts', () => {
  test('a statement with a finding reports it in every target it appears in', () => {
    const a = { ...target([typo]), path: 'Stack/A' };
    const b = { ...target([clean, { ...typo }]), path: 'Stack/B' };
    expect(ids(a)).toEqual(['UnknownAction@Stack/A:0']);
    expect(ids(b)).toEqual(['UnknownAction@Stack/B:1']);
    expect(ids(a)).toEqual(['UnknownAction@Stack/A:0']);
  });

  test('a clean statement is remembered, and equal statements (distinct objects) are skipped', () => {
    expect(validate(target([clean]))).toEqual([]);
    const v = verdictOf({ ...clean, Action: [...clean.Action] }, 'identity')!;
    for (const rule of ALL_RULES.filter((r) => r.local)) {
      expect(validate(target([clean]), { rules: [rule] })).toEqual([]);
    }
    expect(v.mask).not.toBe(0);
  });

  test('a verdict made with a rule turned off does not hide that rule later', () => {
    expect(validate(target([typo]), { severities: { UnknownAction: 'off' } })).toEqual([]);
    expect(ids(target([typo]))).toEqual(['UnknownAction@Stack/Target:0']);
    expect(validate(target([typo]), { rules: [ruleById('UnknownService')!] })).toEqual([]);
    expect(ids(target([typo]), { rules: [ruleById('UnknownAction')!] })).toEqual(['UnknownAction@Stack/Target:0']);
  });

  test('the document kind is part of the key', () => {
    const trust = { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' };
    expect(validate(target([trust]))).toEqual([]);
    expect(validate(target([trust], 'trust')).map((f) => f.ruleId)).toEqual(['StatementStructure', 'StatementStructure']);
  });

  test('a statement changed after a validation is checked again', () => {
    const s: Record<string, unknown> = { ...clean };
    expect(validate(target([s]))).toEqual([]);
    s.Action = 's3:GetObjekt';
    expect(ids(target([s]))).toEqual(['UnknownAction@Stack/Target:0']);
  });

  test('values JSON does not show are never keyed: an undefined field is still reported', () => {
    expect(validate(target([clean]))).toEqual([]);
    const withUndefined = { ...clean, Foo: undefined };
    expect(verdictOf(withUndefined, 'identity')).toBeUndefined();
    expect(validate(target([withUndefined])).map((f) => f.message)).toEqual([expect.stringContaining("unknown field 'Foo'")]);
    expect(verdictOf({ ...clean, Resource: NaN }, 'identity')).toBeUndefined();
    expect(verdictOf({ ...clean, Condition: { Bool: { 'aws:SecureTransport': undefined } } }, 'identity')).toBeUndefined();
    expect(verdictOf({ ...clean, Action: new Array(2) }, 'identity')).toBeUndefined();
    expect(verdictOf({ ...clean, Resource: new Date(0) }, 'identity')).toBeUndefined();
  });

  test('a statement a rule found clean is not shown to it again; a rule that throws records no verdict', () => {
    const rule = ruleById('UnknownAction')!;
    const seen: number[] = [];
    const spy = jest.spyOn(rule, 'check');
    try {
      spy.mockImplementationOnce(() => { throw new Error('boom'); });
      expect(validate(target([clean])).map((f) => f.ruleId)).toEqual(['InternalRuleError']);
      spy.mockImplementation((ctx) => { seen.push(statements(ctx).length); return []; });
      validate(target([clean]));
      validate(target([{ ...clean }]));
    } finally {
      spy.mockRestore();
    }
    expect(seen).toEqual([1, 0]);
  });

  test('the memory is bounded: past the character budget, verdicts are forgotten', () => {
    const big = (i: number) => ({ Effect: 'Allow', Action: `s3:${'x'.repeat(200000)}${i}`, Resource: '*' });
    verdictOf(big(0), 'identity')!.mask = 1;
    expect(verdictOf(big(0), 'identity')!.mask).toBe(1);
    for (let i = 1; i <= 20; i++) { verdictOf(big(i), 'identity'); }
    expect(verdictOf(big(0), 'identity')!.mask).toBe(0);
  });

  test('statements only some rules found clean are shown to the others again', () => {
    const notAction = { Effect: 'Allow', NotAction: 's3:GetObject', Resource: '*' };
    expect(ids(target([notAction]))).toEqual(['NotActionWithAllow@Stack/Target:0']);
    expect(ids(target([notAction]))).toEqual(['NotActionWithAllow@Stack/Target:0']);
    expect(ids(target([notAction]), { rules: [ruleById('NotActionWithAllow')!] })).toEqual(['NotActionWithAllow@Stack/Target:0']);
  });
});

describe('statement verdicts at synth', () => {
  const previous = process.env.CDK_IAM_KIT_VALIDATION;
  beforeAll(() => { process.env.CDK_IAM_KIT_VALIDATION = 'true'; });
  afterAll(() => {
    if (previous === undefined) { delete process.env.CDK_IAM_KIT_VALIDATION; } else { process.env.CDK_IAM_KIT_VALIDATION = previous; }
  });

  test('the same statement in resources of two owners reports on both, in every synth', () => {
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    for (let synth = 0; synth < 2; synth++) {
      const app = new App();
      const stack = new Stack(app, 'Stack');
      for (const id of ['A', 'B']) {
        const holder = new Construct(stack, id);
        new iam.CfnRole(holder, 'Role', {
          assumeRolePolicyDocument: trust,
          policies: [{ policyName: 'inline', policyDocument: { Version: '2012-10-17', Statement: [clean, typo] } }],
        });
        _enableIamValidation(holder);
      }
      const annotations = Annotations.fromStack(stack);
      for (const id of ['A', 'B']) {
        annotations.hasWarning(`/Stack/${id}`, Match.stringLikeRegexp(`\\[UnknownAction\\].*'s3:GetObjekt'.*at 'Stack/${id}/Role'`));
      }
    }
  });
});
