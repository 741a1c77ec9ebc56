import { PolicyDocument } from '../../src/policy/policy-document';
import { PolicyStatement } from '../../src/policy/policy-statement';
import { IamPolicyValidator, PolicyDocumentKind } from '../../src/validation/iam-policy-validator';

describe('IamPolicyValidator', () => {
  test('validates a PolicyDocument of this library, naming the typo and the suggestion', () => {
    const doc = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] })] });
    const [f] = IamPolicyValidator.validateDocument(doc);
    expect(f.ruleId).toBe('UnknownAction');
    expect(IamPolicyValidator.formatFinding(f)).toContain("did you mean 's3:GetObject'?");
  });

  test('applies the grammar of the kind of policy', () => {
    const statement = { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } };
    const json = { Version: '2012-10-17', Statement: [statement] };
    expect(IamPolicyValidator.validateDocumentJson(json, { kind: PolicyDocumentKind.TRUST })).toEqual([]);
    expect(IamPolicyValidator.validateDocumentJson(json).map((f) => f.ruleId)).toContain('StatementStructure');
  });

  test('applies the managed policy size quota only to managed policies', () => {
    const resources = Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`);
    const json = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources }] };
    expect(IamPolicyValidator.validateDocumentJson(json, { kind: PolicyDocumentKind.MANAGED }).map((f) => f.ruleId)).toEqual(['PolicySize']);
    expect(IamPolicyValidator.validateDocumentJson(json)).toEqual([]);
  });

  test('validates the IAM resources of a template', () => {
    const template = { Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'bucket' }] } } } } };
    expect(IamPolicyValidator.validateTemplate(template)).toEqual([expect.objectContaining({ ruleId: 'InvalidResource', path: 'P', severity: 'error' })]);
  });
});
