import { validate } from '../../../src/validation/engine';
import { policySize } from '../../../src/validation/rules/policy-size';
import type { TargetDocument, ValidationTarget } from '../../../src/validation/target';

/** A document whose JSON without whitespace is exactly `n` characters (n >= 80). */
function docOfSize(n: number): object {
  const base = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::' }] };
  const pad = n - JSON.stringify(base).length;
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'x'.repeat(pad)}` }] };
  expect(JSON.stringify(doc)).toHaveLength(n);
  return doc;
}

function t(kind: ValidationTarget['kind'], documents: TargetDocument[]): ValidationTarget {
  return { kind, path: 'P', documents };
}
const identity = (document: object, sizeOnly = false): TargetDocument => ({ kind: 'identity', document, location: 'L', sizeOnly });

describe('PolicySize', () => {
  test.each([
    ['a managed policy of 6144 characters', t('managed-policy', [identity(docOfSize(6144))]), 0],
    ['a managed policy of 6145 characters', t('managed-policy', [identity(docOfSize(6145))]), 1],
    ['a user with 2048 characters of inline policies', t('user', [identity(docOfSize(1000)), identity(docOfSize(1048))]), 0],
    ['a user with 2049 characters of inline policies', t('user', [identity(docOfSize(1000)), identity(docOfSize(1049))]), 1],
    ['a group with 5121 characters', t('group', [identity(docOfSize(5121))]), 1],
    ['a role with 10240 characters, some in separate policies', t('role', [identity(docOfSize(5120)), identity(docOfSize(5120), true)]), 0],
    ['a role with 10241 characters', t('role', [identity(docOfSize(5120)), identity(docOfSize(5121), true)]), 1],
    ['a trust policy of 2049 characters', t('role', [{ kind: 'trust', document: docOfSize(2049), location: 'T' }]), 1],
  ])('%s', (_name, target, count) => {
    expect(validate(target, { rules: [policySize] })).toHaveLength(count);
  });

  test('whitespace is not counted', () => {
    const doc = docOfSize(6144);
    const spaced = JSON.parse(JSON.stringify(doc, undefined, 4));
    expect(validate(t('managed-policy', [identity(spaced)]), { rules: [policySize] })).toHaveLength(0);
  });

  test('a raised trust policy limit is honoured', () => {
    const target = t('role', [{ kind: 'trust', document: docOfSize(3000), location: 'T' }]);
    expect(validate(target, { rules: [policySize], limits: { trustPolicySize: 4096 } })).toHaveLength(0);
  });
});
