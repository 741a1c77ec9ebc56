import { Severity } from '../finding';
import { elements } from '../private/values';
import { at, Rule, RuleResult, statements } from '../rule';

/** `Principal: *` in a resource policy should be limited by a condition. */
export const publicPrincipalWithoutCondition: Rule = {
  id: 'PublicPrincipalWithoutCondition',
  severity: Severity.WARNING,
  description: 'A resource or trust policy allows Principal "*" without any Condition.',
  explanation: 'Principal "*" (or {"AWS": "*"}) is everyone, including anonymous users and every AWS account. '
    + 'Limit it with a condition such as aws:PrincipalOrgID, aws:SourceAccount or aws:SourceArn.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      if (v.documentKind === 'identity' || v.statement.Effect !== 'Allow') { continue; }
      const c = v.statement.Condition;
      if (c !== undefined && c !== null && Object.keys(c).length > 0) { continue; }
      if (isEveryone(v.statement.Principal)) {
        out.push(at(v, 'Principal "*" is allowed without a condition',
          'name the principals, or add a Condition such as aws:PrincipalOrgID or aws:SourceAccount'));
      }
    }
    return out;
  },
};

function isEveryone(principal: unknown): boolean {
  if (principal === '*') { return true; }
  if (principal === null || typeof principal !== 'object') { return false; }
  const aws = (principal as Record<string, unknown>).AWS;
  return (elements(aws) ?? []).includes('*');
}
