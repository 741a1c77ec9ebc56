import { Severity } from '../finding';
import { isKnown, render } from '../private/values';
import { at, q, Rule, RuleResult, statements } from '../rule';

/** Sids are unique within a document. */
export const duplicateSid: Rule = {
  id: 'DuplicateSid',
  severity: Severity.ERROR,
  description: 'Two statements of one policy document have the same Sid.',
  explanation: 'IAM rejects the policy ("Statement IDs (SID) in a single policy must be unique"), and so do '
    + 'the resource policies of SQS, SNS and S3.',
  check(ctx) {
    const out: RuleResult[] = [];
    const seen = new Map<unknown, Map<string, number>>();
    for (const v of statements(ctx)) {
      const sid = render(v.statement.Sid);
      if (v.statement.Sid === undefined || !isKnown(sid)) { continue; }
      let sids = seen.get(v.document);
      if (!sids) { sids = new Map(); seen.set(v.document, sids); }
      const first = sids.get(sid);
      if (first !== undefined) {
        out.push(at(v, `Sid ${q(sid)} is already used by statement ${first}`,
          'give each statement its own Sid, or merge the two statements'));
      } else {
        sids.set(sid, v.index);
      }
    }
    return out;
  },
};
