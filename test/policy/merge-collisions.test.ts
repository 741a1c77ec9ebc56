import { mergeBoth, StatementSpec } from './merge-harness';

/*
 * The merge index files statements under hashed keys and confirms every hit exactly. Here every
 * key collides (all statements share one bucket per key kind), so only the exact checks decide:
 * the output must still be aws-cdk-lib's.
 */
jest.mock('../../src/policy/private/merge/set-hash', () => ({
  ...jest.requireActual('../../src/policy/private/merge/set-hash'),
  indexKey: () => 0,
}));

const S3_GET = 's3:GetObject';
const S3_PUT = 's3:PutObject';

const CASES: Array<[string, StatementSpec[]]> = [
  ['unmergeable statements', [
    { actions: [S3_GET], resources: ['a'] },
    { actions: [S3_PUT], resources: ['b'] },
    { actions: ['sqs:SendMessage'], resources: ['c'], principals: ['service:s3.amazonaws.com'] },
    { sid: 'X', actions: [S3_GET], resources: ['a'] },
    { deny: true, actions: [S3_GET], resources: ['a'] },
  ]],
  ['statements that merge over two passes', [
    { actions: [S3_GET], resources: ['a'] },
    { actions: [S3_PUT], resources: ['b'] },
    { actions: [S3_GET], resources: ['b'] },
    { actions: [S3_PUT], resources: ['a'] },
    { actions: [S3_GET], resources: ['c'], principals: ['service:s3.amazonaws.com'] },
    { actions: [S3_PUT], resources: ['c'], principals: ['service:s3.amazonaws.com'] },
  ]],
];

describe('mergeStatements when every index key collides', () => {
  test.each(CASES)('merges %s as aws-cdk-lib does', (_name, specs) => {
    for (const options of [{}, { limitSize: true }, { mergeIfCombinable: false }]) {
      const [expected, actual] = mergeBoth(specs, options);
      expect(actual).toEqual(expected);
    }
  });
});
