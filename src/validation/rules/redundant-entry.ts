import { Severity } from '../finding';
import { knownStrings } from '../private/values';
import { hasWildcard, wildcardRegex } from '../private/wildcard';
import { at, q, Rule, RuleResult, StatementVisit, statements } from '../rule';

/** No action or resource of a statement is covered by another entry of the same list. */
export const redundantEntry: Rule = {
  id: 'RedundantEntry',
  severity: Severity.INFO,
  description: 'An action or resource is repeated, or is covered by another entry\'s wildcard in the same statement.',
  explanation: 'Redundant entries change nothing but count towards the policy size quota; drop them.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      for (const field of ['Action', 'NotAction'] as const) {
        out.push(...covered(v, field, knownStrings(v.statement[field]), true));
      }
      for (const field of ['Resource', 'NotResource'] as const) {
        out.push(...covered(v, field, knownStrings(v.statement[field]), false));
      }
    }
    return out;
  },
};

/**
 * What a list says about itself depends on nothing but its entries, and apps repeat the same
 * lists (every `grantRead` lists the same actions): the messages of short lists are remembered.
 */
const byList = new Map<string, Array<[string, string]>>();

function covered(v: StatementVisit, field: string, entries: string[], ignoreCase: boolean): RuleResult[] {
  // a single entry can be neither repeated nor covered by another: most lists, no tables built
  if (entries.length < 2) { return []; }
  const key = `${field}${JSON.stringify(entries)}`;
  let messages = byList.get(key);
  if (!messages) {
    messages = listMessages(field, entries, ignoreCase);
    // long lists are rarely repeated: not kept (bounds the memory to ~10,000 short keys)
    if (key.length <= 2000) {
      if (byList.size >= 10000) { byList.clear(); }
      byList.set(key, messages);
    }
  }
  return messages.map(([message, fix]) => at(v, message, fix));
}

/** The messages about the entries of one list (field decides the case sensitivity). */
function listMessages(field: string, entries: string[], ignoreCase: boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const norm = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  // patterns grouped by the text before their first wildcard's service colon, so that an entry is
  // compared only with the patterns that can cover it (policies may list thousands of actions)
  const group = (s: string) => {
    if (!ignoreCase) { return ''; }
    const lower = norm(s);
    const colon = lower.indexOf(':');
    return colon < 0 ? lower : lower.slice(0, colon);
  };
  const patterns = new Map<string, Array<{ p: string; re: RegExp }>>();
  for (const p of entries) {
    if (!hasWildcard(p)) { continue; }
    const g = hasWildcard(group(p)) ? '*' : group(p);
    let list = patterns.get(g);
    if (!list) { list = []; patterns.set(g, list); }
    list.push({ p, re: wildcardRegex(p, ignoreCase) });
  }
  const anyGroup = patterns.get('*');
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = norm(entry);
    if (seen.has(key)) {
      out.push([`${field} ${q(entry)} is listed twice`, 'remove the repeated entry']);
      continue;
    }
    seen.add(key);
    if (patterns.size === 0) { continue; }
    // the entry's own group first, then the patterns with a wildcard in their prefix (searched
    // without concatenating the two lists: this runs for every entry of every statement)
    const g = group(entry);
    const own = patterns.get(g);
    const by = own?.find(({ p, re }) => norm(p) !== key && coveredBy(entry, p, re))
      ?? (g === '*' ? undefined : anyGroup?.find(({ p, re }) => norm(p) !== key && coveredBy(entry, p, re)));
    if (by) {
      out.push([`${field} ${q(entry)} is already covered by ${q(by.p)}`, `remove ${q(entry)}`]);
    }
  }
  return out;
}

/** A plain entry is covered when the pattern matches it; a pattern only by a longer-prefix `*` pattern. */
function coveredBy(entry: string, pattern: string, re: RegExp): boolean {
  if (!hasWildcard(entry)) { return re.test(entry); }
  if (!pattern.endsWith('*') || hasWildcard(pattern.slice(0, -1))) { return false; }
  return entry.toLowerCase().startsWith(pattern.slice(0, -1).toLowerCase());
}
