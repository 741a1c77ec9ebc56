import { Severity } from '../finding';
import { hasArnFields } from '../private/arn-shape';
import { elements, render, UNKNOWN } from '../private/values';
import { at, q, Rule, statements } from '../rule';

/** Resource and NotResource entries must be "*" or an ARN. */
export const invalidResource: Rule = {
  id: 'InvalidResource',
  severity: Severity.ERROR,
  description: 'A Resource or NotResource entry is neither "*" nor an ARN.',
  explanation: 'IAM rejects the policy ("Resource must be in ARN format or \\"*\\""), so the deployment fails. '
    + 'A bucket name or a role name must be written as its full ARN.',
  local: true,
  check(ctx) {
    const out = [];
    for (const v of statements(ctx)) {
      for (const field of ['Resource', 'NotResource'] as const) {
        for (const entry of elements(v.statement[field]) ?? []) {
          const text = render(entry);
          if (text === undefined) {
            out.push(at(v, `${field} entry ${q(entry)} is not a string`, 'write "*" or an ARN'));
            continue;
          }
          if (bad(text)) {
            out.push(at(v, `${field} ${q(text.split(UNKNOWN).join('${Token}'))} must be in ARN format or "*"`,
              'write the full ARN, e.g. "arn:aws:s3:::my-bucket/*", or use the resource\'s ARN attribute'));
          }
        }
      }
    }
    return out;
  },
};

function bad(text: string): boolean {
  if (text === '*') { return false; }
  const cut = text.indexOf(UNKNOWN);
  if (cut < 0) { return !hasArnFields(text); }
  const known = text.slice(0, cut);
  // the known start must be, or begin with, "arn:"
  return !(known.startsWith('arn:') || 'arn:'.startsWith(known));
}
