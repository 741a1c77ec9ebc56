import { run, table } from './helpers';
import { statementStructure } from '../../../src/validation/rules/statement-structure';

const ok = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const trust = { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' };

describe('StatementStructure', () => {
  describe('identity policies', () => {
    table(statementStructure, [
      ['a complete statement', ok, false],
      ['a token Effect', { ...ok, Effect: { Ref: 'E' } }, false],
      ['no Effect', { Action: 's3:GetObject', Resource: '*' }, true],
      ['Effect "allow"', { ...ok, Effect: 'allow' }, true],
      ['no Action', { Effect: 'Allow', Resource: '*' }, true],
      ['Action and NotAction', { ...ok, NotAction: 's3:PutObject' }, true],
      ['Resource and NotResource', { ...ok, NotResource: 'arn:aws:s3:::b' }, true],
      ['no Resource', { Effect: 'Allow', Action: 's3:GetObject' }, true],
      ['a Principal', { ...ok, Principal: '*' }, true],
      ['an unknown field', { ...ok, Actions: 's3:GetObject' }, true],
      ['a Sid with a space', { ...ok, Sid: 'Read objects' }, true],
    ]);
  });

  describe('trust policies', () => {
    table(statementStructure, [
      ['a trust statement', trust, false],
      ['no Principal', { Effect: 'Allow', Action: 'sts:AssumeRole' }, true],
      ['a Resource', { ...trust, Resource: '*' }, true],
    ], 'trust');
  });

  describe('resource policies', () => {
    table(statementStructure, [
      ['a Sid with spaces', { ...ok, Principal: '*', Sid: 'Allow public read' }, false],
      ['no Principal', ok, true],
    ], 'resource');
  });

  test('fails on an unknown Version and on an empty document', () => {
    const findings = run(statementStructure, {
      kind: 'managed-policy',
      path: 'P',
      documents: [
        { kind: 'identity', document: { Version: '2012-10-18', Statement: [ok] }, location: 'A' },
        { kind: 'identity', document: { Version: '2012-10-17', Statement: [] }, location: 'B' },
      ],
    });
    expect(findings.map((f) => f.location)).toEqual(['A', 'B']);
  });
});
