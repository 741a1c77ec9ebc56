import * as fc from 'fast-check';
import { cdkMinimizedDocument, mergeBoth, ourMinimizedDocument, StatementSpec, TOKENS } from './merge-harness';
import { ARN_SIZE_ESTIMATE_CONTEXT_KEY } from '../../src/policy/private/size';

/*
 * Randomized differential tests: seeded random statement sets, drawn from small pools so that
 * actions, resources, principals and conditions overlap a lot, merged by aws-cdk-lib (live, the
 * expected value) and by us. Fixed seeds keep the runs reproducible; fast-check shrinks a
 * failing set to a small one.
 */

const ACTIONS = ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'kms:Decrypt', TOKENS.action];
const NOT_ACTIONS = [['iam:*'], ['iam:*', 'sts:*']];
const RESOURCES = [
  'arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', 'arn:aws:sqs:us-east-1:111111111111:queue', '*',
  TOKENS.bucketArn, TOKENS.objectArn,
];
const NOT_RESOURCES = [['arn:aws:s3:::bucket'], ['arn:aws:s3:::other', 'arn:aws:s3:::bucket']];
/** Principals that may share a statement (none of them carries conditions or is a literal). */
const PRINCIPALS = [
  'service:lambda.amazonaws.com', 'service:s3.amazonaws.com', 'arn:arn:aws:iam::111111111111:role/a',
  'arn:arn:aws:iam::111111111111:role/b', 'custom:1', 'custom:2', 'any:', 'account:111111111111',
  'canonical:79a59df900b949e55d96a1e698fbaced', 'composite:a.amazonaws.com,b.amazonaws.com',
];
/** Principals that must stand alone: the literal "*", and one with conditions. */
const LONE_PRINCIPALS = ['star:', 'org:o-1234567abc'];
const CONDITIONS: Array<NonNullable<StatementSpec['conditions']>> = [
  { Bool: { 'aws:SecureTransport': 'true' } },
  { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
  { StringEquals: { 'aws:PrincipalTag/team': 'blue' }, Bool: { 'aws:SecureTransport': 'true' } },
];

/** Mostly one element (so that sets are often equal), sometimes up to `max`. */
function subset<T>(pool: T[], max: number): fc.Arbitrary<T[]> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pool).map((x) => [x]) },
    { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: max }) },
  );
}

const principalsArb: fc.Arbitrary<{ principals?: string[]; notPrincipals?: string[] }> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({}) },
  { weight: 4, arbitrary: subset(PRINCIPALS, 3).map((principals) => ({ principals })) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE_PRINCIPALS).map((p) => ({ principals: [p] })) },
  { weight: 1, arbitrary: subset(PRINCIPALS.slice(0, 4), 2).map((notPrincipals) => ({ notPrincipals })) },
);

const statementArb: fc.Arbitrary<StatementSpec> = fc.record({
  sid: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('A', 'B') }),
  deny: fc.integer({ min: 0, max: 9 }).map((n) => n === 0), // rare, so that most statements can merge
  action: fc.oneof(
    { weight: 5, arbitrary: subset(ACTIONS, 3).map((actions) => ({ actions })) },
    { weight: 1, arbitrary: fc.constantFrom(...NOT_ACTIONS).map((notActions) => ({ notActions })) },
  ),
  resource: fc.oneof(
    { weight: 6, arbitrary: subset(RESOURCES, 3).map((resources) => ({ resources })) },
    { weight: 1, arbitrary: fc.constantFrom(...NOT_RESOURCES).map((notResources) => ({ notResources })) },
    { weight: 1, arbitrary: fc.constant({}) },
  ),
  principal: principalsArb,
  conditions: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...CONDITIONS) }),
}).map(({ sid, deny, action, resource, principal, conditions }) => ({
  sid, deny, ...action, ...resource, ...principal, conditions,
}));

/**
 * A statement set: a few base statements, then 1-30 picks of them, each kept as is or with one
 * of actions, resources or principals replaced, so that "two of three equal" is frequent.
 */
const setArb: fc.Arbitrary<StatementSpec[]> = fc.tuple(
  fc.array(statementArb, { minLength: 1, maxLength: 8 }),
  fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.nat(99)), { minLength: 1, maxLength: 30, size: 'max' }),
).map(([bases, picks]) => picks.map(([i, tweak, r]) => variant(bases[i % bases.length], tweak, r)));

function variant(base: StatementSpec, tweak: number, r: number): StatementSpec {
  if (tweak === 1 && base.actions) { return { ...base, actions: [ACTIONS[r % ACTIONS.length]] }; }
  if (tweak === 2 && base.resources) { return { ...base, resources: [RESOURCES[r % RESOURCES.length]] }; }
  if (tweak === 3 && base.principals && !base.principals.some((p) => LONE_PRINCIPALS.includes(p))) {
    return { ...base, principals: [PRINCIPALS[r % PRINCIPALS.length]] };
  }
  return base;
}

describe('mergeStatements (randomized, differential)', () => {
  test('merges random statement sets exactly as aws-cdk-lib does', () => {
    fc.assert(fc.property(setArb, (specs) => {
      const [expected, actual] = mergeBoth(specs);
      expect(actual).toEqual(expected);
    }), { seed: 20261123, numRuns: 200 });
  });

  test('merges random statement sets exactly as aws-cdk-lib does with limitSize', () => {
    // A large ARN estimate makes the 2,000-character limit bite on these small statements.
    fc.assert(fc.property(setArb, fc.constantFrom(150, 600, 1000, 1900), (specs, arnEstimate) => {
      const [expected, actual] = mergeBoth(specs, { limitSize: true }, { [ARN_SIZE_ESTIMATE_CONTEXT_KEY]: arnEstimate });
      expect(actual).toEqual(expected);
    }), { seed: 424242, numRuns: 200 });
  });

  test('folds equal statements exactly as aws-cdk-lib does when not combining', () => {
    fc.assert(fc.property(setArb, (specs) => {
      const [expected, actual] = mergeBoth(specs, { limitSize: true, mergeIfCombinable: false });
      expect(actual).toEqual(expected);
    }), { seed: 777, numRuns: 150 });
  });

  test('renders random minimized documents exactly as aws-cdk-lib does', () => {
    fc.assert(fc.property(setArb, (specs) => {
      expect(ourMinimizedDocument(specs)).toEqual(cdkMinimizedDocument(specs));
    }), { seed: 9001, numRuns: 150 });
  });
});
