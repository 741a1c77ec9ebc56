import { Severity } from '../finding';
import { lookupAction, splitAction } from '../private/actions';
import { CleanStrings } from '../private/clean-strings';
import { hasWildcard } from '../private/wildcard';
import { actionsOf, at, q, Rule } from '../rule';

const clean = new CleanStrings();

/** A wildcard action pattern of a known service matches none of its actions. */
export const wildcardActionMatchesNothing: Rule = {
  id: 'WildcardActionMatchesNothing',
  severity: Severity.WARNING,
  description: 'A wildcard action pattern matches no action of its service.',
  explanation: 'A pattern such as "s3:Gte*" deploys but matches nothing, so it grants (or denies) nothing.',
  local: true,
  check(ctx) {
    const out = [];
    for (const { visit: v, field, action } of actionsOf(ctx)) {
      if (clean.has(action)) { continue; }
      const parts = splitAction(action);
      if (!parts || !hasWildcard(parts.name) || hasWildcard(parts.prefix)) { clean.add(action); continue; }
      const found = lookupAction(action);
      if (!found.service || found.matches.length > 0) {
        clean.add(action);
      } else {
        out.push(at(v, `action pattern ${q(action)} in ${field} matches no action of '${found.service.prefix}'`,
          'check the spelling of the pattern against the service\'s action names'));
      }
    }
    return out;
  },
};
