import { IPostProcessor, IResolveContext } from 'aws-cdk-lib';

/*
 * What happens to a policy document after token resolution (aws-cdk-lib's rules):
 * - statements that resolve to the same JSON are kept once (two statements that differ only by
 *   tokens can become equal only now);
 * - with `assignSids`, a statement without Sid gets its index (after de-duplication) as Sid;
 * - when statements are minimized, Action, Resource and the principal lists are sorted (and
 *   de-duplicated) by their JSON, and principal types are sorted by name.
 */
export class PostProcessPolicyDocument implements IPostProcessor {
  constructor(private readonly autoAssignSids: boolean, private readonly sort: boolean) {}

  public postProcess(input: any, _context: IResolveContext): any {
    if (!input || !input.Statement) { return input; }

    const seen = new Set<string>();
    const unique: any[] = [];
    for (const statement of input.Statement) {
      const json = JSON.stringify(statement);
      if (seen.has(json)) { continue; }
      seen.add(json);
      unique.push(statement);
    }

    const statements = unique.map((s, i) => {
      if (this.autoAssignSids && !s.Sid) { s.Sid = i.toString(); }
      if (this.sort) {
        if (s.Action) { s.Action = sortByJson(s.Action); }
        if (s.Resource) { s.Resource = sortByJson(s.Resource); }
        if (s.Principal) { s.Principal = sortPrincipals(s.Principal); }
      }
      return s;
    });

    return { ...input, Statement: statements };
  }
}

function sortPrincipals(xs: any): any {
  if (!xs || Array.isArray(xs) || typeof xs !== 'object') { return xs; }
  const ret: { [key: string]: any } = {};
  for (const k of Object.keys(xs).sort()) {
    ret[k] = sortByJson(xs[k]);
  }
  return ret;
}

/** Sort a list by the JSON of its elements, dropping duplicates; one element becomes a scalar. */
function sortByJson(xs: any): any {
  if (!Array.isArray(xs)) { return xs; }
  const byJson = new Map<string, any>();
  for (const x of xs) { byJson.set(JSON.stringify(x), x); }
  const sorted = Array.from(byJson.keys()).sort().map((k) => byJson.get(k));
  return sorted.length !== 1 ? sorted : sorted[0];
}
