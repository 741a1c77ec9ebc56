import { Severity } from '../finding';
import { at, Rule, RuleResult, statements } from '../rule';

/** NotPrincipal in an Allow grants everyone else. */
export const notPrincipalWithAllow: Rule = {
  id: 'NotPrincipalWithAllow',
  severity: Severity.WARNING,
  description: 'An Allow statement uses NotPrincipal.',
  explanation: 'Allow with NotPrincipal grants every principal except those listed, including anonymous '
    + 'users. AWS strongly recommends against it; name the principals in Principal instead.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      if (v.statement.Effect === 'Allow' && v.statement.NotPrincipal !== undefined) {
        out.push(at(v, 'Allow with NotPrincipal grants every principal that is not listed',
          'name the allowed principals in Principal, or use NotPrincipal only in a Deny statement'));
      }
    }
    return out;
  },
};
