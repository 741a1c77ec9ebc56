import { Severity } from '../finding';
import { isIntrinsic, isKnown, render } from '../private/values';
import { at, q, Rule, RuleResult, statements, StatementVisit } from '../rule';
import type { TargetDocument } from '../target';

const STATEMENT_FIELDS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'];
const VERSIONS = ['2012-10-17', '2008-10-17'];

/** The grammar of documents and statements that IAM enforces at deploy time. */
export const statementStructure: Rule = {
  id: 'StatementStructure',
  severity: Severity.ERROR,
  description: 'A document or statement breaks the IAM policy grammar (Effect, Action/NotAction, Resource, '
    + 'Principal placement, Sid characters, Version).',
  explanation: 'IAM rejects such a policy with MalformedPolicyDocument, so the deployment fails: e.g. a '
    + 'statement without Effect or Action, a Principal in an identity policy, a Resource in a trust policy, '
    + 'a Sid with characters other than letters and digits in an IAM policy.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const doc of ctx.target.documents) {
      if (!doc.sizeOnly) { out.push(...checkDocument(doc)); }
    }
    for (const v of statements(ctx)) { out.push(...checkStatement(v)); }
    return out;
  },
};

function checkDocument(doc: TargetDocument): RuleResult[] {
  const d = doc.document as Record<string, unknown> | null;
  if (d === null || typeof d !== 'object' || Array.isArray(d) || isIntrinsic(d)) { return []; }
  const out: RuleResult[] = [];
  const version = render(d.Version);
  if (d.Version !== undefined && isKnown(version) && !VERSIONS.includes(version)) {
    out.push({ location: doc.location, message: `policy Version ${q(version)} is not a policy language version`, fix: 'use "2012-10-17"' });
  }
  const st = d.Statement;
  if (isIntrinsic(st)) { return out; }
  if (st === undefined || (Array.isArray(st) && st.length === 0)) {
    out.push({ location: doc.location, message: 'policy document has no statement', fix: 'add at least one statement, or remove the empty policy' });
  }
  return out;
}

function checkStatement(v: StatementVisit): RuleResult[] {
  const s = v.statement as Record<string, unknown>;
  const out: RuleResult[] = [];
  const say = (message: string, fix: string) => out.push(at(v, message, fix));
  for (const field of Object.keys(s)) {
    if (!STATEMENT_FIELDS.includes(field)) { say(`statement has unknown field ${q(field)}`, `remove it; fields are ${STATEMENT_FIELDS.join(', ')}`); }
  }
  const effect = render(s.Effect);
  if (s.Effect === undefined) {
    say('statement has no Effect', 'add "Effect": "Allow" or "Deny"');
  } else if (isKnown(effect) && effect !== 'Allow' && effect !== 'Deny') {
    say(`Effect ${q(effect)} is neither "Allow" nor "Deny"`, 'use "Allow" or "Deny" (case-sensitive)');
  }
  if (s.Action !== undefined && s.NotAction !== undefined) { say('statement has both Action and NotAction', 'keep only one of them'); }
  if (s.Action === undefined && s.NotAction === undefined) { say('statement has neither Action nor NotAction', 'add the actions'); }
  if (s.Resource !== undefined && s.NotResource !== undefined) { say('statement has both Resource and NotResource', 'keep only one of them'); }
  const hasPrincipal = s.Principal !== undefined || s.NotPrincipal !== undefined;
  const hasResource = s.Resource !== undefined || s.NotResource !== undefined;
  if (v.documentKind === 'identity') {
    if (hasPrincipal) { say('an identity-based policy statement must not specify a principal', 'remove Principal/NotPrincipal, or put the statement in a resource policy'); }
    if (!hasResource) { say('a PolicyStatement used in an identity-based policy must specify at least one resource', 'add "Resource" (an ARN or "*")'); }
  } else {
    if (!hasPrincipal) { say(`a PolicyStatement used in a ${v.documentKind} policy must specify at least one IAM principal`, 'add "Principal"'); }
    if (v.documentKind === 'trust' && hasResource) { say('a trust policy statement must not specify a resource', 'remove Resource/NotResource from the trust policy'); }
  }
  const sid = render(s.Sid);
  if (v.documentKind !== 'resource' && s.Sid !== undefined && isKnown(sid) && !/^[A-Za-z0-9]*$/.test(sid)) {
    say(`Sid ${q(sid)} has characters other than letters and digits`, 'IAM policies accept only A-Z, a-z and 0-9 in a Sid');
  }
  return out;
}
