import { Severity } from '../finding';
import { lookupAction } from '../private/actions';
import { hasArnFields } from '../private/arn-shape';
import { elements, isKnown, render, UNKNOWN } from '../private/values';
import { patternsOverlap } from '../private/wildcard';
import { at, q, Rule, RuleResult, StatementVisit, statements } from '../rule';

/** Every resource ARN of a statement fits a resource type of at least one of its actions. */
export const resourceTypeMismatch: Rule = {
  id: 'ResourceTypeMismatch',
  severity: Severity.WARNING,
  description: 'A resource ARN fits none of the resource types that the statement\'s actions accept.',
  explanation: 'IAM deploys such a statement, but it matches no request: e.g. "s3:GetObject" on '
    + '"arn:aws:s3:::bucket" (a bucket, not its objects "arn:aws:s3:::bucket/*") grants nothing.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) { out.push(...checkStatement(v)); }
    return out;
  },
};

/** ARN formats accepted by all actions of the statement; undefined when an action is not known. */
function acceptedFormats(v: StatementVisit): { formats: Set<string>; actions: string[] } | undefined {
  const entries = elements(v.statement.Action);
  if (!entries || entries.length === 0) { return undefined; }
  const actions: string[] = [];
  for (const entry of entries) {
    const text = render(entry);
    if (!isKnown(text) || text === '*') { return undefined; }
    actions.push(text);
  }
  // apps repeat the same action sets (one per kind of grant) across many roles
  const key = actions.join('\n');
  if (!formatsByActions.has(key)) { formatsByActions.set(key, formatsOf(actions)); }
  const formats = formatsByActions.get(key);
  return formats && { formats, actions };
}

const formatsByActions = new Map<string, Set<string> | undefined>();

function formatsOf(actions: string[]): Set<string> | undefined {
  const formats = new Set<string>();
  for (const action of actions) {
    const found = lookupAction(action);
    if (found.matches.length === 0) { return undefined; }
    for (const a of found.matches) {
      for (const rt of a.resourceTypes) { formats.add(rt.arnFormat.replace(/\$\{[^}]*\}/g, '*')); }
    }
  }
  return formats;
}

function checkStatement(v: StatementVisit): RuleResult[] {
  const resources = elements(v.statement.Resource) ?? [];
  if (resources.length === 0) { return []; }
  const accepted = acceptedFormats(v);
  if (!accepted) { return []; }
  const out: RuleResult[] = [];
  for (const entry of resources) {
    const text = render(entry);
    if (text === undefined || text === '*' || !hasArnFields(text)) { continue; }
    const pattern = text.split(UNKNOWN).join('*');
    if ([...accepted.formats].some((f) => overlaps(pattern, f))) { continue; }
    const shown = text.split(UNKNOWN).join('${Token}');
    const acts = accepted.actions.join(', ');
    if (accepted.formats.size === 0) {
      out.push(at(v, `resource ${q(shown)} is given to actions that support only "*" (${acts})`,
        'use "Resource": "*" for these actions, in a statement of their own'));
    } else {
      const example = [...accepted.formats].slice(0, 3).join(' or ');
      out.push(at(v, `resource ${q(shown)} fits no resource type of ${acts}`,
        `use an ARN of the form ${example}, or move the actions that take this resource to their own statement`));
    }
  }
  return out;
}

const overlapCache = new Map<string, boolean>();

/** patternsOverlap, remembered (apps repeat the same ARNs and action sets across many roles). */
function overlaps(pattern: string, format: string): boolean {
  const key = `${pattern}\n${format}`;
  let result = overlapCache.get(key);
  if (result === undefined) {
    if (overlapCache.size > 50000) { overlapCache.clear(); }
    result = patternsOverlap(pattern, format);
    overlapCache.set(key, result);
  }
  return result;
}
