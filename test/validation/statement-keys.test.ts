import { DEFAULT_LIMITS } from '../../src/validation/private/resolve-limits';
import { sizeOf } from '../../src/validation/private/size';
import { sizeChecks } from '../../src/validation/private/size-checks';
import { documentStatements } from '../../src/validation/private/statement-keys';
import { ValidationMemo } from '../../src/validation/private/validation-memo';
import { newContext, statements } from '../../src/validation/rule';
import type { ValidationTarget } from '../../src/validation/target';

/*
 * Document sizes are summed from the keys (JSON texts) of their statements, a statement with
 * values known only at deploy time measured once per key (kept with its verdict entry): the sums must equal sizeOf over the
 * whole document, whatever the document holds.
 */

function managed(document: unknown): ValidationTarget {
  return { kind: 'managed-policy', path: 'P', documents: [{ kind: 'identity', document, location: 'Properties.PolicyDocument' }] };
}

/** The size the size checks see for a managed policy document, in a fresh memo. */
function measured(document: unknown, memo = new ValidationMemo()) {
  return sizeChecks(newContext(managed(document), DEFAULT_LIMITS, memo))[0].size;
}

const getAtt = { 'Fn::GetAtt': ['Bucket', 'Arn'] };
const join = { 'Fn::Join': ['', [getAtt, '/*']] };

describe('document sizes from statement keys', () => {
  test.each([
    ['plain statements', [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:List*'], Resource: '*' }]],
    ['intrinsics (GetAtt, Join, Ref to a pseudo parameter)', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: [getAtt, join, { Ref: 'AWS::Region' }] }]],
    ['a token string', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${Token[Bucket.123]}/*' }]],
    ['strings JSON escapes', [{ Sid: 'q"b\\n\n', Effect: 'Allow', Action: 's3:GetObject', Resource: 'caf\u00e9 \ud83d\ude00 \ud800' }]],
    ['a statement with an undefined field (no key)', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: undefined }]],
    ['a statement with NaN (no key)', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: NaN }]],
    ['an element that is no statement', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { 'Fn::If': ['C', { Effect: 'Deny' }, { Ref: 'AWS::NoValue' }] }]],
    ['no statement', []],
  ])('%s', (_name, list) => {
    for (const document of [
      { Version: '2012-10-17', Statement: list },
      { Statement: list, Version: '2012-10-17' },
      { Version: '2012-10-17', Id: 'with-an-id', Statement: list },
      { Version: { Ref: 'AWS::Region' }, Statement: list },
    ]) {
      expect(measured(document)).toEqual(sizeOf(document));
    }
  });

  test('a single statement object, an intrinsic document and a document without statements are measured whole', () => {
    for (const document of [
      { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: join } },
      { 'Fn::If': ['C', { Statement: [] }, { Statement: [] }] },
      { Version: '2012-10-17' },
    ]) {
      expect(measured(document)).toEqual(sizeOf(document));
    }
  });

  test('a statement changed between two validations is measured afresh (its key changes)', () => {
    const statement: Record<string, unknown> = { Effect: 'Allow', Action: 's3:GetObject', Resource: [getAtt] };
    const document = { Version: '2012-10-17', Statement: [statement] };
    expect(measured(document)).toEqual(sizeOf(document));
    statement.Resource = [getAtt, join, 'arn:aws:s3:::another-bucket/*'];
    expect(measured(document)).toEqual(sizeOf(document));
  });

  test('one memo lists a document\'s statements and verdict entries once, for the size checks and the rules', () => {
    const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: [getAtt] };
    const document = { Version: '2012-10-17', Statement: [statement] };
    const memo = new ValidationMemo();
    measured(document, memo);
    const listed = documentStatements(document, 'identity', memo);
    expect(listed.verdicts.map((v) => v?.key)).toEqual([JSON.stringify(statement)]);
    // the size of a statement with deploy-time values is kept with its entry
    expect(listed.verdicts[0]?.size).toEqual(sizeOf(statement));
    // the rules' visits carry the same entries
    const visits = statements(newContext(managed(document), DEFAULT_LIMITS, memo));
    expect(visits.map((v) => v.verdict)).toEqual(listed.verdicts);
    expect(visits[0].verdict).toBe(listed.verdicts[0]);
    expect(visits[0].statement).toBe(statement);
  });
});
