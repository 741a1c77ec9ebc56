import { getService } from '../data/reference';
import { Severity } from '../finding';
import { splitAction } from '../private/actions';
import { CleanStrings } from '../private/clean-strings';
import { closest } from '../private/edit-distance';
import { hasWildcard } from '../private/wildcard';
import { actionsOf, at, q, Rule } from '../rule';

const clean = new CleanStrings();

/** The action is not an action of its (known) service. */
export const unknownAction: Rule = {
  id: 'UnknownAction',
  severity: Severity.WARNING,
  description: 'An action is not listed for its service in the IAM service reference.',
  explanation: 'IAM accepts unknown actions in identity policies, so a typo such as "s3:GetObjekt" '
    + 'deploys and grants nothing; the intended permission is silently missing.',
  local: true,
  check(ctx) {
    const out = [];
    for (const { visit: v, field, action } of actionsOf(ctx)) {
      if (clean.has(action)) { continue; }
      const parts = splitAction(action);
      if (!parts || hasWildcard(action)) { clean.add(action); continue; }
      const service = getService(parts.prefix);
      if (!service || service.actions.has(parts.name.toLowerCase())) { clean.add(action); continue; }
      const guess = closest(parts.name, [...service.actions.values()].map((a) => a.name));
      const suggestion = guess ? `${parts.prefix}:${guess}` : undefined;
      out.push(at(v, `unknown action ${q(action)} in ${field}` + (suggestion ? `; did you mean '${suggestion}'?` : ''),
        suggestion ? `replace it with '${suggestion}'` : `use an action listed for '${service.prefix}' (${service.name})`));
    }
    return out;
  },
};
