import { validate } from '../../../src/validation/engine';
import { entityLimits } from '../../../src/validation/rules/entity-limits';
import type { TargetEntity, TargetKind } from '../../../src/validation/target';

const check = (kind: TargetKind, entity: TargetEntity) => validate({ kind, path: 'E', documents: [], entity }, { rules: [entityLimits] });

describe('EntityLimits', () => {
  test.each<[string, TargetKind, TargetEntity, number]>([
    ['a valid role', 'role', { name: 'my-role', path: '/app/', description: 'x', maxSessionDuration: 3600 }, 0],
    ['a role name of 64 characters', 'role', { name: 'r'.repeat(64) }, 0],
    ['a role name of 65 characters', 'role', { name: 'r'.repeat(65) }, 1],
    ['a group name of 128 characters', 'group', { name: 'g'.repeat(128) }, 0],
    ['a user name with a space', 'user', { name: 'my user' }, 1],
    ['a token name', 'role', { name: { Ref: 'Name' } }, 0],
    ['a path without a trailing slash', 'managed-policy', { path: '/app' }, 1],
    ['a description of 1001 characters', 'role', { description: 'd'.repeat(1001) }, 1],
    ['a session of 13 hours', 'role', { maxSessionDuration: 46800 }, 1],
    ['51 tags', 'role', { tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }, 1],
    ['a tag key starting with aws:', 'user', { tags: [{ Key: 'aws:x', Value: 'v' }] }, 1],
    ['a tag value of 257 characters', 'user', { tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }, 1],
    ['an inline policy name of 129 characters', 'role', { policyNames: ['p'.repeat(129)] }, 1],
  ])('%s', (_name, kind, entity, count) => {
    const findings = check(kind, entity);
    expect(findings).toHaveLength(count);
    expect(findings.every((f) => f.ruleId === 'EntityLimits' && f.severity === 'error')).toBe(true);
  });
});
