import { App, Stack } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { EvalInput, EvalRequest, evaluate } from '../../src/evaluation/private/engine';
import { PolicyStatement } from '../../src/policy';
import { minimizeStatements } from '../../src/policy/private/document-minimize';

/*
 * Properties of the decision engine over random documents and requests.
 */

const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'sqs:SendMessage', 'iam:PassRole', 'ec2:RunInstances'];
const ACTION_PATTERNS = [...ACTIONS, 's3:*', 's3:Get*', '*', 'iam:*', 'sqs:Send?essage', 'S3:getobject'];
const RESOURCES = ['arn:aws:s3:::a', 'arn:aws:s3:::a/k', 'arn:aws:s3:::b/k', 'arn:aws:sqs:us-east-1:111111111111:q', 'arn:aws:iam::111111111111:role/r'];
const RESOURCE_PATTERNS = [...RESOURCES, '*', 'arn:aws:s3:::a/*', 'arn:aws:s3:::*', 'arn:aws:s3:::${aws:username}/*', 'arn:aws:*:*:111111111111:*'];
const CONDITIONS = [
  undefined,
  { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['env*'] } },
  { StringNotEqualsIfExists: { 'aws:RequestedRegion': 'us-east-1' } },
];

const listOf = (items: readonly string[]) => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: 3 });

const statement = fc.record({
  effect: fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny'),
  notAction: fc.boolean(),
  actions: listOf(ACTION_PATTERNS),
  notResource: fc.boolean(),
  resources: listOf(RESOURCE_PATTERNS),
  condition: fc.constantFrom(...CONDITIONS),
}).map(s => ({
  Effect: s.effect,
  [s.notAction && s.effect === 'Deny' ? 'NotAction' : 'Action']: s.actions,
  [s.notResource ? 'NotResource' : 'Resource']: s.resources,
  ...(s.condition ? { Condition: s.condition } : {}),
}));

/** Statements from small pools, so that many of them merge. */
const mergeable = fc.record({
  Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
  Action: fc.uniqueArray(fc.constantFrom('s3:GetObject', 's3:PutObject', 's3:*', 'sqs:SendMessage'), { minLength: 1, maxLength: 2 }),
  Resource: fc.uniqueArray(fc.constantFrom('arn:aws:s3:::a', 'arn:aws:s3:::a/*', '*'), { minLength: 1, maxLength: 2 }),
  Condition: fc.constantFrom(...CONDITIONS.slice(0, 3)),
}).map(({ Condition, ...rest }) => (Condition ? { ...rest, Condition } : rest));

const document = fc.array(statement, { minLength: 0, maxLength: 6 }).map(Statement => ({ Version: '2012-10-17', Statement }));

const request = fc.record({
  action: fc.constantFrom(...ACTIONS),
  resource: fc.constantFrom(...RESOURCES),
  context: fc.record({
    'aws:PrincipalTag/team': fc.constantFrom(['blue'], ['red']),
    'aws:SecureTransport': fc.constantFrom(['true'], ['false']),
    'aws:SourceIp': fc.constantFrom(['10.1.2.3'], ['192.0.2.1']),
    'aws:TagKeys': fc.constantFrom(['env'], ['team'], []),
    'aws:username': fc.constantFrom(['a'], ['b']),
  }, { requiredKeys: [] }),
});

const principal = { type: 'role', arn: 'arn:aws:iam::111111111111:role/app', account: '111111111111' };
const decide = (doc: unknown, req: Omit<EvalRequest, 'principal'>, input: EvalInput = {}) =>
  evaluate({ ...input, identity: [{ kind: 'identity', source: 'p', document: doc }] }, { principal, ...req }).decision;

describe('evaluation properties', () => {
  test('merging statements (PolicyDocument minimize) never changes a decision', () => {
    const stack = new Stack(new App(), 'S');
    let merges = 0;
    const docs = fc.oneof(document, fc.array(mergeable, { maxLength: 8 }).map(Statement => ({ Version: '2012-10-17', Statement })));
    fc.assert(fc.property(docs, fc.array(request, { minLength: 1, maxLength: 8 }), (doc, requests) => {
      // PolicyStatement (like aws-cdk-lib) refuses '?' in action names.
      fc.pre(!JSON.stringify(doc).includes('?'));
      const merged = {
        Version: '2012-10-17',
        Statement: minimizeStatements(doc.Statement.map((s: object) => PolicyStatement.fromJson(s)), stack).map(s => s.toStatementJson()),
      };
      if (merged.Statement.length < doc.Statement.length) { merges++; }
      for (const req of requests) {
        expect(decide(merged, req)).toBe(decide(doc, req));
      }
    }), { numRuns: 300 });
    // The property is only worth something if statements did merge.
    expect(merges).toBeGreaterThan(20);
  });

  test('adding a statement never turns ALLOW into IMPLICIT_DENY', () => {
    fc.assert(fc.property(document, statement, request, document, (doc, extra, req, boundary) => {
      const input: EvalInput = { boundary: [{ kind: 'boundary', source: 'b', document: boundary }] };
      const before = decide(doc, req, input);
      const after = decide({ ...doc, Statement: [...doc.Statement, extra] }, req, input);
      if (before === 'ALLOW') { expect(after).not.toBe('IMPLICIT_DENY'); }
      if (before === 'EXPLICIT_DENY') { expect(after).toBe('EXPLICIT_DENY'); }
    }), { numRuns: 1000 });
  });

  test('an explicit deny anywhere wins over any allow', () => {
    fc.assert(fc.property(document, request, (doc, req) => {
      const denyAll = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] };
      expect(evaluate({
        identity: [{ kind: 'identity', source: 'p', document: doc }],
        boundary: [{ kind: 'boundary', source: 'b', document: denyAll }],
      }, { principal, ...req }).decision).toBe('EXPLICIT_DENY');
    }), { numRuns: 200 });
  });

  test('never throws on arbitrary JSON as a policy or a request value', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), fc.constantFrom('identity', 'resource', 'boundary', 'scp'), (junk, value, kind) => {
      const policies = [{ kind: kind as any, source: 'junk', document: junk }];
      const result = evaluate({ identity: policies, resource: kind === 'resource' ? policies : [] },
        { principal, action: 's3:GetObject', resource: value, context: { k: value } });
      expect(['ALLOW', 'EXPLICIT_DENY', 'IMPLICIT_DENY']).toContain(result.decision);
    }), { numRuns: 500 });
  });

  test('never throws on statements with arbitrary element values', () => {
    const junkStatement = fc.record({
      Effect: fc.constantFrom('Allow', 'Deny'),
      Action: fc.oneof(fc.constant('*'), fc.jsonValue()),
      Resource: fc.oneof(fc.constant('*'), fc.jsonValue()),
      Condition: fc.dictionary(fc.constantFrom('StringLike', 'IpAddress', 'NumericLessThan', 'DateGreaterThan', 'ArnLike', 'Null', 'Bool'),
        fc.dictionary(fc.string(), fc.jsonValue())),
    });
    fc.assert(fc.property(fc.array(junkStatement), fc.string(), (Statement, ip) => {
      const result = evaluate({ identity: [{ kind: 'identity', source: 'j', document: { Version: '2012-10-17', Statement } }] },
        { principal, action: 's3:GetObject', resource: 'arn:aws:s3:::a', context: { 'aws:SourceIp': [ip] } });
      expect(['ALLOW', 'EXPLICIT_DENY', 'IMPLICIT_DENY']).toContain(result.decision);
    }), { numRuns: 150 });
  });
});
