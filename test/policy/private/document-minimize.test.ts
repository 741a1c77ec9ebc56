import { App, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from '../../../src/policy';
import { minimizeStatements, splitStatements } from '../../../src/policy/private/document-minimize';
import { deriveEstimateSizeOptions, estimateStatementSize } from '../../../src/policy/private/size';

const stack = () => new Stack(new App(), 'Stack');
const st = (action: string, resource: string, sid?: string) => new PolicyStatement({ sid, actions: [action], resources: [resource] });

describe('document minimize', () => {
  test('minimizeStatements combines statements that share resources and keeps Sid statements apart', () => {
    const merged = minimizeStatements([st('s3:PutObject', 'r'), st('s3:GetObject', 'r'), st('s3:GetObject', 'r', 'Own')], stack());
    expect(merged.map((s) => s.toStatementJson())).toEqual([
      { Action: ['s3:GetObject', 's3:PutObject'], Effect: 'Allow', Resource: 'r' },
      { Action: 's3:GetObject', Effect: 'Allow', Resource: 'r', Sid: 'Own' },
    ]);
  });

  test('splitStatements keeps what fits and maps every group to its originals', () => {
    const statements = Array.from({ length: 6 }, (_, i) => st('s3:GetObject', `arn:aws:s3:::bucket-${i}`.padEnd(60, 'x')));
    const each = estimateStatementSize(statements[0], deriveEstimateSizeOptions());
    const result = splitStatements(statements, stack(), 2 * each + 1, 2 * each, false);
    expect(result.kept.originals).toEqual(statements.slice(0, 2));
    expect(result.overflow.map((g) => g.originals)).toEqual([statements.slice(2, 4), statements.slice(4, 6)]);
  });

  test('splitStatements merges exact duplicates even without minimize, and tracks both originals', () => {
    const a = st('s3:GetObject', 'r');
    const b = st('s3:GetObject', 'r');
    const result = splitStatements([a, b], stack(), 10_000, 6_000, false);
    expect(result.kept.statements).toHaveLength(1);
    expect(result.kept.originals).toEqual([a, b]);
    expect(result.overflow).toEqual([]);
  });

  test('splitStatements without minimize lists a duplicate among the originals of the group its first occurrence went to', () => {
    // GIVEN four statements of equal size, two per group, and later duplicates of the 1st and 4th
    // (one told apart by its single resource, one with two resources compared by its full key)
    const wide = (i: number) => new PolicyStatement({
      actions: ['s3:GetObject'], resources: [`arn:aws:s3:::b-${i}`.padEnd(40, 'x'), `arn:aws:s3:::c-${i}`.padEnd(40, 'x')],
    });
    const statements = [wide(0), wide(1), wide(2), wide(3)];
    const each = estimateStatementSize(statements[0], deriveEstimateSizeOptions());
    const dup0 = wide(0);
    const dup3 = wide(3);

    // WHEN
    const result = splitStatements([...statements, dup3, dup0], stack(), 2 * each + 1, 2 * each, false);

    // THEN (by identity: the duplicates equal their first occurrences)
    const all = [...statements, dup3, dup0];
    const ids = (xs: PolicyStatement[]) => xs.map((x) => all.indexOf(x));
    expect(ids(result.kept.statements)).toEqual([0, 1]);
    expect(ids(result.kept.originals)).toEqual([0, 5, 1]);
    expect(result.overflow.map((g) => ids(g.statements))).toEqual([[2, 3]]);
    expect(result.overflow.map((g) => ids(g.originals))).toEqual([[2, 3, 4]]);
  });

  test('splitStatements without minimize folds frozen statements with resource lists by their sets, not by their order', () => {
    // GIVEN frozen statements (as _splitDocument passes them) with two resources each: an equal
    // set in another order, a set sharing only its smallest resource, and a set sharing none
    const two = (action: string, ...resources: string[]) => new PolicyStatement({ actions: [action], resources });
    const statements = [
      two('s3:GetObject', 'arn:aws:s3:::b', 'arn:aws:s3:::a'),
      two('s3:GetObject', 'arn:aws:s3:::a', 'arn:aws:s3:::b'),
      two('s3:GetObject', 'arn:aws:s3:::a', 'arn:aws:s3:::c'),
      two('s3:PutObject', 'arn:aws:s3:::b', 'arn:aws:s3:::a'),
      two('s3:GetObject', 'arn:aws:s3:::d', 'arn:aws:s3:::e'),
      two('s3:GetObject', 'arn:aws:s3:::e', 'arn:aws:s3:::d', 'arn:aws:s3:::e'),
    ];
    for (const s of statements) { s.freeze(); }
    // WHEN
    const result = splitStatements(statements, stack(), 10_000, 6_000, false);
    // THEN: the same folding as for statements that are not frozen (compared by their full key)
    const fresh = splitStatements(statements.map((s) => PolicyStatement.fromJson(s.toStatementJson())), stack(), 10_000, 6_000, false);
    expect(result.kept.statements).toEqual([statements[0], statements[2], statements[3], statements[4]]);
    expect(result.kept.originals).toEqual([statements[0], statements[1], statements[2], statements[3], statements[4], statements[5]]);
    expect(fresh.kept.statements.map((s) => s.toStatementJson())).toEqual(result.kept.statements.map((s) => s.toStatementJson()));
  });

  test('splitStatements without minimize keeps statements that share their single resource but differ', () => {
    const a = st('s3:GetObject', 'r');
    const b = st('s3:PutObject', 'r');
    const c = st('s3:GetObject', 'r');
    const all = [a, b, c];
    const result = splitStatements(all, stack(), 10_000, 6_000, false);
    expect(result.kept.statements.map((x) => all.indexOf(x))).toEqual([0, 1]);
    expect(result.kept.originals.map((x) => all.indexOf(x))).toEqual([0, 2, 1]);
  });
  test('splitStatements without minimize folds frozen statements by their action sets too, not by the order of actions', () => {
    // GIVEN frozen statements on the same resource list (a table grant's two statements): equal
    // action sets in another order, sets sharing only their smallest action, and other sets
    const grant = (actions: string[], resources = ['arn:aws:dynamodb:us-east-1:1:table/t', 'arn:aws:dynamodb:us-east-1:1:table/t/index/*']) =>
      new PolicyStatement({ actions, resources });
    const statements = [
      grant(['dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:GetItem']),
      grant(['dynamodb:DescribeTable']),
      grant(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']),
      grant(['dynamodb:BatchGetItem', 'dynamodb:Scan']),
      grant(['dynamodb:DescribeTable']),
      grant(['dynamodb:DescribeTable'], ['arn:aws:dynamodb:us-east-1:1:table/t']),
      new PolicyStatement({ notActions: ['dynamodb:DeleteTable'], resources: ['arn:aws:dynamodb:us-east-1:1:table/t'] }),
      new PolicyStatement({ notActions: ['dynamodb:DeleteTable'], resources: ['arn:aws:dynamodb:us-east-1:1:table/t'] }),
    ];
    for (const s of statements) { s.freeze(); }
    // WHEN
    const result = splitStatements(statements, stack(), 10_000, 6_000, false);
    // THEN: the same folding as for statements that are not frozen (compared by their full key)
    const fresh = splitStatements(statements.map((s) => PolicyStatement.fromJson(s.toStatementJson())), stack(), 10_000, 6_000, false);
    expect(result.kept.statements).toEqual([statements[0], statements[1], statements[3], statements[5], statements[6]]);
    expect(result.kept.originals.map((x) => statements.indexOf(x))).toEqual([0, 2, 1, 4, 3, 5, 6, 7]);
    expect(fresh.kept.statements.map((s) => s.toStatementJson())).toEqual(result.kept.statements.map((s) => s.toStatementJson()));
  });
});
