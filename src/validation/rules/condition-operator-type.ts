import { Severity } from '../finding';
import { familiesFor, suggestedOperatorFor } from '../private/condition-operators';
import { conditionEntries } from '../private/conditions';
import { at, q, Rule, RuleResult, statements } from '../rule';

/** The operator compares the kind of value the key holds. */
export const conditionOperatorTypeMismatch: Rule = {
  id: 'ConditionOperatorTypeMismatch',
  severity: Severity.WARNING,
  description: 'A condition operator does not fit the type of its key (e.g. NumericEquals on a string key).',
  explanation: 'IAM deploys the policy, but the comparison never behaves as intended: a Numeric operator '
    + 'on a string key never matches, a String operator on an ARN key compares text rather than ARN fields '
    + '(AWS recommends ArnLike/ArnEquals), a Bool key wants the Bool operator.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      for (const e of conditionEntries(v.statement.Condition)) {
        if (!e.parsed || !e.ref || e.parsed.family === 'Null') { continue; }
        const fits = e.ref.types.some((t) => {
          const families = familiesFor(t);
          // aws:EpochTime takes date and numeric operators
          return families.includes(e.parsed!.family) || (t.endsWith('Date') && e.parsed!.family === 'Numeric' && /^aws:epochtime$/i.test(e.key));
        });
        if (fits) { continue; }
        const type = e.ref.types[0];
        out.push(at(v, `operator ${q(e.operator)} does not fit key ${q(e.key)} of type ${type}`,
          `use ${suggestedOperatorFor(type)}`));
      }
    }
    return out;
  },
};
