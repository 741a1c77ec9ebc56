import * as path from 'path';
import { App, Aws, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import { buildStatement, StatementSpec, TOKENS } from './merge-harness';
import { PolicyStatement } from '../../src/policy';
import { partsOf } from '../../src/policy/private/merge/mergeable';
import {
  ARN_SIZE_ESTIMATE_CONTEXT_KEY, deriveEstimateSizeOptions, estimateStatementJsonSize, estimateStatementSize, iamPolicySize,
} from '../../src/policy/private/size';

/*
 * (a) the size estimate: differential against aws-cdk-lib's own `_estimateSize` and
 *     `deriveEstimateSizeOptions`, run live;
 * (b) the IAM size: IAM counts the policy JSON without whitespace
 *     (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html), i.e. the
 *     length of `JSON.stringify` of the resolved document; unknown values at their stated bound.
 */

const cdkDeriveEstimateSizeOptions: (scope: any) => { actionEstimate: number; arnEstimate: number } =
  // a private export of a file outside aws-cdk-lib's "exports": only loadable by file path
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(path.dirname(require.resolve('aws-cdk-lib')), 'aws-iam/lib/policy-statement.js')).deriveEstimateSizeOptions;

const ESTIMATE_CASES: Array<[string, StatementSpec]> = [
  ['actions and resources', { actions: ['s3:GetObject', 's3:PutObject'], resources: ['arn:aws:s3:::bucket/*'] }],
  ['token action and token resources', { actions: [TOKENS.action], resources: [TOKENS.bucketArn, TOKENS.objectArn] }],
  ['NotAction and NotResource, Deny', { deny: true, notActions: ['iam:*'], notResources: ['arn:aws:s3:::bucket'] }],
  ['principals (counted per object, whatever their JSON)', {
    actions: ['sts:AssumeRole'], principals: ['service:lambda.amazonaws.com', 'composite:a.amazonaws.com,b.amazonaws.com'],
  }],
  ['NotPrincipal', { deny: true, actions: ['s3:*'], resources: ['*'], notPrincipals: ['arn:arn:aws:iam::1:role/a'] }],
  ['conditions (their JSON length)', {
    actions: ['s3:GetObject'], resources: ['*'], conditions: { StringEquals: { 'aws:PrincipalOrgID': ['o-1', 'o-2'] } },
  }],
  ['organization principal (its condition is counted too)', { actions: ['s3:GetObject'], resources: ['*'], principals: ['org:o-1234567abc'] }],
  ['empty statement', {}],
];

describe('estimateStatementSize', () => {
  test.each(ESTIMATE_CASES)('estimates %s as aws-cdk-lib does', (_name, spec) => {
    for (const arnEstimate of [150, 400]) {
      // GIVEN
      const options = { actionEstimate: 20, arnEstimate };
      const cdkStatement = buildStatement('cdk', spec);

      // WHEN
      const ours = estimateStatementSize(buildStatement('ours', spec), options);

      // THEN
      expect(ours).toBe((cdkStatement as any)._estimateSize(options));
    }
  });

  test.each(ESTIMATE_CASES)('estimates %s the same from the uncopied parts (partsOf) as from the getters', (_name, spec) => {
    const options = { actionEstimate: 20, arnEstimate: 150 };
    const statement = buildStatement('ours', spec);
    expect(estimateStatementSize(partsOf(statement), options)).toBe(estimateStatementSize(statement, options));
    statement.freeze();
    expect(estimateStatementSize(partsOf(statement), options)).toBe(estimateStatementSize(statement, options));
  });

  test.each(ESTIMATE_CASES)('estimates %s the same from the rendered JSON, or leaves a statement with principals to the parts', (_name, spec) => {
    for (const arnEstimate of [150, 400]) {
      const options = { actionEstimate: 20, arnEstimate };
      const statement = buildStatement('ours', spec);
      const fromJson = estimateStatementJsonSize(statement.toStatementJson(), options);
      if (statement.hasPrincipal) {
        expect(fromJson).toBeUndefined();
      } else {
        expect(fromJson).toBe(estimateStatementSize(statement, options));
      }
    }
  });

  test('estimates duplicate values and an encoded token list from the JSON as from the parts', () => {
    const options = { actionEstimate: 20, arnEstimate: 150 };
    for (const statement of [
      new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObject'], resources: ['arn:aws:s3:::b', 'arn:aws:s3:::b', 'x'] }),
      new PolicyStatement({ actions: Token.asList(Lazy.list({ produce: () => ['s3:GetObject'] })), resources: [Lazy.string({ produce: () => 'r' })] }),
      new PolicyStatement({ notActions: ['s3:GetObject'], notResources: ['a', 'b'], conditions: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]) {
      expect(estimateStatementJsonSize(statement.toStatementJson(), options)).toBe(estimateStatementSize(statement, options));
    }
  });

  test('accepts aws-cdk-lib statements too', () => {
    const statement = buildStatement('cdk', ESTIMATE_CASES[0][1]);
    const options = { actionEstimate: 20, arnEstimate: 150 };
    expect(estimateStatementSize(statement, options)).toBe((statement as any)._estimateSize(options));
  });
});

describe('deriveEstimateSizeOptions', () => {
  test.each([
    ['no context', {}],
    ['a context value', { [ARN_SIZE_ESTIMATE_CONTEXT_KEY]: 300 }],
  ])('derives the options as aws-cdk-lib does with %s', (_name, context) => {
    const stack = new Stack(new App({ context }));
    expect(deriveEstimateSizeOptions(stack)).toEqual(cdkDeriveEstimateSizeOptions(stack));
  });

  test('uses the defaults without a scope', () => {
    expect(deriveEstimateSizeOptions()).toEqual({ actionEstimate: 20, arnEstimate: 150 });
  });

  test('throws when the context value is not a number', () => {
    const stack = new Stack(new App({ context: { [ARN_SIZE_ESTIMATE_CONTEXT_KEY]: 'large' } }));
    expect(() => cdkDeriveEstimateSizeOptions(stack)).toThrow();
    expect(() => deriveEstimateSizeOptions(stack)).toThrow(/\[InvalidArnSizeEstimate\]/);
  });
});

describe('iamPolicySize', () => {
  const concrete = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::bucket/*' },
      { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      { Sid: 'Quote"And\\Backslash', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::bücket', Principal: '*' },
    ],
  };

  test('counts a concrete document as its JSON without whitespace', () => {
    expect(iamPolicySize(concrete)).toEqual({ size: JSON.stringify(concrete).length, unresolvedValues: 0, exact: true });
  });

  test('bounds pseudo parameters inside Fn::Join by their maximum length', () => {
    // GIVEN: the document aws-cdk-lib synthesizes for an account principal
    const stack = new Stack(new App());
    const doc = stack.resolve(new cdkIam.PolicyDocument({
      statements: [new cdkIam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new cdkIam.AccountPrincipal('111111111111')] })],
    }));
    const withPartition = (partition: string) => JSON.stringify(doc).length
      - JSON.stringify({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111111111111:root']] }).length
      + JSON.stringify(`arn:${partition}:iam::111111111111:root`).length;

    // WHEN
    const size = iamPolicySize(doc);

    // THEN: the bound is the longest partition name plus margin (12), and no real partition exceeds it
    expect(size).toEqual({ size: withPartition('x'.repeat(12)), unresolvedValues: 1, exact: false });
    for (const partition of ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b', 'aws-eusc']) {
      expect(withPartition(partition)).toBeLessThanOrEqual(size.size);
    }
  });

  test('counts each unknown value at unresolvedValueSize', () => {
    // GIVEN
    const doc = {
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, { 'Fn::ImportValue': 'x' }] }],
    };
    const withValues = (v: string) => JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: [v, v] }] }).length;

    // THEN
    expect(iamPolicySize(doc)).toEqual({ size: withValues('x'.repeat(150)), unresolvedValues: 2, exact: false });
    expect(iamPolicySize(doc, { unresolvedValueSize: 40 }).size).toBe(withValues('x'.repeat(40)));
  });

  test('counts the literal parts of a token string exactly and each token at the bound', () => {
    // GIVEN: an unresolved string with two tokens
    const value = `arn:${Lazy.string({ produce: () => 'aws' })}:s3:::${Lazy.string({ produce: () => 'b' })}/*`;
    expect(Token.isUnresolved(value)).toBe(true);

    // WHEN
    const size = iamPolicySize({ Resource: value }, { unresolvedValueSize: 10 });

    // THEN
    expect(size).toEqual({ size: JSON.stringify({ Resource: `arn:${'x'.repeat(10)}:s3:::${'x'.repeat(10)}/*` }).length, unresolvedValues: 2, exact: false });
  });

  test('counts encoded token lists and numbers as unknown values', () => {
    const list = Token.asList(Lazy.list({ produce: () => ['a', 'b'] }));
    const number = Token.asNumber(Lazy.number({ produce: () => 3 }));
    const size = iamPolicySize({ Resource: list, Count: number }, { unresolvedValueSize: 5 });
    expect(size).toEqual({ size: JSON.stringify({ Resource: ['xxxxx'], Count: 12345 }).length, unresolvedValues: 2, exact: false });
  });

  test('counts Fn::Sub literals exactly, ${!x} as literal text and references at their bound', () => {
    // GIVEN
    const stack = new Stack(new App());
    const doc = stack.resolve({ Resource: Fn.sub('arn:aws:s3:::b-${AWS::Region}-${!Literal}-${Other}') });

    // WHEN
    const size = iamPolicySize(doc, { unresolvedValueSize: 7 });

    // THEN: region bound 20, ${Other} at 7
    expect(size).toEqual({
      size: JSON.stringify({ Resource: `arn:aws:s3:::b-${'r'.repeat(20)}-\${Literal}-${'o'.repeat(7)}` }).length,
      unresolvedValues: 2,
      exact: false,
    });
  });

  test('counts a pseudo parameter token once resolved at its bound', () => {
    const stack = new Stack(new App());
    const doc = stack.resolve({ Account: Aws.ACCOUNT_ID });
    expect(iamPolicySize(doc)).toEqual({ size: JSON.stringify({ Account: '123456789012' }).length, unresolvedValues: 1, exact: false });
  });
});
