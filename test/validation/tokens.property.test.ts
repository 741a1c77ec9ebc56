import * as fc from 'fast-check';
import { validate } from '../../src/validation/engine';
import { Severity } from '../../src/validation/finding';
import type { ValidationTarget } from '../../src/validation/target';

/*
 * Property: a value known only at deploy time is skipped or bounded, never rejected. Starting from
 * policies without errors, replacing any set of string values by tokens (CDK token strings or
 * CloudFormation intrinsics) never produces an error finding.
 */

const BASE: ValidationTarget = {
  kind: 'role',
  path: 'Stack/Role',
  entity: { name: 'my-role', path: '/app/', description: 'a role', maxSessionDuration: 3600, tags: [{ Key: 'team', Value: 'a' }], managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], policyNames: ['inline'] },
  documents: [
    {
      kind: 'trust',
      location: 'Trust',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }] },
    },
    {
      kind: 'identity',
      location: 'Inline',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'] },
          { Sid: 'Queue', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:queue', Condition: { Bool: { 'aws:SecureTransport': 'true' }, Null: { 'aws:TokenIssueTime': 'false' } } },
          { Sid: 'Pass', Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/worker', Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } },
        ],
      },
    },
  ],
};

/** Paths of every string leaf (object values and array elements). */
function leaves(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') { return [at]; }
  if (Array.isArray(value)) { return value.flatMap((v, i) => leaves(v, [...at, i])); }
  if (value && typeof value === 'object') { return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k])); }
  return [];
}

function setAt(root: any, at: Array<string | number>, v: unknown) {
  let o = root;
  for (const k of at.slice(0, -1)) { o = o[k]; }
  o[at[at.length - 1]] = v;
}

const TOKEN_SHAPES: Array<(s: string) => unknown> = [
  () => '${Token[TOKEN.123]}',
  (s) => `${s.slice(0, Math.floor(s.length / 2))}\${Token[TOKEN.9]}`,
  () => ({ Ref: 'Param' }),
  () => ({ 'Fn::GetAtt': ['Res', 'Arn'] }),
  (s) => ({ 'Fn::Join': ['', [{ Ref: 'AWS::Partition' }, s.slice(3)]] }),
  (s) => ({ 'Fn::Sub': `${s}\${Suffix}` }),
  () => ({ 'Fn::ImportValue': 'Exported' }),
];

describe('token values', () => {
  // only values of the documents and of the entity: kind, path and location describe the target
  const paths = leaves(BASE).filter((p) => p[0] === 'entity' || (p[0] === 'documents' && p[2] === 'document'));

  test('the base target has no error', () => {
    expect(validate(BASE).filter((f) => f.severity === Severity.ERROR || f.ruleId === 'InternalRuleError')).toEqual([]);
  });

  test('replacing any string values by tokens never produces an error', () => {
    fc.assert(fc.property(
      fc.uniqueArray(
        fc.record({ path: fc.integer({ min: 0, max: paths.length - 1 }), shape: fc.integer({ min: 0, max: TOKEN_SHAPES.length - 1 }) }),
        { selector: (x) => x.path, minLength: 1, maxLength: 12 }),
      (changes) => {
        const t = JSON.parse(JSON.stringify(BASE));
        for (const { path, shape } of changes) {
          const at = paths[path];
          let o: any = BASE;
          for (const k of at) { o = o[k]; }
          setAt(t, at, TOKEN_SHAPES[shape](o as string));
        }
        const errors = validate(t).filter((f) => f.severity === Severity.ERROR || f.ruleId === 'InternalRuleError');
        expect(errors).toEqual([]);
      },
    ), { numRuns: 300, seed: 42 });
  });

  test('replacing documents, statements, conditions or lists by Fn::If or AWS::NoValue never produces an error', () => {
    const nodes = objectNodes(BASE).filter((p) => p[0] === 'entity' || (p[0] === 'documents' && p[2] === 'document'));
    fc.assert(fc.property(
      fc.uniqueArray(fc.record({ path: fc.integer({ min: 0, max: nodes.length - 1 }), noValue: fc.boolean() }),
        { selector: (x) => x.path, minLength: 1, maxLength: 4 }),
      (changes) => {
        const t = JSON.parse(JSON.stringify(BASE));
        // deepest first, so that an outer replacement wraps the inner ones
        for (const { path, noValue } of [...changes].sort((a, b) => nodes[b.path].length - nodes[a.path].length)) {
          const at = nodes[path];
          let o: any = t;
          for (const k of at) { o = o[k]; }
          setAt(t, at, noValue ? { Ref: 'AWS::NoValue' } : { 'Fn::If': ['Cond', o, { Ref: 'AWS::NoValue' }] });
        }
        expect(validate(t).filter((f) => f.severity === Severity.ERROR || f.ruleId === 'InternalRuleError')).toEqual([]);
      },
    ), { numRuns: 300, seed: 7 });
  });
});

/** Paths of every object or array below the root (not the root itself). */
function objectNodes(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') { return []; }
  const here = at.length > 0 ? [at] : [];
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => objectNodes(v, [...at, i]))
    : Object.entries(value).flatMap(([k, v]) => objectNodes(v, [...at, k]));
  return [...here, ...children];
}
