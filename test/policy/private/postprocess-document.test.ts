import { Lazy, Stack } from 'aws-cdk-lib';
import { PolicyDocument, PolicyStatement } from '../../../src/policy';
import { PostProcessPolicyDocument, distinctThroughResolution, sortByJson } from '../../../src/policy/private/postprocess-document';

/** The rule as aws-cdk-lib states it: order and de-duplicate by each element's JSON. */
function sortByJsonReference(xs: any[]): any {
  const byJson = new Map<string, any>();
  for (const x of xs) { byJson.set(JSON.stringify(x), x); }
  const sorted = Array.from(byJson.keys()).sort().map((k) => byJson.get(k));
  return sorted.length !== 1 ? sorted : sorted[0];
}

const ctx: any = {};

describe('PostProcessPolicyDocument', () => {
  const input = () => ({
    Version: '2012-10-17',
    Statement: [
      { Action: ['s3:b', 's3:a', 's3:b'], Effect: 'Allow', Resource: ['y', 'x'], Principal: { Service: ['z', 'a'], AWS: 'q' } },
      { Action: ['s3:b', 's3:a', 's3:b'], Effect: 'Allow', Resource: ['y', 'x'], Principal: { Service: ['z', 'a'], AWS: 'q' } },
      { Action: 's3:c', Effect: 'Allow', Resource: '*', Sid: 'Mine' },
      { Action: 's3:d', Effect: 'Allow', Resource: '*' },
    ],
  });

  test('keeps statements with equal JSON once', () => {
    expect(new PostProcessPolicyDocument(false, false).postProcess(input(), ctx).Statement).toHaveLength(3);
  });

  test('assigns index Sids after de-duplication, keeping explicit ones', () => {
    const out = new PostProcessPolicyDocument(true, false).postProcess(input(), ctx);
    expect(out.Statement.map((s: any) => s.Sid)).toEqual(['0', 'Mine', '2']);
  });

  test('sorts actions, resources and principals when minimizing', () => {
    const out = new PostProcessPolicyDocument(false, true).postProcess(input(), ctx);
    expect(out.Statement[0]).toEqual({ Action: ['s3:a', 's3:b'], Effect: 'Allow', Resource: ['x', 'y'], Principal: { AWS: 'q', Service: ['a', 'z'] } });
    expect(Object.keys(out.Statement[0].Principal)).toEqual(['AWS', 'Service']);
  });

  test('drops duplicates only on equal JSON, whatever discriminates them first', () => {
    // GIVEN statements sharing a string Resource, a string Action (list resources), or neither
    const statements = [
      { Action: 's3:a', Effect: 'Allow', Resource: 'r1' },
      { Action: 's3:b', Effect: 'Allow', Resource: 'r1' },
      { Action: 's3:a', Effect: 'Allow', Resource: 'r1' },
      { Action: 's3:a', Effect: 'Allow', Resource: ['r1', 'r2'] },
      { Action: 's3:a', Effect: 'Allow', Resource: ['r2', 'r1'] },
      { Action: 's3:a', Effect: 'Allow', Resource: ['r1', 'r2'] },
      { Action: ['s3:a', 's3:b'], Effect: 'Allow', Resource: { 'Fn::Join': ['', ['a', 'b']] } },
      { Action: ['s3:a', 's3:b'], Effect: 'Allow', Resource: { 'Fn::Join': ['', ['a', 'b']] } },
      { Action: ['s3:a', 's3:b'], Effect: 'Deny', Resource: { 'Fn::Join': ['', ['a', 'b']] } },
      { Action: 's3:a', Effect: 'Allow', Resource: 'r1', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
    ];
    // WHEN
    const out = new PostProcessPolicyDocument(false, false).postProcess({ Statement: statements }, ctx).Statement;
    // THEN: the first of each JSON, in order
    expect(out).toEqual([statements[0], statements[1], statements[3], statements[4], statements[6], statements[8], statements[9]]);
  });

  test('drops only equal JSON among grant statements (resource lists of intrinsics)', () => {
    // GIVEN statements with resource lists of intrinsics (what a grant renders to), some sharing
    // their first resource, one an exact copy of another
    const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
    const objects = (id: string) => ({ 'Fn::Join': ['', [arn(id), '/*']] });
    const statements = [
      { Action: ['s3:GetObject*', 's3:List*'], Effect: 'Allow', Resource: [arn('B1'), objects('B1')] },
      { Action: ['dynamodb:GetItem'], Effect: 'Allow', Resource: [arn('T1'), { Ref: 'AWS::NoValue' }] },
      { Action: ['s3:PutObject'], Effect: 'Allow', Resource: [arn('B1'), objects('B1')] },
      { Action: ['s3:GetObject*', 's3:List*'], Effect: 'Allow', Resource: [arn('B1'), objects('B1')] },
      { Action: ['s3:GetObject*', 's3:List*'], Effect: 'Allow', Resource: [arn('B1'), objects('B2')] },
      { Action: ['s3:GetObject*', 's3:List*'], Effect: 'Allow', Resource: [arn('B2'), objects('B1')] },
      { Action: 's3:a', Effect: 'Allow', Resource: ['"x"'] },
      { Action: 's3:a', Effect: 'Allow', Resource: 'x' },
      { Action: 's3:a', Effect: 'Allow', Resource: ['x'] },
      { Action: 's3:a', Effect: 'Allow', Resource: [] },
      { Action: 's3:a', Effect: 'Allow', Resource: [] },
    ];
    // WHEN
    const out = new PostProcessPolicyDocument(false, false).postProcess({ Statement: statements }, ctx).Statement;
    // THEN: the first of each JSON, in order (the same as comparing every statement's JSON)
    const seen = new Set<string>();
    expect(out).toEqual(statements.filter((st) => !seen.has(JSON.stringify(st)) && !!seen.add(JSON.stringify(st))));
    expect(out).toHaveLength(9);
  });

  test('keeps both statements of a grant on the same resources, drops exact copies only', () => {
    // GIVEN a table grant's two statements (same resource list, different actions), each twice,
    // and a statement whose actions only differ after the first
    const arn = { 'Fn::GetAtt': ['T1', 'Arn'] };
    const statements = [
      { Action: ['dynamodb:BatchGetItem', 'dynamodb:Query'], Effect: 'Allow', Resource: [arn, { Ref: 'AWS::NoValue' }] },
      { Action: 'dynamodb:DescribeTable', Effect: 'Allow', Resource: [arn, { Ref: 'AWS::NoValue' }] },
      { Action: ['dynamodb:BatchGetItem', 'dynamodb:Query'], Effect: 'Allow', Resource: [arn, { Ref: 'AWS::NoValue' }] },
      { Action: 'dynamodb:DescribeTable', Effect: 'Allow', Resource: [arn, { Ref: 'AWS::NoValue' }] },
      { Action: ['dynamodb:BatchGetItem', 'dynamodb:Scan'], Effect: 'Allow', Resource: [arn, { Ref: 'AWS::NoValue' }] },
      { Action: ['dynamodb:BatchGetItem', 'dynamodb:Query'], Effect: 'Deny', Resource: [arn, { Ref: 'AWS::NoValue' }] },
      { Action: { 'Fn::Split': [',', 'a,b'] }, Effect: 'Allow', Resource: [arn] },
      { Action: { 'Fn::Split': [',', 'a,b'] }, Effect: 'Allow', Resource: [arn] },
    ];

    // WHEN
    const out = new PostProcessPolicyDocument(false, false).postProcess({ Statement: statements }, ctx).Statement;

    // THEN: the first of each JSON, in order
    expect(out).toEqual([statements[0], statements[1], statements[4], statements[5], statements[6]]);
  });

  test('a document of one statement keeps it, with Sid and sorting as configured', () => {
    const one = () => ({ Version: '2012-10-17', Statement: [{ Action: ['s3:b', 's3:a'], Effect: 'Allow', Resource: '*' }] });
    expect(new PostProcessPolicyDocument(false, false).postProcess(one(), ctx)).toEqual(one());
    expect(new PostProcessPolicyDocument(true, true).postProcess(one(), ctx).Statement)
      .toEqual([{ Action: ['s3:a', 's3:b'], Effect: 'Allow', Resource: '*', Sid: '0' }]);
  });

  test.each([
    [['arn:aws:s3:::b/*', 'arn:aws:s3:::a', 'arn:aws:s3:::b/*', 'arn:aws:s3:::a/x']],
    [['a', 'a ', 'a!', 'a#', 'ab', 'A', 'a~']],
    [['a', 'a"', 'a\\', 'a\n', 'a\u0001', 'ab']],
    [['\ud800', 'a', '\udfff\ud800', 'é', '\u{1F600}', 'z']],
    [['x', { 'Fn::Join': ['', ['a']] }, 'y']],
    [['only', 'only']],
  ])('sorts lists by their JSON like the rule: %j', (xs) => {
    expect(sortByJson(xs)).toEqual(sortByJsonReference(xs));
  });

  test('passes through what is not a document', () => {
    expect(new PostProcessPolicyDocument(true, true).postProcess(undefined, ctx)).toBeUndefined();
    expect(new PostProcessPolicyDocument(true, true).postProcess({ Ref: 'X' }, ctx)).toEqual({ Ref: 'X' });
  });
});

describe('distinctThroughResolution', () => {
  test('holds for statements on distinct plain string resources', () => {
    expect(distinctThroughResolution([
      { Action: 's3:GetObject', Effect: 'Allow', Resource: 'arn:aws:s3:::a/*' },
      { Action: 's3:GetObject', Effect: 'Allow', Resource: 'arn:aws:s3:::b/*' },
    ])).toBe(true);
  });

  test('does not hold for a shared resource, a resource list, no resource or a token in a resource', () => {
    const s = (Resource: unknown) => ({ Action: 's3:GetObject', Effect: 'Allow', Resource });
    expect(distinctThroughResolution([s('a'), s('a')])).toBe(false);
    expect(distinctThroughResolution([s('a'), s(['b', 'c'])])).toBe(false);
    expect(distinctThroughResolution([s('a'), { Action: 's3:GetObject', Effect: 'Allow' }])).toBe(false);
    expect(distinctThroughResolution([s('a'), s(Lazy.string({ produce: () => 'a' }))])).toBe(false);
  });
});

describe('PolicyDocument de-duplication through resolution', () => {
  test('statements that become equal only once resolved are kept once, those on distinct resources all', () => {
    // GIVEN
    const stack = new Stack();
    const token = Lazy.string({ produce: () => 'arn:aws:s3:::same' });
    const doc = new PolicyDocument({
      statements: [
        new PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::same'] }),
        new PolicyStatement({ actions: ['s3:GetObject'], resources: [token] }),
      ],
    });
    const plain = new PolicyDocument({
      statements: [
        new PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::a'] }),
        new PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b'] }),
      ],
    });

    // WHEN / THEN (resolved twice: the second resolution uses the kept rendering)
    for (let i = 0; i < 2; i++) {
      expect(stack.resolve(doc).Statement).toEqual([{ Action: 's3:GetObject', Effect: 'Allow', Resource: 'arn:aws:s3:::same' }]);
      expect(stack.resolve(plain).Statement).toHaveLength(2);
    }
  });
});
