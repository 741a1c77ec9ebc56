import { validate } from '../../../src/validation/engine';
import { policySize } from '../../../src/validation/rules/policy-size';
import { policySizeMayExceed } from '../../../src/validation/rules/policy-size-may-exceed';
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

describe('PolicySizeMayExceed', () => {
  test('bounds deploy-time values instead of rejecting them', () => {
    // 6000 known characters plus a GetAtt (1 to 256 characters): may exceed, cannot be proven to
    const doc: any = docOfSize(6000);
    doc.Statement.push({ Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::GetAtt': ['Bucket', 'Arn'] } });
    const target = t('managed-policy', [identity(doc)]);
    expect(validate(target, { rules: [policySize] })).toHaveLength(0);
    const [f] = validate(target, { rules: [policySizeMayExceed] });
    expect(f).toMatchObject({ ruleId: 'PolicySizeMayExceed', severity: 'warning' });
  });

  test('counts pseudo parameters at their real length', () => {
    const doc: any = docOfSize(6100);
    doc.Statement[0].Resource = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::x']] };
    expect(validate(t('managed-policy', [identity(doc)]), { rules: [policySizeMayExceed, policySize] })).toHaveLength(0);
  });
});
