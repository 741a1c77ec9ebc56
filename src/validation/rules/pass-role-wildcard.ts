import { Severity } from '../finding';
import { knownStrings } from '../private/values';
import { wildcardRegex } from '../private/wildcard';
import { at, q, Rule, RuleResult, statements } from '../rule';

/** iam:PassRole should name the roles it may pass. */
export const passRoleWildcard: Rule = {
  id: 'PassRoleWildcard',
  severity: Severity.WARNING,
  description: 'An Allow grants iam:PassRole on all resources ("*").',
  explanation: 'Passing any role lets the principal hand a more privileged role to a service it controls '
    + '(privilege escalation). Name the roles, or at least restrict iam:PassedToService.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      if (v.statement.Effect !== 'Allow' || v.documentKind === 'trust') { continue; }
      const action = knownStrings(v.statement.Action).find(grantsPassRole);
      if (!action) { continue; }
      if (!knownStrings(v.statement.Resource).includes('*')) { continue; }
      out.push(at(v, `${q(action)} allows iam:PassRole on resource "*"`,
        'list the ARNs of the roles that may be passed (e.g. role.roleArn) instead of "*"'));
    }
    return out;
  },
};

/** True when an action (pattern) other than "*" matches iam:PassRole. */
function grantsPassRole(action: string): boolean {
  if (action === '*') { return false; }
  const lower = action.toLowerCase();
  // cheap pre-filter: only a pattern starting like "iam:" or with a wildcard prefix can match
  if (!lower.startsWith('iam:') && !/^[^:]*[*?]/.test(lower)) { return false; }
  return wildcardRegex(action, true).test('iam:PassRole');
}
