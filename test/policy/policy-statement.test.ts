import { Lazy, Token, Stack } from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import { cdkError, differential, resolveInStack } from './differential';
import { Condition, Effect, PolicyDocument, PolicyStatement, PrincipalPolicyFragment } from '../../src/policy';

const ACCOUNT = '123456789012';

/** A minimal principal with a fixed fragment (what any IPrincipal implementation provides). */
function fakePrincipal(json: { [key: string]: string[] }, conditions: { [key: string]: any } = {}): any {
  const p: any = {
    assumeRoleAction: 'sts:AssumeRole',
    policyFragment: new PrincipalPolicyFragment(json, conditions),
    addToPrincipalPolicy: () => ({ statementAdded: false }),
  };
  p.grantPrincipal = p;
  return p;
}

describe('PolicyStatement', () => {
  describe('rendering (differential against aws-cdk-lib)', () => {
    test.each<[string, (iam: any) => any]>([
      ['an allow statement with one action and one resource', (iam) =>
        new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }).toStatementJson()],
      ['duplicate actions and resources once, in insertion order', (iam) =>
        new iam.PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject', 's3:PutObject'], resources: ['b', 'a', 'b'] }).toStatementJson()],
      ['a deny statement with NotAction and NotResource and a Sid', (iam) =>
        new iam.PolicyStatement({ sid: 'DenyAll', effect: iam.Effect.DENY, notActions: ['iam:*'], notResources: ['x', 'y'] }).toStatementJson()],
      ['an empty statement as Effect only', (iam) => new iam.PolicyStatement().toStatementJson()],
      ['empty conditions left out', (iam) => new iam.PolicyStatement({ actions: ['a:b'], conditions: {} }).toStatementJson()],
      ['unresolved action and resource lists untouched', (iam) =>
        new iam.PolicyStatement({
          actions: Token.asList(Lazy.list({ produce: () => ['s3:GetObject', 's3:PutObject'] })),
          resources: [Lazy.string({ produce: () => 'arn:aws:s3:::b' })],
        }).toStatementJson()],
      ['every kind of principal added by the helpers', (iam) => {
        const st = new iam.PolicyStatement({ actions: ['sts:AssumeRole'] });
        st.addServicePrincipal('lambda');
        st.addServicePrincipal('ec2.amazonaws.com.cn');
        st.addAccountRootPrincipal();
        st.addAwsAccountPrincipal(ACCOUNT);
        st.addArnPrincipal('arn:aws:iam::123456789012:role/R');
        st.addAnyPrincipal();
        st.addCanonicalUserPrincipal('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be');
        return st.toStatementJson();
      }],
      ['a federated principal with its conditions', (iam) => {
        const st = new iam.PolicyStatement({ actions: ['sts:AssumeRoleWithWebIdentity'] });
        st.addFederatedPrincipal('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:1234' } });
        return st.toStatementJson();
      }],
      ['a service principal with conditions', (iam) => {
        const st = new iam.PolicyStatement({ actions: ['sts:AssumeRole'] });
        st.addServicePrincipal('lambda.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } });
        return st.toStatementJson();
      }],
      ['the same principal added twice through distinct objects', (iam) => {
        const st = new iam.PolicyStatement({ actions: ['s3:GetObject'] });
        st.addArnPrincipal('arn:aws:iam::123456789012:root');
        st.addArnPrincipal('arn:aws:iam::123456789012:root');
        return st.toStatementJson();
      }],
      ['NotPrincipal from aws-cdk-lib principals', (iam) =>
        new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:*'], notPrincipals: [new cdkIam.ArnPrincipal('arn:aws:iam::1:user/a')] }).toStatementJson()],
      ['StarPrincipal as the literal "*"', (iam) =>
        new iam.PolicyStatement({ actions: ['s3:GetObject'], principals: [new cdkIam.StarPrincipal()] }).toStatementJson()],
      ['conditions merged per operator, later keys win', (iam) => {
        const st = new iam.PolicyStatement({ actions: ['a:b'], conditions: { StringEquals: { 'aws:a': '1', 'aws:b': '2' } } });
        st.addCondition('StringEquals', { 'aws:a': '3' });
        st.addConditions({ Bool: { 'aws:SecureTransport': 'true' } });
        return st.toStatementJson();
      }],
      ['account, source account and source ARN conditions', (iam) => {
        const st = new iam.PolicyStatement({ actions: ['a:b'] });
        st.addAccountCondition(ACCOUNT);
        st.addSourceAccountCondition(ACCOUNT);
        st.addSourceArnCondition('arn:aws:sns:us-east-1:123456789012:topic');
        return st.toStatementJson();
      }],
      ['toJSON equal to toStatementJson', (iam) => new iam.PolicyStatement({ actions: ['a:b', 'c:d'], resources: ['*'] }).toJSON()],
      ['addAllResources as "*"', (iam) => {
        const st = new iam.PolicyStatement({ actions: ['a:b'] });
        st.addAllResources();
        return st.toStatementJson();
      }],
    ])('renders %s', (_name, build) => {
      const [expected, actual] = differential(build);
      expect(actual).toEqual(expected);
    });

    test('renders service principals regionally for opt-in regions like aws-cdk-lib', () => {
      for (const region of ['us-east-1', 'af-south-1']) {
        const [expected, actual] = differential((iam) => {
          const st = new iam.PolicyStatement({ actions: ['sts:AssumeRole'] });
          st.addServicePrincipal('lambda', { region: 'af-south-1' });
          return st.toStatementJson();
        }, { env: { region } });
        expect(actual).toEqual(expected);
      }
    });

    test('JSON.stringify uses the statement JSON', () => {
      const st = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });
      expect(JSON.parse(JSON.stringify(st))).toEqual({ Action: 's3:GetObject', Effect: 'Allow', Resource: '*' });
    });

    test('toString is a token that resolves to the statement JSON', () => {
      const st = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });
      expect(Token.isUnresolved(st.toString())).toBe(true);
      expect(resolveInStack(st.toString())).toEqual({ Action: 's3:GetObject', Effect: 'Allow', Resource: '*' });
    });
  });

  describe('actions', () => {
    test('throws when adding Actions after NotActions, like aws-cdk-lib', () => {
      const build = (iam: any) => new iam.PolicyStatement({ notActions: ['s3:*'] }).addActions('s3:GetObject');
      expect(cdkError(build)).toBeDefined();
      expect(() => build({ PolicyStatement })).toThrow(/\[ActionAndNotAction\] Cannot add 'Actions' to policy statement if 'NotActions' have been added/);
    });

    test('throws when adding NotActions after Actions', () => {
      const st = new PolicyStatement({ actions: ['s3:*'] });
      expect(() => st.addNotActions('s3:GetObject')).toThrow(/\[ActionAndNotAction\]/);
    });

    test('throws for an action without a service prefix, like aws-cdk-lib', () => {
      expect(cdkError((iam) => new iam.PolicyStatement({ actions: ['s3-GetObject'] }))).toBeDefined();
      expect(() => new PolicyStatement({ actions: ['s3-GetObject'] })).toThrow(/\[InvalidAction\] Action 's3-GetObject' is invalid/);
    });

    test('accepts "*", wildcards and token actions', () => {
      const st = new PolicyStatement({ actions: ['*', 's3:Get*', Lazy.string({ produce: () => 'not a valid action' })] });
      expect(st.actions).toHaveLength(3);
    });

    test('adding no actions to a NotAction statement is allowed', () => {
      const st = new PolicyStatement({ notActions: ['s3:*'] });
      st.addActions();
      expect(st.notActions).toEqual(['s3:*']);
    });
  });

  describe('resources', () => {
    test('throws when mixing Resource and NotResource, in both orders', () => {
      expect(() => new PolicyStatement({ resources: ['a'] }).addNotResources('b')).toThrow(/\[ResourceAndNotResource\]/);
      expect(() => new PolicyStatement({ notResources: ['a'] }).addResources('b')).toThrow(/\[ResourceAndNotResource\] Cannot add 'Resources'/);
    });

    test('hasResource is true only for Resource, like aws-cdk-lib', () => {
      for (const props of [{}, { resources: ['a'] }, { notResources: ['a'] }]) {
        expect(new PolicyStatement(props).hasResource).toBe(new cdkIam.PolicyStatement(props).hasResource);
      }
    });
  });

  describe('principals', () => {
    test('throws when mixing Principal and NotPrincipal, in both orders', () => {
      const p = fakePrincipal({ AWS: ['a'] });
      expect(() => new PolicyStatement({ principals: [p] }).addNotPrincipals(p)).toThrow(/\[PrincipalAndNotPrincipal\]/);
      expect(() => new PolicyStatement({ notPrincipals: [p] }).addPrincipals(p)).toThrow(/\[PrincipalAndNotPrincipal\] Cannot add 'Principals'/);
    });

    test('throws for an aws-cdk-lib Group as principal', () => {
      const group = new cdkIam.Group(new Stack(), 'G');
      expect(() => new PolicyStatement({ principals: [group as any] })).toThrow(/\[GroupAsPrincipal\]/);
      expect(() => new PolicyStatement({ notPrincipals: [group as any] })).toThrow(/\[GroupAsPrincipal\]/);
    });

    test('throws for a principal branded as a cdk-iam-kit Group', () => {
      const branded = fakePrincipal({ AWS: ['arn:aws:iam::123456789012:group/G'] });
      branded[Symbol.for('cdk-iam-kit.Group')] = true;
      expect(() => new PolicyStatement().addPrincipals(branded)).toThrow(/\[GroupAsPrincipal\] Cannot use an IAM Group/);
    });

    test('throws when principals carry different conditions, like aws-cdk-lib', () => {
      const build = (iam: any) => {
        const st = new iam.PolicyStatement({ actions: ['sts:AssumeRole'] });
        st.addFederatedPrincipal('cognito-identity.amazonaws.com', { StringEquals: { a: 'b' } });
        st.addArnPrincipal('arn:aws:iam::123456789012:root');
      };
      expect(cdkError(build)).toBeDefined();
      expect(() => build({ PolicyStatement })).toThrow(/\[PrincipalConditionsDiffer\] All principals in a PolicyStatement must have the same Conditions/);
    });

    test('accepts principals with equal conditions', () => {
      const st = new PolicyStatement();
      st.addPrincipals(fakePrincipal({ AWS: ['a'] }, { Bool: { x: 'true' } }), fakePrincipal({ AWS: ['b'] }, { Bool: { x: 'true' } }));
      expect(st.toStatementJson()).toEqual({ Effect: 'Allow', Principal: { AWS: ['a', 'b'] }, Condition: { Bool: { x: 'true' } } });
    });

    test('throws when a literal "*" principal is combined with a typed principal', () => {
      const st = new PolicyStatement({ principals: [new cdkIam.StarPrincipal()] });
      expect(cdkError((iam) => new iam.PolicyStatement({ principals: [new cdkIam.StarPrincipal(), new cdkIam.AnyPrincipal()] }))).toBeDefined();
      expect(() => st.addAnyPrincipal()).toThrow(/\[LiteralPrincipalConflict\]/);
    });

    test('hasPrincipal counts principals and not-principals', () => {
      expect(new PolicyStatement().hasPrincipal).toBe(false);
      expect(new PolicyStatement({ principals: [fakePrincipal({ AWS: ['a'] })] }).hasPrincipal).toBe(true);
      expect(new PolicyStatement({ notPrincipals: [fakePrincipal({ AWS: ['a'] })] }).hasPrincipal).toBe(true);
    });

    test('the same principal object is added once', () => {
      const p = fakePrincipal({ AWS: ['a'] });
      const st = new PolicyStatement({ principals: [p, p] });
      st.addPrincipals(p);
      expect(st.principals).toEqual([p]);
      expect(st.toStatementJson().Principal).toEqual({ AWS: 'a' });
    });

    test('helper principals describe themselves like aws-cdk-lib principals', () => {
      const build = (iam: any) => {
        const st = new iam.PolicyStatement({ actions: ['a:b'] });
        st.addArnPrincipal('arn:aws:iam::123456789012:user/u');
        st.addAwsAccountPrincipal(ACCOUNT);
        st.addAccountRootPrincipal();
        st.addServicePrincipal('lambda');
        st.addCanonicalUserPrincipal('abc');
        st.addAnyPrincipal();
        return st.principals;
      };
      const expected = build(cdkIam);
      const actual = build({ PolicyStatement });
      expect(actual.map(String)).toEqual(expected.map(String));
      expect(actual.map((p: any) => p.assumeRoleAction)).toEqual(expected.map((p: any) => p.assumeRoleAction));
      expect(actual[1].principalAccount).toEqual(ACCOUNT);
      // dedupe strings are compared by the merge step; the token-free ones must equal aws-cdk-lib's
      expect([0, 3, 4, 5].map((i) => actual[i].dedupeString())).toEqual([0, 3, 4, 5].map((i) => expected[i].dedupeString()));
      expect(resolveInStack(actual.map((p: any) => p.policyFragment.principalJson)))
        .toEqual(resolveInStack(expected.map((p: any) => p.policyFragment.principalJson)));
    });

    test('a helper principal has no policy of its own', () => {
      const st = new PolicyStatement();
      st.addArnPrincipal('arn:aws:iam::123456789012:user/u');
      const principal = st.principals[0];
      expect(principal.addToPrincipalPolicy(new PolicyStatement())).toEqual({ statementAdded: false });
      expect(principal.grantPrincipal).toBe(principal);
    });

    test('throws for an account id that is not a string', () => {
      expect(() => new PolicyStatement().addAwsAccountPrincipal(123 as any)).toThrow(/\[InvalidAccountId\]/);
    });
  });

  describe('conditions', () => {
    test.each([['a string', 'true'], ['a list', ['a']], ['null', null], ['a number', 3]])('throws for %s as a condition block', (_n, value) => {
      expect(cdkError((iam) => new iam.PolicyStatement().addCondition('StringEquals', value))).toBeDefined();
      expect(() => new PolicyStatement().addCondition('StringEquals', value)).toThrow(/\[InvalidCondition\]/);
    });

    test('throws for conditions that are not an object', () => {
      expect(() => new PolicyStatement({ conditions: 'StringEquals' as any })).toThrow(/\[InvalidCondition\]/);
    });

    test('accepts an unresolved condition block and passes it through', () => {
      const block = Lazy.any({ produce: () => ({ 'aws:SourceAccount': ACCOUNT }) });
      const st = new PolicyStatement({ actions: ['a:b'], conditions: { StringEquals: block } });
      expect(resolveInStack(st.toStatementJson()).Condition).toEqual({ StringEquals: { 'aws:SourceAccount': ACCOUNT } });
    });

    test('throws when merging into an unresolved condition block', () => {
      const st = new PolicyStatement({ conditions: { StringEquals: Lazy.any({ produce: () => ({}) }) } });
      expect(() => st.addCondition('StringEquals', { a: 'b' })).toThrow(/\[ConditionTokenMerge\]/);
    });

    test('addTypedCondition renders like the plain object form', () => {
      const typed = new PolicyStatement({ actions: ['s3:ListBucket'] });
      typed.addTypedCondition(
        Condition.stringLike('s3:prefix', 'home/', 'home/${aws:username}/*'),
        Condition.bool('aws:SecureTransport', true),
        Condition.stringEquals('aws:PrincipalTag/team', 'blue').ifExists());
      const plain = new cdkIam.PolicyStatement({
        actions: ['s3:ListBucket'],
        conditions: {
          StringLike: { 's3:prefix': ['home/', 'home/${aws:username}/*'] },
          Bool: { 'aws:SecureTransport': 'true' },
          StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' },
        },
      });
      expect(typed.toStatementJson()).toEqual(plain.toStatementJson());
    });

    test('the conditions getter is a copy', () => {
      const st = new PolicyStatement({ conditions: { Bool: { a: 'true' } } });
      st.conditions.Null = { b: 'true' };
      expect(st.conditions).toEqual({ Bool: { a: 'true' } });
    });
  });

  describe('getters, copy and freeze', () => {
    test('getters return copies of what was added', () => {
      const st = new PolicyStatement({ sid: 'S', effect: Effect.DENY, actions: ['a:b'], resources: ['r'] });
      st.actions.push('c:d');
      st.resources.push('x');
      expect(st.actions).toEqual(['a:b']);
      expect(st.resources).toEqual(['r']);
      expect(st.notActions).toEqual([]);
      expect(st.notResources).toEqual([]);
      expect(st.principals).toEqual([]);
      expect(st.notPrincipals).toEqual([]);
      expect(st.sid).toEqual('S');
      expect(st.effect).toEqual(Effect.DENY);
    });

    test('sid and effect can be set until frozen', () => {
      const st = new PolicyStatement({ actions: ['a:b'] });
      st.sid = 'X';
      st.effect = Effect.DENY;
      expect(st.toStatementJson()).toEqual({ Action: 'a:b', Effect: 'Deny', Sid: 'X' });
    });

    test('copy keeps everything, applies overrides and is not frozen', () => {
      const p = fakePrincipal({ AWS: ['arn:aws:iam::1:root'] }, { Bool: { x: 'true' } });
      const st = new PolicyStatement({ sid: 'S', effect: Effect.DENY, actions: ['a:b'], resources: ['r'], principals: [p], conditions: { Null: { y: 'true' } } }).freeze();
      const same = st.copy();
      expect(same.frozen).toBe(false);
      expect(same.toStatementJson()).toEqual(st.toStatementJson());
      expect(st.copy({ actions: ['c:d'], sid: 'T' }).toStatementJson()).toEqual({ ...st.toStatementJson(), Action: 'c:d', Sid: 'T' });
      const negated = new PolicyStatement({ notActions: ['a:b'], notResources: ['r'], notPrincipals: [p] }).copy();
      expect(negated.toStatementJson()).toEqual(new PolicyStatement({ notActions: ['a:b'], notResources: ['r'], notPrincipals: [p] }).toStatementJson());
    });

    test.each<[string, (st: PolicyStatement) => void]>([
      ['addActions', (st) => st.addActions('a:b')],
      ['addNotActions', (st) => st.addNotActions('a:b')],
      ['addResources', (st) => st.addResources('r')],
      ['addNotResources', (st) => st.addNotResources('r')],
      ['addAllResources', (st) => st.addAllResources()],
      ['addPrincipals', (st) => st.addPrincipals(fakePrincipal({ AWS: ['a'] }))],
      ['addNotPrincipals', (st) => st.addNotPrincipals(fakePrincipal({ AWS: ['a'] }))],
      ['addArnPrincipal', (st) => st.addArnPrincipal('a')],
      ['addServicePrincipal', (st) => st.addServicePrincipal('lambda')],
      ['addCondition', (st) => st.addCondition('Bool', { a: 'true' })],
      ['addConditions', (st) => st.addConditions({ Bool: { a: 'true' } })],
      ['addTypedCondition', (st) => st.addTypedCondition(Condition.bool('a', true))],
      ['addSourceArnCondition', (st) => st.addSourceArnCondition('arn')],
      ['sid', (st) => { st.sid = 'x'; }],
      ['effect', (st) => { st.effect = Effect.DENY; }],
    ])('throws on %s after freeze()', (_name, mutate) => {
      const st = new PolicyStatement().freeze();
      expect(st.frozen).toBe(true);
      expect(() => mutate(st)).toThrow(/\[StatementFrozen\]/);
    });

    test('_parts follows changes until frozen, then keeps the frozen content', () => {
      // GIVEN
      const s = new PolicyStatement({ actions: ['a:b'], resources: ['r1'] });
      expect(s._parts()).toMatchObject({ actions: ['a:b'], resources: ['r1'], effect: 'Allow', sid: undefined });
      // WHEN changed before freezing
      s.addResources('r2');
      s.addCondition('Bool', { 'aws:SecureTransport': 'true' });
      s.sid = 'S1';
      // THEN
      expect(s._parts()).toMatchObject({ resources: ['r1', 'r2'], sid: 'S1', conditions: { Bool: { 'aws:SecureTransport': 'true' } } });
      // WHEN frozen: the same (cached) parts, still equal to the content
      s.freeze();
      const frozen = s._parts();
      expect(s._parts()).toBe(frozen);
      expect(frozen).toMatchObject({ actions: ['a:b'], resources: ['r1', 'r2'], sid: 'S1', notActions: [], principals: [] });
      expect(() => s.addResources('r3')).toThrow(/\[StatementFrozen\]/);
      expect(s._parts().resources).toEqual(['r1', 'r2']);
    });

    test('freeze returns the statement itself', () => {
      const st = new PolicyStatement();
      expect(st.freeze()).toBe(st);
    });
  });

  describe('fromJson', () => {
    test.each<[string, any]>([
      ['the IAM docs S3 example', {
        Sid: 'ListObjectsInBucket', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::bucket-name'],
      }],
      ['a resource policy statement with "*" principal', {
        Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*',
      }],
      ['a NotPrincipal deny with a condition', {
        Effect: 'Deny',
        NotPrincipal: { AWS: ['arn:aws:iam::444455556666:user/Bob', 'arn:aws:iam::444455556666:root'] },
        NotAction: 's3:Get*',
        NotResource: ['a', 'b'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }],
      ['a trust policy with a service principal', {
        Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole',
      }],
    ])('reads %s like aws-cdk-lib', (_name, json) => {
      const [expected, actual] = differential((iam) => iam.PolicyStatement.fromJson(json).toStatementJson());
      expect(actual).toEqual(expected);
    });

    test('round-trips its own toJSON output', () => {
      const st = new PolicyStatement({ sid: 'A', actions: ['a:b', 'c:d'], resources: ['x'], conditions: { Bool: { a: 'true' } } });
      expect(PolicyStatement.fromJson(st.toJSON()).toJSON()).toEqual(st.toJSON());
    });

    test.each<[string, any]>([
      ['a non-object', 'Allow'],
      ['an array', [{ Effect: 'Allow', Action: 'a:b' }]],
      ['an unknown key', { Effect: 'Allow', Action: 'a:b', Resources: ['x'] }],
      ['a numeric Action', { Effect: 'Allow', Action: 3 }],
      ['a list with a non-string Resource', { Effect: 'Allow', Action: 'a:b', Resource: ['x', { 'Fn::GetAtt': ['a', 'Arn'] }] }],
      ['a lower-case Effect', { Effect: 'allow', Action: 'a:b' }],
      ['a numeric Principal', { Effect: 'Allow', Action: 'a:b', Principal: 3 }],
      ['a numeric Sid', { Sid: 1, Effect: 'Allow', Action: 'a:b' }],
      ['a string Condition', { Effect: 'Allow', Action: 'a:b', Condition: 'StringEquals' }],
    ])('throws for %s', (_name, json) => {
      expect(() => PolicyStatement.fromJson(json)).toThrow(/\[InvalidPolicyJson\]/);
    });

    test('throws for a statement without action, like aws-cdk-lib', () => {
      const json = { Effect: 'Allow', Resource: '*' };
      expect(cdkError((iam) => iam.PolicyStatement.fromJson(json))).toMatch(/Incorrect Policy Statement/);
      expect(() => PolicyStatement.fromJson(json)).toThrow(/\[IncorrectPolicyStatement\] Incorrect Policy Statement/);
    });

    test('keeps a token Effect', () => {
      const effect = Lazy.string({ produce: () => 'Deny' });
      expect(resolveInStack(PolicyStatement.fromJson({ Effect: effect, Action: 'a:b' }).toJSON()).Effect).toEqual('Deny');
    });
  });

  describe('validation', () => {
    const cases: Array<[string, any]> = [
      ['an empty statement', {}],
      ['an identity statement', { actions: ['a:b'], resources: ['*'] }],
      ['a statement with principal and no resource', { actions: ['a:b'], principals: [new cdkIam.ArnPrincipal('arn:aws:iam::1:root')] }],
      ['a statement with not-principal and not-resource', { notActions: ['a:b'], notResources: ['x'], notPrincipals: [new cdkIam.ArnPrincipal('arn:aws:iam::1:root')] }],
      ['a non-alphanumeric sid', { sid: 'my-sid', actions: ['a:b'], resources: ['*'] }],
      ['an unresolved sid', { sid: Lazy.string({ produce: () => 'my-sid' }), actions: ['a:b'], resources: ['*'] }],
    ];

    test.each(cases)('reports the same problems as aws-cdk-lib for %s', (_name, props) => {
      const ours = new PolicyStatement(props);
      const theirs = new cdkIam.PolicyStatement(props);
      const pairs: Array<[string[], string[]]> = [
        [ours.validateForAnyPolicy(), theirs.validateForAnyPolicy()],
        [ours.validateForIdentityPolicy(), theirs.validateForIdentityPolicy()],
        [ours.validateForResourcePolicy(), theirs.validateForResourcePolicy()],
        [ours.validateForResourcePolicy({ skipResourceValidation: true }), theirs.validateForResourcePolicy({ skipResourceValidation: true })],
        [ours.validateForTrustPolicy(), theirs.validateForTrustPolicy()],
      ];
      for (const [actual, expected] of pairs) {
        expect(actual).toHaveLength(expected.length);
        actual.forEach((message, i) => {
          expect(message).toMatch(/^\[[A-Za-z]+\] /);
          // aws-cdk-lib's sentence is kept as the "what" (up to its first period)
          expect(message).toContain(expected[i].split(/\.( |$)/)[0]);
        });
      }
    });

    test.each(cases)('a document reports the same identity-policy problems as its statements for %s', (_name, props) => {
      // GIVEN a valid statement around the one under test (the document collects all messages)
      const valid = new PolicyStatement({ actions: ['a:b'], resources: ['*'] });
      const statement = new PolicyStatement(props);
      const doc = new PolicyDocument({ statements: [valid, statement, valid] });
      // THEN
      expect(doc.validateForIdentityPolicy()).toEqual(statement.validateForIdentityPolicy());
    });

    test('uses stable codes', () => {
      expect(new PolicyStatement().validateForAnyPolicy()).toEqual([expect.stringMatching(/^\[MissingAction\]/)]);
      expect(new PolicyStatement({ actions: ['a:b'], principals: [fakePrincipal({ AWS: ['a'] })], sid: 'a b' }).validateForIdentityPolicy())
        .toEqual([expect.stringMatching(/^\[PrincipalInIdentityPolicy\]/), expect.stringMatching(/^\[MissingResource\]/), expect.stringMatching(/^\[InvalidSid\]/)]);
      expect(new PolicyStatement({ actions: ['a:b'] }).validateForTrustPolicy()).toEqual([expect.stringMatching(/^\[MissingPrincipal\]/)]);
    });
  });
});
