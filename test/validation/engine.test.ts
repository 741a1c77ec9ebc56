import { target } from './rules/helpers';
import { formatFinding, validate } from '../../src/validation/engine';
import { Severity } from '../../src/validation/finding';
import type { Rule } from '../../src/validation/rule';
import { ALL_RULES } from '../../src/validation/rules';

const typo = target([{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);

describe('validate', () => {
  test('reports rule id, severity, path, statement index, Sid, message and fix', () => {
    const [f] = validate(typo);
    expect(f).toMatchObject({
      ruleId: 'UnknownAction',
      severity: Severity.WARNING,
      path: 'Stack/Target',
      statementIndex: 0,
      sid: 'Read',
      location: 'Properties.PolicyDocument.Statement[0]',
    });
    expect(formatFinding(f)).toMatch(/^\[UnknownAction\] unknown action 's3:GetObjekt'.*\(statement 0 'Read'\); replace it with 's3:GetObject'$/);
  });

  test('the lists rules share are made per call: a statement added to a target after a validation is checked', () => {
    // GIVEN
    const t = target([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    expect(validate(t)).toEqual([]);
    // WHEN
    ((t.documents[0].document as any).Statement as object[]).push({ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' });
    // THEN
    expect(validate(t).map((f) => `${f.ruleId}:${f.statementIndex}`)).toEqual(['UnknownAction:1']);
  });

  test('raised limits apply to their own call only', () => {
    const trust = target([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x'.repeat(2100) } } }], 'trust', 'role');
    expect(validate(trust, { limits: { trustPolicySize: 4096 } })).toEqual([]);
    expect(validate(trust).map((f) => f.ruleId)).toEqual(['PolicySize']);
    expect(validate(trust, { limits: {} }).map((f) => f.ruleId)).toEqual(['PolicySize']);
  });

  test('a configured severity replaces the default, and "off" disables the rule', () => {
    expect(validate(typo, { severities: { UnknownAction: Severity.ERROR } })[0].severity).toBe(Severity.ERROR);
    expect(validate(typo, { severities: { UnknownAction: 'off' } })).toEqual([]);
  });

  test('a rule that throws is reported as InternalRuleError instead of failing the caller', () => {
    const broken: Rule = { id: 'Broken', severity: Severity.ERROR, description: 'd', explanation: 'e', check: () => { throw new Error('boom'); } };
    expect(validate(typo, { rules: [broken] })).toEqual([expect.objectContaining({ ruleId: 'InternalRuleError', severity: Severity.INFO })]);
  });

  test('every rule has a unique PascalCase id, a one-line description and an explanation', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(r.description).not.toContain('\n');
      expect(r.explanation.length).toBeGreaterThan(20);
    }
  });

  test('a document that is a token, or has no statements list, does not crash any rule', () => {
    const t = { kind: 'role' as const, path: 'R', documents: [{ kind: 'identity' as const, document: { 'Fn::If': ['C', {}, {}] }, location: 'L' }], entity: { name: { Ref: 'N' } } };
    expect(validate(t).filter((f) => f.ruleId === 'InternalRuleError')).toEqual([]);
  });
});
