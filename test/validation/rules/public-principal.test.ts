import { run, table, target } from './helpers';
import { publicPrincipalWithoutCondition } from '../../../src/validation/rules/public-principal';

const s = (Principal: unknown, Condition?: object) => ({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition });

describe('PublicPrincipalWithoutCondition', () => {
  table(publicPrincipalWithoutCondition, [
    ['an account principal', s({ AWS: 'arn:aws:iam::123456789012:root' }), false],
    ['"*" with a condition', s('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }), false],
    ['"*"', s('*'), true],
    ['{"AWS": "*"}', s({ AWS: '*' }), true],
    ['{"AWS": ["*"]}', s({ AWS: ['*'] }), true],
  ], 'resource');

  test('does not apply to identity policies', () => {
    expect(run(publicPrincipalWithoutCondition, target([s('*')], 'identity'))).toEqual([]);
  });
});
