import { App, Stack } from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as fc from 'fast-check';
import * as ours from '../../src/policy';

/*
 * Property-based differential test: random sequences of PolicyStatement calls applied to
 * aws-cdk-lib and to this library must either both throw or render the same JSON, alone and in
 * a document (with and without minimize).
 */

type Op =
  | { kind: 'actions' | 'notActions' | 'resources' | 'notResources'; values: string[] }
  | { kind: 'allResources' | 'anyPrincipal' | 'accountRoot' }
  | { kind: 'arn' | 'service' | 'account' | 'canonical'; value: string }
  | { kind: 'condition'; operator: string; key: string; value: string }
  | { kind: 'sid'; value: string };

const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:*', 'sqs:SendMessage', 'kms:Decrypt', '*'];
const RESOURCES = ['*', 'arn:aws:s3:::b', 'arn:aws:s3:::b/*', 'arn:aws:sqs:us-east-1:123456789012:q'];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('actions' as const, 'notActions' as const),
    values: fc.array(fc.constantFrom(...ACTIONS), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constantFrom('resources' as const, 'notResources' as const),
    values: fc.array(fc.constantFrom(...RESOURCES), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constantFrom('allResources' as const, 'anyPrincipal' as const, 'accountRoot' as const) }),
  fc.record({ kind: fc.constant('arn' as const), value: fc.constantFrom('arn:aws:iam::123456789012:role/a', 'arn:aws:iam::111122223333:root') }),
  fc.record({ kind: fc.constant('service' as const), value: fc.constantFrom('lambda', 'ec2.amazonaws.com', 'states.amazonaws.com.cn') }),
  fc.record({ kind: fc.constant('account' as const), value: fc.constantFrom('123456789012', '111122223333') }),
  fc.record({ kind: fc.constant('canonical' as const), value: fc.constant('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be') }),
  fc.record({
    kind: fc.constant('condition' as const),
    operator: fc.constantFrom('StringEquals', 'Bool'),
    key: fc.constantFrom('aws:SourceAccount', 'aws:SecureTransport'),
    value: fc.constantFrom('true', '123456789012'),
  }),
  fc.record({ kind: fc.constant('sid' as const), value: fc.constantFrom('A', 'B') }),
);

const statementSpec = fc.record({ deny: fc.boolean(), ops: fc.array(op, { maxLength: 8 }) });

function build(iam: any, spec: { deny: boolean; ops: Op[] }): any {
  const st = new iam.PolicyStatement({ effect: spec.deny ? iam.Effect.DENY : iam.Effect.ALLOW });
  for (const o of spec.ops) {
    switch (o.kind) {
      case 'actions': st.addActions(...o.values); break;
      case 'notActions': st.addNotActions(...o.values); break;
      case 'resources': st.addResources(...o.values); break;
      case 'notResources': st.addNotResources(...o.values); break;
      case 'allResources': st.addAllResources(); break;
      case 'anyPrincipal': st.addAnyPrincipal(); break;
      case 'accountRoot': st.addAccountRootPrincipal(); break;
      case 'arn': st.addArnPrincipal(o.value); break;
      case 'service': st.addServicePrincipal(o.value); break;
      case 'account': st.addAwsAccountPrincipal(o.value); break;
      case 'canonical': st.addCanonicalUserPrincipal(o.value); break;
      case 'condition': st.addCondition(o.operator, { [o.key]: o.value }); break;
      case 'sid': st.sid = o.value; break;
    }
  }
  return st;
}

/** The built statement, or the fact that building threw. */
function attempt(iam: any, spec: { deny: boolean; ops: Op[] }): any {
  try {
    return build(iam, spec);
  } catch {
    return 'threw';
  }
}

function render(value: unknown): any {
  return new Stack(new App(), 'Stack').resolve(value);
}

describe('PolicyStatement (random differential)', () => {
  test('random call sequences render like aws-cdk-lib', () => {
    let built = 0;
    fc.assert(fc.property(statementSpec, (spec) => {
      const theirs = attempt(cdkIam, spec);
      const mine = attempt(ours, spec);
      if (theirs === 'threw' || mine === 'threw') {
        expect(mine === 'threw').toBe(theirs === 'threw');
        return;
      }
      built++;
      expect(render(mine.toStatementJson())).toEqual(render(theirs.toStatementJson()));
      expect(mine.hasPrincipal).toBe(theirs.hasPrincipal);
      expect(mine.hasResource).toBe(theirs.hasResource);
      expect(mine.validateForIdentityPolicy().length).toBe(theirs.validateForIdentityPolicy().length);
      expect(mine.validateForResourcePolicy().length).toBe(theirs.validateForResourcePolicy().length);
    }), { numRuns: 300, seed: 20261123 });
    // the generator must mostly produce valid statements, or the comparison above proves little
    expect(built).toBeGreaterThan(100);
  });

  test('random documents render like aws-cdk-lib, with and without minimize', () => {
    fc.assert(fc.property(fc.array(statementSpec, { minLength: 1, maxLength: 6 }), fc.boolean(), (specs, minimize) => {
      const theirs = specs.map((s) => attempt(cdkIam, s));
      const mine = specs.map((s) => attempt(ours, s));
      expect(mine.map((s) => s === 'threw')).toEqual(theirs.map((s) => s === 'threw'));
      const docOf = (iam: any, statements: any[]) =>
        new iam.PolicyDocument({ minimize, statements: statements.filter((s) => s !== 'threw') });
      expect(render(docOf(ours, mine))).toEqual(render(docOf(cdkIam, theirs)));
    }), { numRuns: 150, seed: 20261124 });
  });
});
