/*
 * Template comparison between the two sides of a workload.
 *
 * Three levels, strictest first:
 *   identical   the canonical JSON of the templates hashes the same
 *   statements  the multiset of IAM policy statements (canonical JSON, per owning principal) is
 *               the same, but they are laid out in different policies (our overflow split is
 *               deterministic and intentionally differs from aws-cdk-lib's on huge roles)
 *   permissions the (owner, effect, action, resource, principal, condition) atoms are the same,
 *               but statements are grouped differently (merging after a different split)
 * anything else is a mismatch.
 */
import { createHash } from 'crypto';

export type Template = { Resources?: Record<string, { Type: string; Properties?: any }> };

/** JSON with object keys sorted, arrays in order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) { return `[${value.map(canonical).join(',')}]`; }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function list<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

/** Owner key of a policy attachment value (`{ Ref: 'Role1' }` → `Role1`). */
function ownerKey(x: unknown): string {
  return x !== null && typeof x === 'object' && 'Ref' in (x as any) ? String((x as any).Ref) : canonical(x);
}

/** Every identity-policy statement of the template with the principals it applies to. */
function ownedStatements(template: Template): Array<{ owner: string; statement: any }> {
  const out: Array<{ owner: string; statement: any }> = [];
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    const p = r.Properties ?? {};
    const push = (owners: string[], doc: any) => {
      for (const owner of owners) { for (const s of list(doc?.Statement)) { out.push({ owner, statement: s }); } }
    };
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy') {
      const owners = [...list(p.Roles).map((x) => `role:${ownerKey(x)}`), ...list(p.Users).map((x) => `user:${ownerKey(x)}`),
        ...list(p.Groups).map((x) => `group:${ownerKey(x)}`)];
      push(owners.length ? owners : [`policy:${id}`], p.PolicyDocument);
    } else if (r.Type === 'AWS::IAM::Role' || r.Type === 'AWS::IAM::User' || r.Type === 'AWS::IAM::Group') {
      for (const pol of list(p.Policies)) { push([`role:${id}`], (pol as any).PolicyDocument); }
    }
  }
  return out;
}

/** The template stripped of identity-policy statements (what must be identical besides them). */
function skeleton(template: Template): string {
  const resources: Record<string, unknown> = {};
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy') { continue; }
    if (r.Type === 'AWS::IAM::Role') {
      // overflow managed policies of the template are compared through their statements
      const arns = list(r.Properties?.ManagedPolicyArns).filter((x: any) =>
        !(x && typeof x === 'object' && 'Ref' in x && template.Resources?.[x.Ref]?.Type === 'AWS::IAM::ManagedPolicy'));
      resources[id] = { ...r, Properties: { ...r.Properties, Policies: undefined, ManagedPolicyArns: arns.length ? arns : undefined } };
    } else {
      resources[id] = r;
    }
  }
  return canonical(resources);
}

function atoms(template: Template): string[] {
  const out: string[] = [];
  for (const { owner, statement: s } of ownedStatements(template)) {
    const rest = canonical({ ...s, Action: undefined, Resource: undefined, NotAction: s.NotAction, Sid: undefined });
    for (const a of list(s.Action).length ? list(s.Action) : ['-']) {
      for (const r of list(s.Resource).length ? list(s.Resource) : ['-']) { out.push(`${owner}|${canonical(a)}|${canonical(r)}|${rest}`); }
    }
  }
  return [...new Set(out)].sort();
}

/** Digests of one side's template, computed in the child that synthesized it. */
export interface TemplateDigest {
  readonly template: string;
  readonly skeleton: string;
  readonly statements: string;
  readonly permissions: string;
  readonly statementCount: number;
  readonly policyResources: number;
}

export function digest(template: Template): TemplateDigest {
  const owned = ownedStatements(template);
  return {
    template: hash(canonical(template)),
    skeleton: hash(skeleton(template)),
    statements: hash(owned.map((x) => `${x.owner}|${canonical(x.statement)}`).sort().join('\n')),
    permissions: hash(atoms(template).join('\n')),
    statementCount: owned.length,
    policyResources: Object.values(template.Resources ?? {}).filter((r) => r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy').length,
  };
}

export type Verdict = 'identical' | 'same statements, split differs' | 'same permissions, grouping differs' | 'MISMATCH';

export function compareDigests(a: TemplateDigest, b: TemplateDigest): Verdict {
  if (a.template === b.template) { return 'identical'; }
  if (a.skeleton !== b.skeleton) { return 'MISMATCH'; }
  if (a.statements === b.statements) { return 'same statements, split differs'; }
  if (a.permissions === b.permissions) { return 'same permissions, grouping differs'; }
  return 'MISMATCH';
}
