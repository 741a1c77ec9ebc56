import { Severity } from '../finding';
import { at, Rule, statements } from '../rule';

/** NotAction in an Allow grants everything else. */
export const notActionWithAllow: Rule = {
  id: 'NotActionWithAllow',
  severity: Severity.WARNING,
  description: 'An Allow statement uses NotAction.',
  explanation: 'Allow with NotAction grants every action except those listed, including actions of services '
    + 'added later. List the allowed actions instead, or pair NotAction with Deny.',
  local: true,
  check(ctx) {
    return statements(ctx)
      .filter((v) => v.statement.Effect === 'Allow' && v.statement.NotAction !== undefined)
      .map((v) => at(v, 'Allow with NotAction grants every action that is not listed',
        'list the actions to allow in Action, or use NotAction in a Deny statement'));
  },
};
