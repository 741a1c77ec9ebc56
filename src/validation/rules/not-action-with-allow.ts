import { Severity } from '../finding';
import { at, Rule, RuleResult, statements } from '../rule';

/** NotAction in an Allow grants everything else. */
export const notActionWithAllow: Rule = {
  id: 'NotActionWithAllow',
  severity: Severity.WARNING,
  description: 'An Allow statement uses NotAction.',
  explanation: 'Allow with NotAction grants every action except those listed, including actions of services '
    + 'added later. List the allowed actions instead, or pair NotAction with Deny.',
  check(ctx) {
    return statements(ctx)
      .filter((v) => v.statement.Effect === 'Allow' && v.statement.NotAction !== undefined)
      .map((v) => at(v, 'Allow with NotAction grants every action that is not listed',
        'list the actions to allow in Action, or use NotAction in a Deny statement'));
  },
};

/** NotPrincipal in an Allow grants everyone else. */
export const notPrincipalWithAllow: Rule = {
  id: 'NotPrincipalWithAllow',
  severity: Severity.WARNING,
  description: 'An Allow statement uses NotPrincipal.',
  explanation: 'Allow with NotPrincipal grants every principal except those listed, including anonymous '
    + 'users. AWS strongly recommends against it; name the principals in Principal instead.',
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
