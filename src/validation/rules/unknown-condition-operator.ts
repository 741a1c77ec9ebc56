import { Severity } from '../finding';
import { BASE_OPERATOR_NAMES } from '../private/condition-operators';
import { conditionEntries } from '../private/conditions';
import { closest } from '../private/edit-distance';
import { at, q, Rule, RuleResult, statements } from '../rule';

/** Condition operators must be ones IAM knows, spelt as documented. */
export const unknownConditionOperator: Rule = {
  id: 'UnknownConditionOperator',
  severity: Severity.ERROR,
  description: 'A Condition uses an operator IAM does not have (or "NullIfExists").',
  explanation: 'IAM rejects the policy ("Invalid Condition type"), so the deployment fails. Operators are '
    + 'a base operator such as StringEquals, optionally prefixed by ForAllValues:/ForAnyValue: and '
    + 'suffixed by IfExists (not allowed on Null).',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      const seen = new Set<string>();
      for (const e of conditionEntries(v.statement.Condition)) {
        if (seen.has(e.operator)) { continue; }
        seen.add(e.operator);
        if (!e.parsed) {
          const base = e.operator.replace(/^.*:/, '').replace(/IfExists$/i, '');
          const guess = closest(base, BASE_OPERATOR_NAMES);
          out.push(at(v, `unknown condition operator ${q(e.operator)}` + (guess && guess !== base ? `; did you mean '${guess}'?` : ''),
            /^null$/i.test(base) ? 'Null takes no IfExists suffix; use "Null"' : 'use a documented operator such as StringEquals, ArnLike, NumericLessThan, Bool, IpAddress or Null'));
        } else if (e.parsed.caseDiffers) {
          out.push(at(v, `condition operator ${q(e.operator)} is not spelt as documented`,
            'IAM condition operators are case-sensitive; use the documented spelling, e.g. "StringEquals"'));
        }
      }
    }
    return out;
  },
};
