import { Severity } from '../finding';
import { isMultivalued } from '../private/condition-operators';
import { ConditionEntry, conditionEntries } from '../private/conditions';
import { at, q, Rule, RuleResult, StatementVisit, statements } from '../rule';

/** ForAllValues / ForAnyValue / IfExists are used where they mean what they say. */
export const conditionSetOperatorMisuse: Rule = {
  id: 'ConditionSetOperatorMisuse',
  severity: Severity.WARNING,
  description: 'ForAllValues/ForAnyValue are used on a single-valued key, are missing on a multivalued key, '
    + 'or ForAllValues is used in an Allow without a Null check.',
  explanation: 'ForAllValues is true when the key is absent, so in an Allow it grants requests that carry no '
    + 'such key; set operators on a single-valued key and plain operators on a multivalued key compare '
    + 'differently from what the operator name suggests.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      const entries = conditionEntries(v.statement.Condition);
      for (const e of entries) { out.push(...checkEntry(v, e, entries)); }
    }
    return out;
  },
};

function checkEntry(v: StatementVisit, e: ConditionEntry, all: ConditionEntry[]): RuleResult[] {
  if (!e.parsed || !e.ref) { return []; }
  const multi = e.ref.types.some(isMultivalued);
  const single = e.ref.types.some((t) => !isMultivalued(t));
  const out: RuleResult[] = [];
  if (e.parsed.set && single && !multi) {
    out.push(at(v, `${q(e.operator)} is used on single-valued key ${q(e.key)}`,
      `drop the ${e.parsed.set}: prefix and use '${e.operator.replace(/^[^:]*:/, '')}'`));
  }
  if (!e.parsed.set && multi && !single && e.parsed.family !== 'Null') {
    out.push(at(v, `plain operator ${q(e.operator)} is used on multivalued key ${q(e.key)}`,
      `use 'ForAnyValue:${e.operator}' (any value matches) or 'ForAllValues:${e.operator}' (every value matches)`));
  }
  if (e.parsed.set === 'ForAllValues' && v.statement.Effect === 'Allow' && !e.parsed.family.startsWith('Null')) {
    const guarded = all.some((o) => o.parsed?.base === 'Null' && o.key.toLowerCase() === e.key.toLowerCase());
    if (!guarded) {
      out.push(at(v, `${q(e.operator)} on ${q(e.key)} in an Allow also matches requests without the key`,
        `add "Null": { "${e.key}": "false" } to the condition, or use ForAnyValue`));
    }
  }
  return out;
}
