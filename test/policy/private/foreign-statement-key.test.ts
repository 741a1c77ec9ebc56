import { Fn, aws_iam as cdk_iam } from 'aws-cdk-lib';
import { foreignStatementJson } from '../../../src/policy/private/foreign-statement-json';
import { foreignRecord, foreignUnchanged } from '../../../src/policy/private/foreign-statement-key';

/** A record of the statement as it is now, as `_fromForeign` makes it. */
function record(foreign: cdk_iam.PolicyStatement) {
  return foreignRecord(foreignStatementJson(foreign));
}

const grant = () => new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] });

describe('foreign statement records', () => {
  test('a statement is unchanged right after its record, with or without principals', () => {
    for (const foreign of [
      grant(),
      new cdk_iam.PolicyStatement({ sid: '', notActions: ['iam:*'], notResources: ['x'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } }),
      new cdk_iam.PolicyStatement({ actions: ['sts:AssumeRole'], principals: [new cdk_iam.AccountPrincipal('111122223333')] }),
    ]) {
      expect(foreignUnchanged(foreign, record(foreign))).toBe(true);
    }
  });

  test.each([
    ['an action', (s: cdk_iam.PolicyStatement) => s.addActions('s3:PutObject')],
    ['a resource', (s: cdk_iam.PolicyStatement) => s.addResources('arn:aws:s3:::c/*')],
    ['a sid', (s: cdk_iam.PolicyStatement) => { s.sid = 'S'; }],
    ['an empty sid', (s: cdk_iam.PolicyStatement) => { s.sid = ''; }],
    ['the effect', (s: cdk_iam.PolicyStatement) => { s.effect = cdk_iam.Effect.DENY; }],
    ['a condition', (s: cdk_iam.PolicyStatement) => s.addCondition('Bool', { 'aws:SecureTransport': 'true' })],
    ['a principal', (s: cdk_iam.PolicyStatement) => s.addPrincipals(new cdk_iam.AccountPrincipal('111122223333'))],
    ['a not-principal', (s: cdk_iam.PolicyStatement) => s.addNotPrincipals(new cdk_iam.AccountPrincipal('111122223333'))],
  ])('adding %s is a change', (_name, change) => {
    // GIVEN
    const foreign = grant();
    const before = record(foreign);

    // WHEN
    change(foreign);

    // THEN
    expect(foreignUnchanged(foreign, before)).toBe(false);
  });

  test('a not-list added to an empty statement is a change', () => {
    const foreign = new cdk_iam.PolicyStatement();
    const before = record(foreign);
    foreign.addNotActions('iam:*');
    expect(foreignUnchanged(foreign, before)).toBe(false);
    const after = record(foreign);
    foreign.addNotResources('x');
    expect(foreignUnchanged(foreign, after)).toBe(false);
  });

  test('adding what is already there (the same JSON) is no change', () => {
    const foreign = grant();
    const before = record(foreign);
    foreign.addActions('s3:GetObject');
    foreign.addResources('arn:aws:s3:::b/*');
    foreign.effect = cdk_iam.Effect.ALLOW;
    expect(foreignUnchanged(foreign, before)).toBe(true);
  });

  test('a condition block changed in place is a change; an equal token object is compared by identity', () => {
    // GIVEN
    const block: { [key: string]: any } = { 'aws:PrincipalTag/team': 'blue' };
    const foreign = grant();
    foreign.addCondition('StringEquals', block);
    const before = record(foreign);

    // WHEN
    block['aws:PrincipalTag/team'] = 'red';

    // THEN
    expect(foreignUnchanged(foreign, before)).toBe(false);

    // GIVEN
    block['aws:PrincipalTag/team'] = Fn.getAtt('R', 'Team');
    const withToken = record(foreign);
    expect(foreignUnchanged(foreign, withToken)).toBe(true);

    // WHEN: another token object that prints the same
    block['aws:PrincipalTag/team'] = Fn.getAtt('R', 'Team');

    // THEN
    expect(foreignUnchanged(foreign, withToken)).toBe(false);
  });

  test('a later change to a statement with principals is a change', () => {
    const foreign = new cdk_iam.PolicyStatement({ actions: ['sts:AssumeRole'], principals: [new cdk_iam.AccountPrincipal('111122223333')] });
    const before = record(foreign);
    foreign.addPrincipals(new cdk_iam.ServicePrincipal('ec2.amazonaws.com'));
    expect(foreignUnchanged(foreign, before)).toBe(false);
  });

  test('the record of a statement without principals keeps the lists of the JSON it was made from', () => {
    // the JSON is what our copy is built from: the record compares the very lists it holds
    const foreign = grant();
    const json = foreignStatementJson(foreign);
    const rec = foreignRecord(json) as any;
    expect(json.fromGetters).toBe(true);
    expect(rec.actions).toBe((json.json as any).Action);
    expect(rec.resources).toBe((json.json as any).Resource);
  });
});
