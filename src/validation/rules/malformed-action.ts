import { Severity } from '../finding';
import { CleanStrings } from '../private/clean-strings';
import { elements, render, UNKNOWN } from '../private/values';
import { at, q, Rule, statements } from '../rule';

const clean = new CleanStrings();

/** Action and NotAction entries must read `service:action` (or be `*`). */
export const malformedAction: Rule = {
  id: 'MalformedAction',
  severity: Severity.ERROR,
  description: 'An Action or NotAction entry is not of the form "service:action" or "*".',
  explanation: 'IAM rejects a policy whose actions are not prefaced by a service prefix '
    + '("Actions/Conditions must be prefaced by a vendor"), so the deployment fails.',
  local: true,
  check(ctx) {
    const out = [];
    for (const v of statements(ctx)) {
      for (const field of ['Action', 'NotAction'] as const) {
        for (const entry of elements(v.statement[field]) ?? []) {
          if (typeof entry === 'string' && clean.has(entry)) { continue; }
          const text = render(entry);
          if (text === undefined) {
            out.push(at(v, `${field} entry ${q(entry)} is not a string`, 'write actions as strings such as "s3:GetObject"'));
            continue;
          }
          if (text.includes(UNKNOWN) || text === '*') { continue; }
          if (/^[A-Za-z0-9*?_.-]+:[^\s:]+$/.test(text)) {
            if (typeof entry === 'string') { clean.add(entry); }
          } else {
            out.push(at(v, `${field} entry ${q(text)} is not of the form "service:action"`,
              'write the service prefix, a colon and the action name, e.g. "s3:GetObject"'));
          }
        }
      }
    }
    return out;
  },
};
