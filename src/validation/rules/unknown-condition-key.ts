import { conditionKeysOf } from '../data/reference';
import { Severity } from '../finding';
import { conditionEntries, keyPrefixIsListed } from '../private/conditions';
import { closest } from '../private/edit-distance';
import { at, q, Rule, RuleResult, statements } from '../rule';

/** Global (`aws:`) and service condition keys must be ones the reference lists. */
export const unknownConditionKey: Rule = {
  id: 'UnknownConditionKey',
  severity: Severity.WARNING,
  description: 'A condition uses an aws: or service key that neither the global keys nor the service list.',
  explanation: 'IAM deploys the policy, but a key that is never in the request context makes the condition '
    + 'false (or, with IfExists or a negated operator, true), which is rarely what was meant. '
    + 'Keys of identity providers (e.g. "token.actions.githubusercontent.com:sub") are not checked.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      for (const e of conditionEntries(v.statement.Condition)) {
        if (e.ref || !keyPrefixIsListed(e.key)) { continue; }
        const prefix = e.key.slice(0, e.key.indexOf(':'));
        const guess = closest(e.key, conditionKeysOf(prefix));
        out.push(at(v, `unknown condition key ${q(e.key)}` + (guess ? `; did you mean '${guess}'?` : ''),
          guess ? `replace it with '${guess}'` : `use a global key (aws:...) or a key listed for '${prefix}'`));
      }
    }
    return out;
  },
};
