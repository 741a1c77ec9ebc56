import { Severity } from '../finding';
import { elements, isKnown, render } from '../private/values';
import { q, Rule, RuleResult } from '../rule';
import type { TargetKind } from '../target';

/*
 * Name, path, description, tag and session limits of the IAM resource types (IAM API reference:
 * CreateRole, CreateUser, CreateGroup, CreatePolicy, PutRolePolicy, CreateInstanceProfile, TagRole).
 */

const NAME = /^[\w+=,.@-]+$/;
const PATH = /^(\/|\/[\u0021-\u007E]+\/)$/;
const DESCRIPTION = /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/;
const NAME_MAX: Partial<Record<TargetKind, number>> = {
  'role': 64, 'user': 64, 'group': 128, 'managed-policy': 128, 'inline-policy': 128, 'instance-profile': 128,
};

/** IAM's limits on names, paths, descriptions, tags and session durations. */
export const entityLimits: Rule = {
  id: 'EntityLimits',
  severity: Severity.ERROR,
  description: 'A name, path, description, tag or session duration breaks the limits of its IAM resource type.',
  explanation: 'IAM rejects the resource at deploy time: role and user names have at most 64 characters, group, '
    + 'policy and instance profile names 128, all from [A-Za-z0-9+=,.@_-]; paths are "/" or "/.../" up to 512 '
    + 'characters; descriptions up to 1,000; at most 50 tags, keys up to 128 and values up to 256 characters; '
    + 'a role\'s maximum session duration is 3,600 to 43,200 seconds.',
  check(ctx) {
    const e = ctx.target.entity;
    if (!e) { return []; }
    const out: RuleResult[] = [];
    const say = (location: string, message: string, fix: string) => out.push({ location, message, fix });
    const kind = ctx.target.kind;
    const nameMax = NAME_MAX[kind];
    const name = render(e.name);
    if (nameMax && e.name !== undefined && isKnown(name) && (name.length < 1 || name.length > nameMax || !NAME.test(name))) {
      say('Properties', `${kind} name ${q(name)} must be 1 to ${nameMax} characters of [A-Za-z0-9+=,.@_-]`, 'shorten the name or remove other characters, or let CloudFormation generate it');
    }
    for (const [i, p] of (elements(e.policyNames) ?? []).entries()) {
      const pn = render(p);
      if (p !== undefined && isKnown(pn) && (pn.length < 1 || pn.length > 128 || !NAME.test(pn))) {
        say(`Properties.Policies[${i}].PolicyName`, `policy name ${q(pn)} must be 1 to 128 characters of [A-Za-z0-9+=,.@_-]`, 'use a shorter policy name of those characters');
      }
    }
    const path = render(e.path);
    if (e.path !== undefined && isKnown(path) && (path.length > 512 || !PATH.test(path))) {
      say('Properties.Path', `path ${q(path)} must be "/" or start and end with "/", at most 512 printable characters`, "use a value such as '/app/'");
    }
    const desc = render(e.description);
    if (e.description !== undefined && isKnown(desc) && (desc.length > 1000 || !DESCRIPTION.test(desc))) {
      say('Properties.Description', `description of ${desc.length} characters must be at most 1000 characters of Latin-1 text`, 'shorten the description');
    }
    out.push(...tagProblems(e.tags));
    const msd = render(e.maxSessionDuration);
    if (kind === 'role' && e.maxSessionDuration !== undefined && isKnown(msd) && !(Number(msd) >= 3600 && Number(msd) <= 43200)) {
      say('Properties.MaxSessionDuration', `MaxSessionDuration ${q(msd)} must be between 3600 and 43200 seconds`, 'use a duration from 1 to 12 hours');
    }
    return out;
  },
};

function tagProblems(tags: unknown): RuleResult[] {
  const list = elements(tags);
  if (!list) { return []; }
  const out: RuleResult[] = [];
  if (list.length > 50) {
    out.push({ location: 'Properties.Tags', message: `${list.length} tags, over the 50 IAM allows`, fix: 'remove tags' });
  }
  list.forEach((t, i) => {
    if (t === null || typeof t !== 'object') { return; }
    const key = render((t as Record<string, unknown>).Key);
    const value = render((t as Record<string, unknown>).Value);
    if (isKnown(key) && (key.length < 1 || key.length > 128 || key.toLowerCase().startsWith('aws:'))) {
      out.push({ location: `Properties.Tags[${i}]`, message: `tag key ${q(key)} must be 1 to 128 characters and not start with "aws:"`, fix: 'use a shorter tag key' });
    }
    if (isKnown(value) && value.length > 256) {
      out.push({ location: `Properties.Tags[${i}]`, message: `tag value of ${q(key)} has ${value.length} characters, over 256`, fix: 'shorten the tag value' });
    }
  });
  return out;
}
