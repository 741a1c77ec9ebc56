import { App, Lazy, Stack, Token } from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import { IAM_MINIMIZE_POLICIES } from 'aws-cdk-lib/cx-api';
import { cdkError, differential, resolveInStack } from './differential';
import { PolicyDocument, PolicyStatement } from '../../src/policy';
import * as documentMinimize from '../../src/policy/private/document-minimize';

/** Statements that minimize into fewer (same actions / same resources / same principals). */
function mergeableStatements(iam: any): any[] {
  return [
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }),
    new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::b/*'] }),
    new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:1:q'] }),
    new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: ['arn:aws:s3:::a/*'] }),
    new iam.PolicyStatement({ sid: 'Kept', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::c/*'] }),
    new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:DeleteObject'], resources: ['*'] }),
    new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['k1'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } }),
    new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['k2'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } }),
  ];
}

describe('PolicyDocument', () => {
  describe('rendering (differential against aws-cdk-lib)', () => {
    test.each<[string, (iam: any) => any, any?]>([
      ['statements with Version 2012-10-17', (iam) => new iam.PolicyDocument({ statements: mergeableStatements(iam) })],
      ['nothing for an empty document', (iam) => new iam.PolicyDocument()],
      ['statements that are equal only after resolution once', (iam) => new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({ actions: ['a:b'], resources: ['x'] }),
          new iam.PolicyStatement({ actions: ['a:b'], resources: [Lazy.string({ produce: () => 'x' })] }),
        ],
      })],
      ['Sids by index after de-duplication with assignSids', (iam) => new iam.PolicyDocument({
        assignSids: true,
        statements: [
          new iam.PolicyStatement({ actions: ['a:b'], resources: ['x'] }),
          new iam.PolicyStatement({ actions: ['a:b'], resources: ['x'] }),
          new iam.PolicyStatement({ sid: 'Mine', actions: ['c:d'], resources: ['x'] }),
          new iam.PolicyStatement({ actions: ['e:f'], resources: ['x'] }),
        ],
      })],
      ['merged, sorted statements with minimize', (iam) => new iam.PolicyDocument({ minimize: true, statements: mergeableStatements(iam) })],
      ['sorted principals with minimize', (iam) => {
        const a = new iam.PolicyStatement({ actions: ['sts:AssumeRole'] });
        a.addServicePrincipal('lambda');
        a.addArnPrincipal('arn:aws:iam::1:root');
        const b = new iam.PolicyStatement({ actions: ['sts:AssumeRole'] });
        b.addArnPrincipal('arn:aws:iam::0:root');
        return new iam.PolicyDocument({ minimize: true, statements: [a, b] });
      }],
      ['a document as a token string inside JSON', (iam) => ({ Doc: new iam.PolicyDocument({ statements: mergeableStatements(iam) }).toString() })],
    ])('renders %s', (_name, build) => {
      const [expected, actual] = differential(build);
      expect(actual).toEqual(expected);
    });

    test.each([true, false])('merges when the minimizePolicies feature flag is %s and minimize is unset', (flag) => {
      const [expected, actual] = differential(
        (iam) => new iam.PolicyDocument({ statements: mergeableStatements(iam) }), {}, { [IAM_MINIMIZE_POLICIES]: flag });
      expect(actual).toEqual(expected);
      expect(actual.Statement.length < mergeableStatements(cdkIam).length).toBe(flag);
    });

    test('minimize: false wins over the feature flag', () => {
      const [expected, actual] = differential(
        (iam) => new iam.PolicyDocument({ minimize: false, statements: mergeableStatements(iam) }), {}, { [IAM_MINIMIZE_POLICIES]: true });
      expect(actual).toEqual(expected);
      expect(actual.Statement).toHaveLength(mergeableStatements(cdkIam).length);
    });

    test('toJSON renders without resolving and is undefined when empty', () => {
      const doc = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['a:b'], resources: ['*'] })] });
      expect(doc.toJSON()).toEqual({ Version: '2012-10-17', Statement: [{ Action: 'a:b', Effect: 'Allow', Resource: '*' }] });
      expect(new PolicyDocument().toJSON()).toBeUndefined();
    });

    test('toString is a token', () => {
      expect(Token.isUnresolved(new PolicyDocument().toString())).toBe(true);
    });

    test('freezes its statements when resolved', () => {
      const st = new PolicyStatement({ actions: ['a:b'], resources: ['*'] });
      resolveInStack(new PolicyDocument({ statements: [st] }));
      expect(st.frozen).toBe(true);
      expect(() => st.addActions('c:d')).toThrow(/\[StatementFrozen\]/);
    });
  });

  describe('statements', () => {
    test('addStatements, isEmpty and statementCount', () => {
      const doc = new PolicyDocument();
      expect(doc.isEmpty).toBe(true);
      expect(doc.statementCount).toBe(0);
      doc.addStatements(new PolicyStatement({ actions: ['a:b'] }), new PolicyStatement({ actions: ['c:d'] }));
      expect(doc.isEmpty).toBe(false);
      expect(doc.statementCount).toBe(2);
    });
  });

  describe('rendering frozen statements once', () => {
    test('a frozen statement shares its resolve JSON; an unfrozen one renders its current content', () => {
      // GIVEN
      const s = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] });
      // WHEN not frozen: fresh JSON that follows changes
      const before = s._renderForResolve();
      s.addResources('arn:aws:s3:::c/*');
      expect(s._renderForResolve()).not.toBe(before);
      expect(s._renderForResolve()).toEqual(s.toStatementJson());
      // WHEN frozen: one shared JSON, equal to a fresh render
      s.freeze();
      expect(s._renderForResolve()).toBe(s._renderForResolve());
      expect(s._renderForResolve()).toEqual({ Action: 's3:GetObject', Effect: 'Allow', Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'] });
      expect(s.toStatementJson()).not.toBe(s._renderForResolve());
    });

    test('resolving a document repeatedly gives independent copies', () => {
      // GIVEN
      const stack = new Stack();
      const doc = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['s3:GetObject'], resources: ['a', 'b'] })] });
      // WHEN the first result is modified
      const first = stack.resolve(doc);
      first.Statement[0].Resource.push('c');
      first.Statement[0].Sid = 'X';
      // THEN later resolutions and the statement are unaffected
      expect(stack.resolve(doc)).toEqual({ Version: '2012-10-17', Statement: [{ Action: 's3:GetObject', Effect: 'Allow', Resource: ['a', 'b'] }] });
      expect(doc.toJSON().Statement[0].Resource).toEqual(['a', 'b']);
    });
    test('a statement added or a list replaced after a resolution is in the next resolution', () => {
      // GIVEN a document resolved once (its statements frozen, its JSON kept for the next resolution)
      const stack = new Stack();
      const a = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['a'] });
      const doc = new PolicyDocument({ statements: [a] });
      expect(stack.resolve(doc).Statement).toEqual([{ Action: 's3:GetObject', Effect: 'Allow', Resource: 'a' }]);
      // WHEN a statement is added THEN it is rendered (and frozen) by the next resolution
      const b = new PolicyStatement({ actions: ['s3:PutObject'], resources: ['b'] });
      doc.addStatements(b);
      expect(stack.resolve(doc).Statement).toEqual([
        { Action: 's3:GetObject', Effect: 'Allow', Resource: 'a' },
        { Action: 's3:PutObject', Effect: 'Allow', Resource: 'b' },
      ]);
      expect(b.frozen).toBe(true);
      // WHEN the list is replaced THEN the next resolution renders the new list
      const c = new PolicyStatement({ actions: ['s3:DeleteObject'], resources: ['c'] });
      doc._replaceStatements([c]);
      expect(stack.resolve(doc).Statement).toEqual([{ Action: 's3:DeleteObject', Effect: 'Allow', Resource: 'c' }]);
      expect(c.frozen).toBe(true);
    });

    test('an unchanged document resolved again renders none of its statements again', () => {
      // GIVEN
      const stack = new Stack();
      const s = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['a'] });
      const doc = new PolicyDocument({ statements: [s] });
      stack.resolve(doc);
      const spy = jest.spyOn(s, '_renderForResolve');
      try {
        // WHEN
        const again = stack.resolve(doc);
        // THEN
        expect(spy).not.toHaveBeenCalled();
        expect(again.Statement).toEqual([{ Action: 's3:GetObject', Effect: 'Allow', Resource: 'a' }]);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('merging on every resolution', () => {
    test('a minimized document resolves the same each time, and merges statements added in between', () => {
      // GIVEN
      const stack = new Stack();
      const doc = new PolicyDocument({ minimize: true });
      doc.addStatements(
        new PolicyStatement({ actions: ['s3:GetObject'], resources: ['a'] }),
        new PolicyStatement({ actions: ['s3:GetObject'], resources: ['b'] }));
      // WHEN / THEN: the second resolution (merge skipped) equals the first
      const first = stack.resolve(doc);
      expect(first.Statement).toEqual([{ Action: 's3:GetObject', Effect: 'Allow', Resource: ['a', 'b'] }]);
      expect(stack.resolve(doc)).toEqual(first);
      // WHEN a statement is added after a resolution, THEN it is merged in
      doc.addStatements(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['c'] }));
      expect(stack.resolve(doc).Statement).toEqual([{ Action: 's3:GetObject', Effect: 'Allow', Resource: ['a', 'b', 'c'] }]);
      expect(stack.resolve(doc).Statement).toEqual([{ Action: 's3:GetObject', Effect: 'Allow', Resource: ['a', 'b', 'c'] }]);
    });

    test('the second resolution of an unchanged minimized document does not merge again', () => {
      // GIVEN
      const stack = new Stack();
      const doc = new PolicyDocument({
        minimize: true,
        statements: [
          new PolicyStatement({ actions: ['s3:GetObject'], resources: ['a'] }),
          new PolicyStatement({ actions: ['s3:PutObject'], resources: ['a'] }),
        ],
      });
      const spy = jest.spyOn(documentMinimize, 'minimizeStatements');
      try {
        // WHEN
        stack.resolve(doc);
        stack.resolve(doc);
        stack.resolve(doc);
        // THEN
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('fromJson', () => {
    const iamDocsExample = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'FirstStatement', Effect: 'Allow', Action: ['iam:ChangePassword'], Resource: '*' },
        { Sid: 'SecondStatement', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
        {
          Sid: 'ThirdStatement',
          Effect: 'Allow',
          Action: ['s3:List*', 's3:Get*'],
          Resource: ['arn:aws:s3:::confidential-data', 'arn:aws:s3:::confidential-data/*'],
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
    };

    test('reads the IAM documentation example like aws-cdk-lib', () => {
      const [expected, actual] = differential((iam) => iam.PolicyDocument.fromJson(iamDocsExample));
      expect(actual).toEqual(expected);
    });

    test('round-trips its own output', () => {
      const doc = PolicyDocument.fromJson(iamDocsExample);
      expect(resolveInStack(PolicyDocument.fromJson(resolveInStack(doc)))).toEqual(resolveInStack(doc));
    });

    test('accepts a single statement object, as IAM does', () => {
      const doc = PolicyDocument.fromJson({ Version: '2012-10-17', Statement: iamDocsExample.Statement[1] });
      expect(resolveInStack(doc).Statement).toEqual([iamDocsExample.Statement[1]]);
    });

    test('reads a document without statements as empty', () => {
      expect(PolicyDocument.fromJson({ Version: '2012-10-17' }).isEmpty).toBe(true);
    });

    test.each<[string, any]>([
      ['a non-object', '{"Statement": []}'],
      ['null', null],
      ['an unknown key', { Version: '2012-10-17', Statements: [] }],
      ['a numeric Version', { Version: 2012, Statement: [] }],
      ['a string Statement', { Statement: 'Allow all' }],
      ['a malformed statement', { Statement: [{ Effect: 'Allow', Action: 'a:b', Principals: '*' }] }],
    ])('throws for %s', (_name, json) => {
      expect(() => PolicyDocument.fromJson(json)).toThrow(/\[InvalidPolicyJson\]/);
    });

    test('throws for a string Statement like aws-cdk-lib', () => {
      expect(cdkError((iam) => iam.PolicyDocument.fromJson({ Statement: 'x' }))).toMatch(/Statement must be an array/);
      expect(() => PolicyDocument.fromJson({ Statement: 'x' })).toThrow(/\[InvalidPolicyJson\] Statement must be an array/);
    });
  });

  describe('validation', () => {
    test('collects the problems of every statement like aws-cdk-lib', () => {
      const build = (iam: any) => new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({ resources: ['*'] }),
          new iam.PolicyStatement({ actions: ['a:b'], principals: [new cdkIam.AnyPrincipal()] }),
          new iam.PolicyStatement({ actions: ['a:b'], resources: ['*'] }),
        ],
      });
      const ours = build({ PolicyDocument, PolicyStatement }) as PolicyDocument;
      const theirs = build(cdkIam) as cdkIam.PolicyDocument;
      expect(ours.validateForAnyPolicy()).toHaveLength(theirs.validateForAnyPolicy().length);
      expect(ours.validateForIdentityPolicy()).toHaveLength(theirs.validateForIdentityPolicy().length);
      expect(ours.validateForResourcePolicy()).toHaveLength(theirs.validateForResourcePolicy().length);
      expect(ours.validateForResourcePolicy({ skipResourceValidation: true }))
        .toHaveLength(theirs.validateForResourcePolicy({ skipResourceValidation: true }).length);
      expect(ours.validateForTrustPolicy()).toHaveLength(theirs.validateForTrustPolicy().length);
      expect(ours.validateForIdentityPolicy()).toEqual([
        expect.stringMatching(/^\[MissingAction\]/),
        expect.stringMatching(/^\[PrincipalInIdentityPolicy\]/),
        expect.stringMatching(/^\[MissingResource\]/),
      ]);
    });
  });

  describe('_splitDocument', () => {
    /** Many statements with long, distinct resources, so that the document must split. */
    function bigStatements(iam: any, count: number): any[] {
      return Array.from({ length: count }, (_, i) => new iam.PolicyStatement({
        actions: [`s3:GetObject${i % 3 === 0 ? '' : 'Version'}`],
        resources: [`arn:aws:s3:::bucket-with-a-rather-long-name-number-${i}/some/prefix/that/is/long/*`],
      }));
    }

    /** The split as data: per document, its rendered JSON and the indexes of its original statements. */
    function split(iam: any, minimize: boolean, count: number): any {
      const app = new App({ context: { [IAM_MINIMIZE_POLICIES]: minimize } });
      const stack = new Stack(app, 'Stack');
      const originals = bigStatements(iam, count);
      const doc = new iam.PolicyDocument({ statements: originals });
      const result: Map<any, any[]> = doc._splitDocument(stack, 10_000, 6_000);
      return Array.from(result.entries()).map(([d, sts]) => ({
        json: stack.resolve(d),
        originals: sts.map((s) => originals.indexOf(s)),
      }));
    }

    test.each([false, true])('splits like aws-cdk-lib (minimize %s)', (minimize) => {
      const expected = split(cdkIam, minimize, 150);
      const actual = split({ PolicyDocument, PolicyStatement }, minimize, 150);
      expect(expected.length).toBeGreaterThan(1);
      expect(actual).toEqual(expected);
    });

    test('keeps a small document whole', () => {
      const actual = split({ PolicyDocument, PolicyStatement }, false, 3);
      expect(actual).toHaveLength(1);
      expect(actual[0].originals).toEqual([0, 1, 2]);
    });
  });
});
