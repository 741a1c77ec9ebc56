import { getService, servicePrefixes } from '../data/reference';
import { Severity } from '../finding';
import { splitAction } from '../private/actions';
import { CleanStrings } from '../private/clean-strings';
import { closest } from '../private/edit-distance';
import { hasWildcard } from '../private/wildcard';
import { actionsOf, at, q, Rule } from '../rule';

const clean = new CleanStrings();

/** The service prefix of an action is not in the IAM service reference. */
export const unknownService: Rule = {
  id: 'UnknownService',
  severity: Severity.WARNING,
  description: 'An action uses a service prefix that the IAM service reference does not list.',
  explanation: 'IAM accepts any prefix in identity policies, so a misspelt prefix ("s3x:GetObject") '
    + 'deploys and silently grants nothing. Resource policies of most services reject it.',
  local: true,
  check(ctx) {
    const out = [];
    for (const { visit: v, field, action } of actionsOf(ctx)) {
      if (clean.has(action)) { continue; }
      const parts = splitAction(action);
      if (!parts || hasWildcard(parts.prefix) || getService(parts.prefix)) { clean.add(action); continue; }
      const guess = closest(parts.prefix.toLowerCase(), servicePrefixes());
      out.push(at(v, `unknown service prefix ${q(parts.prefix)} in ${field} ${q(action)}`
        + (guess ? `; did you mean '${guess}'?` : ''),
      guess ? `use '${guess}:${parts.name}'` : 'use a service prefix from the IAM Service Authorization Reference'));
    }
    return out;
  },
};
