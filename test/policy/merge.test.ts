import { App, Stack } from 'aws-cdk-lib';
import {
  buildStatement, cdkMinimizedDocument, mergeBoth, ourMinimizedDocument, StatementSpec, TOKENS,
} from './merge-harness';
import { mergeStatements } from '../../src/policy/private/merge/merge-statements';
import { ARN_SIZE_ESTIMATE_CONTEXT_KEY } from '../../src/policy/private/size';

/*
 * Table-driven differential tests: the expected merge is aws-cdk-lib's, computed live. `outputs`
 * is the number of statements aws-cdk-lib leaves, written by hand from its merge rule, so that
 * each case is known to exercise what its name says.
 */

const S3_GET = 's3:GetObject';
const S3_PUT = 's3:PutObject';
const SQS_SEND = 'sqs:SendMessage';
const BUCKET = 'arn:aws:s3:::bucket';
const OBJECTS = 'arn:aws:s3:::bucket/*';
const QUEUE = 'arn:aws:sqs:us-east-1:111111111111:queue';

interface Case {
  readonly name: string;
  readonly specs: StatementSpec[];
  readonly outputs: number;
}

const CASES: Case[] = [
  {
    name: 'merges statements with equal actions into one resource list',
    outputs: 1,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS] },
      { actions: [S3_GET], resources: [BUCKET] },
    ],
  },
  {
    name: 'merges statements with equal resources into one action list (sorted)',
    outputs: 1,
    specs: [
      { actions: [S3_PUT, 's3:DeleteObject'], resources: [OBJECTS] },
      { actions: [S3_GET], resources: [OBJECTS] },
    ],
  },
  {
    name: 'keeps statements apart when actions and resources both differ',
    outputs: 2,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS] },
      { actions: [SQS_SEND], resources: [QUEUE] },
    ],
  },
  {
    name: 'merges in a later pass what an earlier merge made combinable',
    outputs: 1,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS] },
      { actions: [S3_PUT], resources: [BUCKET] },
      { actions: [S3_GET], resources: [BUCKET] },
      { actions: [S3_PUT], resources: [OBJECTS] },
    ],
  },
  {
    name: 'keeps the survivor at the position of its first statement',
    outputs: 3,
    specs: [
      { actions: [SQS_SEND], resources: [QUEUE] },
      { actions: [S3_GET], resources: [OBJECTS] },
      { actions: ['kms:Decrypt'], resources: ['*'] },
      { actions: [S3_GET], resources: [BUCKET] },
    ],
  },
  {
    name: 'never merges a statement that has a Sid',
    outputs: 2,
    specs: [
      { sid: 'Read', actions: [S3_GET], resources: [OBJECTS] },
      { actions: [S3_GET], resources: [BUCKET] },
    ],
  },
  {
    name: 'never merges Allow with Deny',
    outputs: 2,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS] },
      { deny: true, actions: [S3_GET], resources: [BUCKET] },
    ],
  },
  {
    name: 'merges NotAction statements only when the NotAction sets are equal',
    outputs: 2,
    specs: [
      { notActions: ['iam:*'], resources: [OBJECTS] },
      { notActions: ['iam:*'], resources: [BUCKET] },
      { notActions: ['iam:*', 'sts:*'], resources: [QUEUE] },
    ],
  },
  {
    name: 'merges NotResource statements only when the NotResource sets are equal',
    outputs: 2,
    specs: [
      { actions: [S3_GET], notResources: [BUCKET] },
      { actions: [S3_PUT], notResources: [BUCKET] },
      { actions: [SQS_SEND], notResources: [QUEUE] },
    ],
  },
  {
    name: 'merges only statements whose conditions are equal',
    outputs: 2,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], conditions: { Bool: { 'aws:SecureTransport': 'true' } } },
      { actions: [S3_GET], resources: [BUCKET], conditions: { Bool: { 'aws:SecureTransport': 'true' } } },
      { actions: [S3_GET], resources: [QUEUE], conditions: { Bool: { 'aws:SecureTransport': 'false' } } },
    ],
  },
  {
    name: 'compares conditions as JSON text (key order matters)',
    outputs: 2,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], conditions: { StringEquals: { 'aws:a': 'x' }, Bool: { 'aws:b': 'true' } } },
      { actions: [S3_GET], resources: [BUCKET], conditions: { Bool: { 'aws:b': 'true' }, StringEquals: { 'aws:a': 'x' } } },
    ],
  },
  {
    name: 'merges principals of statements with equal actions and resources',
    outputs: 1,
    specs: [
      { actions: ['sts:AssumeRole'], resources: ['*'], principals: ['service:lambda.amazonaws.com'] },
      { actions: ['sts:AssumeRole'], resources: ['*'], principals: ['account:111111111111'] },
      { actions: ['sts:AssumeRole'], resources: ['*'], principals: ['arn:arn:aws:iam::222222222222:role/x'] },
    ],
  },
  {
    name: 'merges resources of statements with equal principals and actions',
    outputs: 2,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], principals: ['arn:arn:aws:iam::111111111111:role/a'] },
      { actions: [S3_GET], resources: [BUCKET], principals: ['arn:arn:aws:iam::111111111111:role/a'] },
      { actions: [S3_GET], resources: [QUEUE], principals: ['arn:arn:aws:iam::111111111111:role/b'] },
    ],
  },
  {
    name: 'treats principals with the same dedupe string as equal, in any order',
    outputs: 1,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], principals: ['service:s3.amazonaws.com', 'arn:arn:aws:iam::1:role/a'] },
      { actions: [S3_PUT], resources: [OBJECTS], principals: ['arn:arn:aws:iam::1:role/a', 'service:s3.amazonaws.com'] },
    ],
  },
  {
    name: 'treats account principals as different (their ARN holds a fresh partition token)',
    outputs: 2,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], principals: ['account:111111111111'] },
      { actions: [S3_GET], resources: [BUCKET], principals: ['account:111111111111'] },
    ],
  },
  {
    name: 'never merges a literal "*" principal with a typed principal',
    outputs: 2,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], principals: ['star:'] },
      { actions: [S3_GET], resources: [OBJECTS], principals: ['any:'] },
    ],
  },
  {
    name: 'merges statements that both have the literal "*" principal',
    outputs: 1,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], principals: ['star:'] },
      { actions: [S3_GET], resources: [BUCKET], principals: ['star:'] },
    ],
  },
  {
    name: 'compares principals without a dedupe string by identity',
    outputs: 2,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], principals: ['custom:1'] },
      { actions: [S3_PUT], resources: [OBJECTS], principals: ['custom:1'] },
      { actions: [SQS_SEND], resources: [BUCKET], principals: ['custom:2'] },
    ],
  },
  {
    name: 'merges principals that carry conditions (organization)',
    outputs: 1,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], principals: ['org:o-1234567abc'] },
      { actions: [S3_PUT], resources: [OBJECTS], principals: ['org:o-1234567abc'] },
    ],
  },
  {
    name: 'merges composite principals',
    outputs: 1,
    specs: [
      { actions: [S3_GET], resources: [OBJECTS], principals: ['composite:a.amazonaws.com,b.amazonaws.com'] },
      { actions: [S3_PUT], resources: [OBJECTS], principals: ['composite:a.amazonaws.com,b.amazonaws.com'] },
    ],
  },
  {
    name: 'merges NotPrincipal statements only when the NotPrincipal sets are equal',
    outputs: 2,
    specs: [
      { deny: true, actions: [S3_GET], resources: [OBJECTS], notPrincipals: ['arn:arn:aws:iam::1:role/a'] },
      { deny: true, actions: [S3_PUT], resources: [OBJECTS], notPrincipals: ['arn:arn:aws:iam::1:role/a'] },
      { deny: true, actions: [SQS_SEND], resources: [OBJECTS], notPrincipals: ['arn:arn:aws:iam::1:role/b'] },
    ],
  },
  {
    name: 'merges statements with tokens in actions, resources and principals',
    outputs: 3,
    specs: [
      { actions: [TOKENS.action], resources: [TOKENS.bucketArn] },
      { actions: [TOKENS.action], resources: [TOKENS.objectArn] },
      { actions: [S3_GET], resources: ['*'], principals: ['account:token'] },
      { actions: [S3_PUT], resources: ['*'], principals: ['account:token'] },
    ],
  },
  {
    name: 'folds exact duplicates',
    outputs: 1,
    specs: [
      { actions: [S3_GET, S3_PUT], resources: [OBJECTS] },
      { actions: [S3_PUT, S3_GET], resources: [OBJECTS] },
      { actions: [S3_GET, S3_PUT], resources: [OBJECTS] },
    ],
  },
  {
    name: 'merges statements without resources (trust policies)',
    outputs: 1,
    specs: [
      { actions: ['sts:AssumeRole'], principals: ['service:ec2.amazonaws.com'] },
      { actions: ['sts:AssumeRole'], principals: ['service:lambda.amazonaws.com'] },
    ],
  },
  {
    name: 'merges federated principals (with their conditions) by dedupe string',
    outputs: 1,
    specs: [
      { actions: ['sts:AssumeRoleWithWebIdentity'], principals: ['federated:cognito-identity.amazonaws.com'] },
      { actions: ['sts:TagSession'], principals: ['federated:cognito-identity.amazonaws.com'] },
    ],
  },
];

/** Many statements with the same action and long distinct resources: exceeds 2,000 when merged. */
function largeSpecs(count: number): StatementSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    actions: [S3_GET],
    resources: [`arn:aws:s3:::bucket-with-a-rather-long-name-number-${i}/some/prefix/*`],
  }));
}

describe('mergeStatements', () => {
  test.each(CASES)('$name', ({ specs, outputs }) => {
    // WHEN
    const [expected, actual] = mergeBoth(specs);

    // THEN
    expect(expected.statements).toHaveLength(outputs);
    expect(actual).toEqual(expected);
  });

  test.each(CASES)('with limitSize: $name', ({ specs }) => {
    const [expected, actual] = mergeBoth(specs, { limitSize: true });
    expect(actual).toEqual(expected);
  });

  test.each(CASES)('when merging only equal statements: $name', ({ specs }) => {
    const [expected, actual] = mergeBoth(specs, { limitSize: true, mergeIfCombinable: false });
    expect(actual).toEqual(expected);
  });

  test('when merging only equal statements, tells apart statements that share their one resource', () => {
    // GIVEN statements on one resource that differ in each other field, with equal ones among them
    const specs: StatementSpec[] = [
      { actions: ['s3:GetObject'], resources: ['r'] },
      { actions: ['s3:PutObject'], resources: ['r'] },
      { actions: ['s3:GetObject'], resources: ['r'], sid: 'S' },
      { actions: ['s3:GetObject'], resources: ['r'], deny: true },
      { actions: ['s3:GetObject'], resources: ['r'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } },
      { actions: ['s3:GetObject'], resources: ['r'], principals: ['service:s3.amazonaws.com'] },
      { actions: ['s3:GetObject', 's3:PutObject'], resources: ['r'] },
      { actions: ['s3:PutObject'], resources: ['r'] },
      { actions: ['s3:GetObject'], resources: ['r'], sid: 'S' },
      { actions: ['s3:PutObject', 's3:GetObject'], resources: ['r'] },
      { actions: ['s3:GetObject'], resources: ['r', 'q'] },
      { actions: ['s3:GetObject'], resources: ['r'] },
    ];
    // WHEN
    const [expected, actual] = mergeBoth(specs, { limitSize: true, mergeIfCombinable: false });
    // THEN
    expect(expected.statements).toHaveLength(8);
    expect(actual).toEqual(expected);
  });

  test('with limitSize, statements that are full still absorb later statements that add nothing to them', () => {
    // GIVEN long resources (few fit in one statement, so statements fill up), drawn with repeats so
    // that later statements are often subsets of full ones; some with two resources or principals
    const resources = Array.from({ length: 24 }, (_, i) => `arn:aws:s3:::bucket-${i}/${'k'.repeat(100 + (i * 37) % 300)}`);
    const actions = ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage'];
    const principals = ['service:lambda.amazonaws.com', 'service:s3.amazonaws.com'];
    const specs: StatementSpec[] = Array.from({ length: 240 }, (_, i) => {
      const r = (i * 7 + Math.floor(i / 5)) % resources.length;
      return {
        actions: i % 11 === 0 ? [actions[i % 3], actions[(i + 1) % 3]] : [actions[i % 3]],
        resources: i % 9 === 0 ? [resources[r], resources[(r + 5) % resources.length]] : [resources[r]],
        ...(i % 13 === 0 ? { principals: [principals[i % 2]] } : {}),
      };
    });
    // WHEN
    const [expected, actual] = mergeBoth(specs, { limitSize: true });
    // THEN
    expect(expected.statements.length).toBeGreaterThan(10);
    expect(actual).toEqual(expected);
  });

  test('stops merging at the size limit when limitSize is set', () => {
    // GIVEN
    const specs = largeSpecs(60);

    // WHEN
    const [expected, actual] = mergeBoth(specs, { limitSize: true });

    // THEN
    expect(expected.statements.length).toBeGreaterThan(1);
    expect(actual).toEqual(expected);
  });

  test.each([
    // 18 (Effect) + 26 (Action s3:GetObject) + 13 (Resource key) + 2 ({} conditions) + (L1 + 3) + (L2 + 3)
    ['merges when the combined estimate is exactly 2,000', 968, 1],
    ['keeps apart when the combined estimate is 2,001', 969, 2],
  ])('with limitSize, %s', (_name, secondLength, outputs) => {
    // GIVEN
    const specs = [
      { actions: [S3_GET], resources: ['a'.repeat(967)] },
      { actions: [S3_GET], resources: ['b'.repeat(secondLength)] },
    ];

    // WHEN
    const [expected, actual] = mergeBoth(specs, { limitSize: true });

    // THEN
    expect(expected.statements).toHaveLength(outputs);
    expect(actual).toEqual(expected);
  });

  test('merges everything when limitSize is not set', () => {
    const [expected, actual] = mergeBoth(largeSpecs(60));
    expect(expected.statements).toHaveLength(1);
    expect(actual).toEqual(expected);
  });

  test('reads the ARN size estimate from context when limiting size', () => {
    // GIVEN: principals count the ARN estimate each
    const specs = Array.from({ length: 30 }, (_, i) => ({
      actions: [S3_GET], resources: [OBJECTS], principals: [`account:${String(100000000000 + i)}`],
    }));

    // WHEN
    const [expected, actual] = mergeBoth(specs, { limitSize: true }, { [ARN_SIZE_ESTIMATE_CONTEXT_KEY]: 400 });
    const [defaultExpected] = mergeBoth(specs, { limitSize: true });

    // THEN
    expect(expected.statements.length).toBeGreaterThan(defaultExpected.statements.length);
    expect(actual).toEqual(expected);
  });

  test('returns unmerged statements as the same objects and leaves the input array alone', () => {
    // GIVEN
    const a = buildStatement('ours', { actions: [S3_GET], resources: [OBJECTS] });
    const b = buildStatement('ours', { actions: [SQS_SEND], resources: [QUEUE] });
    const input = [a, b];

    // WHEN
    const result = mergeStatements(input);

    // THEN
    expect(result.mergedStatements[0]).toBe(a);
    expect(result.mergedStatements[1]).toBe(b);
    expect(input).toEqual([a, b]);
  });

  test('throws when the ARN size estimate in context is not a number', () => {
    const stack = new Stack(new App({ context: { [ARN_SIZE_ESTIMATE_CONTEXT_KEY]: 'big' } }));
    const a = buildStatement('ours', { actions: [S3_GET], resources: [OBJECTS] });
    expect(() => mergeStatements([a], { scope: stack })).toThrow(/\[InvalidArnSizeEstimate\]/);
  });
});

describe('PolicyDocument minimize', () => {
  test.each(CASES)('renders as aws-cdk-lib does: $name', ({ specs }) => {
    expect(ourMinimizedDocument(specs)).toEqual(cdkMinimizedDocument(specs));
  });
});
