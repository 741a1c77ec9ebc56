import { validate } from '../../../src/validation/engine';
import type { Rule } from '../../../src/validation/rule';
import type { DocumentKind, TargetEntity, TargetKind, ValidationTarget } from '../../../src/validation/target';

/** A target with one document of the given statements. */
export function target(statements: object[], kind: DocumentKind = 'identity', targetKind: TargetKind = 'managed-policy', entity?: TargetEntity): ValidationTarget {
  return {
    kind: targetKind,
    path: 'Stack/Target',
    documents: [{ kind, document: { Version: '2012-10-17', Statement: statements }, location: 'Properties.PolicyDocument' }],
    entity,
  };
}

/** The findings one rule reports for a target. */
export function run(rule: Rule, t: ValidationTarget) {
  return validate(t, { rules: [rule] });
}

/** A table row: a name, a statement, and whether the rule must report it. */
export type Row = [string, object, boolean];

/** Table-driven test of one rule over single statements. */
export function table(rule: Rule, rows: Row[], kind: DocumentKind = 'identity') {
  test.each(rows)('%s', (_name, statement, reported) => {
    const findings = run(rule, target([statement], kind));
    if (reported) {
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.ruleId === rule.id && f.severity === rule.severity && f.statementIndex === 0)).toBe(true);
    } else {
      expect(findings).toEqual([]);
    }
  });
}
