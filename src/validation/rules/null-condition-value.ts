import { Severity } from '../finding';
import { conditionEntries } from '../private/conditions';
import { elements, isKnown, render } from '../private/values';
import { at, q, Rule, RuleResult, statements } from '../rule';

/** The Null operator takes "true" or "false". */
export const nullConditionValue: Rule = {
  id: 'NullConditionValue',
  severity: Severity.WARNING,
  description: 'A Null condition has a value other than "true" or "false".',
  explanation: 'Null tests whether a key is absent ("true") or present ("false"); any other value never '
    + 'matches, so the condition is always false.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      for (const e of conditionEntries(v.statement.Condition)) {
        if (e.parsed?.base !== 'Null') { continue; }
        for (const value of elements(e.value) ?? []) {
          const text = render(value);
          if (!isKnown(text) || /^(true|false)$/i.test(text)) { continue; }
          out.push(at(v, `Null condition on ${q(e.key)} has value ${q(text)}`,
            'use "true" (the key is absent) or "false" (the key is present)'));
        }
      }
    }
    return out;
  },
};
