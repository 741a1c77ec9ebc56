import { validate, validateAll } from '../../src/validation/engine';
import { IamPolicyValidator, PolicyDocumentKind } from '../../src/validation/iam-policy-validator';
import { ValidationMemo } from '../../src/validation/private/validation-memo';
import type { ValidationTarget } from '../../src/validation/target';

/*
 * Document sizes are remembered per document object only within one memo (one engine call, one
 * batch, one synth): a document changed between two validations is measured again.
 */

const small = () => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
const bucketStatement = (i: number) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-number-${i}/*` });

describe('ValidationMemo', () => {
  test('a document grown after a validation is measured again', () => {
    // GIVEN
    const doc = { Version: '2012-10-17', Statement: [small()] };
    expect(IamPolicyValidator.validateDocumentJson(doc, { kind: PolicyDocumentKind.MANAGED })).toEqual([]);
    // WHEN
    for (let i = 0; i < 400; i++) { doc.Statement.push(bucketStatement(i)); }
    // THEN
    expect(IamPolicyValidator.validateDocumentJson(doc, { kind: PolicyDocumentKind.MANAGED }).map((f) => f.ruleId)).toEqual(['PolicySize']);
  });

  test('a role target counts a shared policy document once per memo, and afresh in a new memo', () => {
    // GIVEN a role and an inline policy resource attached to it, sharing one document object
    const doc = { Version: '2012-10-17', Statement: [small()] };
    const role: ValidationTarget = { kind: 'role', path: 'Role', documents: [{ kind: 'identity', document: doc, location: 'P.PolicyDocument', sizeOnly: true }] };
    const policy: ValidationTarget = { kind: 'inline-policy', path: 'Policy', documents: [{ kind: 'identity', document: doc, location: 'Properties.PolicyDocument' }] };
    const memo = new ValidationMemo();
    expect(validateAll([role, policy], { memo })).toEqual([]);
    expect(memo.documentSizes.get(doc)).toBeDefined();
    // WHEN the document grows past the role's aggregate quota
    for (let i = 0; i < 300; i++) { doc.Statement.push(bucketStatement(i)); }
    // THEN a new memo (the next synth) sees it; without a memo, each call measures it
    expect(validateAll([role, policy]).map((f) => `${f.ruleId}@${f.path}`)).toEqual(['PolicySize@Role']);
    expect(validate(role).map((f) => f.ruleId)).toEqual(['PolicySize']);
  });
});
