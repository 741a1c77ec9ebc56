import { App, Lazy, Size, Stack, aws_ec2 as ec2, aws_iam as cdk_iam, aws_kms as kms, aws_s3 as s3 } from 'aws-cdk-lib';
import { bothSides, Side } from './differential';
import * as kit from '../../src';
import { PolicyReport } from '../../src/identities/private/policy-report';

/*
 * aws-cdk-lib changes a statement after handing it to `addToPrincipalPolicy` (e.g.
 * `grant.principalStatement.addCondition(...)`): our principals store a live view of it, so the
 * template, validation and AccessCheck see those changes.
 */

function lambdaRole(side: Side, stack: Stack) {
  return new side.iam.Role(stack, 'Role', { assumedBy: new side.iam.ServicePrincipal('ec2.amazonaws.com') });
}

function encryptedVolume(stack: Stack) {
  return new ec2.Volume(stack, 'Volume', {
    availabilityZone: 'us-east-1a',
    size: Size.gibibytes(10),
    encrypted: true,
    encryptionKey: new kms.Key(stack, 'Key'),
  });
}

describe('live aws-cdk-lib statements', () => {
  test('ec2 Volume.grantAttachVolume keeps the kms:CreateGrant conditions added after the grant', () => {
    // GIVEN / WHEN
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
      encryptedVolume(stack).grantAttachVolume(lambdaRole(side, stack));
    });

    // THEN
    expect(JSON.stringify(ours)).toContain('kms:GrantIsForAWSResource');
    expect(ours).toEqual(cdk);
  });

  test('ec2 Volume.grantAttachVolumeByResourceTag keeps the ForAnyValue:StringEquals tag condition', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
      const role = lambdaRole(side, stack);
      const instance = new cdk_iam.Role(stack, 'Other', { assumedBy: new cdk_iam.AccountRootPrincipal() });
      encryptedVolume(stack).grantAttachVolumeByResourceTag(role, [instance]);
    });

    expect(JSON.stringify(ours)).toContain('ForAnyValue:StringEquals');
    expect(ours).toEqual(cdk);
  });

  test('a condition added to grant.principalStatement after bucket.grantRead reaches the template', () => {
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const bucket = new s3.Bucket(stack, 'Bucket');
      const grant = bucket.grantRead(lambdaRole(side, stack));
      grant.principalStatement!.addCondition('StringEquals', { 'aws:PrincipalTag/team': 'blue' });
      grant.principalStatement!.addActions('s3:GetObjectTagging');
    });

    expect(JSON.stringify(ours)).toContain('aws:PrincipalTag/team');
    expect(ours).toEqual(cdk);
  });

  test('a condition added to a statement that already had conditions reaches the template', () => {
    // aws-cdk-lib's toStatementJson() hands out its live Condition object: change detection must
    // compare against a snapshot, not against that object
    const { kit: ours, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const role = lambdaRole(side, stack);
      const statement = new cdk_iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
      });
      role.addToPrincipalPolicy(statement);
      statement.addCondition('StringLike', { 'aws:PrincipalTag/project': 'p-*' });
      statement.addCondition('StringEquals', { 'aws:PrincipalTag/unit': 'u1' });
    });

    expect(JSON.stringify(ours)).toContain('aws:PrincipalTag/project');
    expect(JSON.stringify(ours)).toContain('aws:PrincipalTag/unit');
    expect(ours).toEqual(cdk);
  });

  test('AccessCheck sees a condition added after the grant', () => {
    // GIVEN
    const stack = new Stack(new App(), 'S');
    const bucket = new s3.Bucket(stack, 'Bucket');
    const role = new kit.Role(stack, 'Role', { assumedBy: new kit.ServicePrincipal('lambda.amazonaws.com') });
    const grant = bucket.grantRead(role);
    const check = () => kit.AccessCheck.of(role).can('s3:GetObject', `${bucket.bucketArn}/key`, { context: { 'aws:PrincipalTag/team': ['red'] } });
    expect(check().decision).toBe(kit.Decision.ALLOW);

    // WHEN
    grant.principalStatement!.addCondition('StringEquals', { 'aws:PrincipalTag/team': 'blue' });

    // THEN
    expect(check().decision).toBe(kit.Decision.IMPLICIT_DENY);
    expect(kit.AccessCheck.of(role).can('s3:GetObject', `${bucket.bucketArn}/key`, { context: { 'aws:PrincipalTag/team': ['blue'] } }).decision)
      .toBe(kit.Decision.ALLOW);
  });

  test('fails validation when a principal is added to the statement after the grant', () => {
    // GIVEN
    const stack = new Stack(new App(), 'S');
    const bucket = new s3.Bucket(stack, 'Bucket');
    const role = new kit.Role(stack, 'Role', { assumedBy: new kit.ServicePrincipal('lambda.amazonaws.com') });
    const grant = bucket.grantRead(role);
    const policy = role.node.findChild('DefaultPolicy');

    // WHEN
    grant.principalStatement!.addPrincipals(new cdk_iam.AnyPrincipal());

    // THEN
    expect(policy.node.validate().join('\n')).toMatch(/\[\w+\]/);
  });

  test('rendering freezes the aws-cdk-lib statement, as aws-cdk-lib does', () => {
    const stack = new Stack(new App(), 'S');
    const bucket = new s3.Bucket(stack, 'Bucket');
    const role = new kit.Role(stack, 'Role', { assumedBy: new kit.ServicePrincipal('lambda.amazonaws.com') });
    const grant = bucket.grantRead(role);

    stack.resolve((role.node.findChild('DefaultPolicy') as kit.Policy).document);

    expect(grant.principalStatement!.frozen).toBe(true);
    expect(() => grant.principalStatement!.addActions('s3:PutObject')).toThrow();
  });

  test('a precreated role (customizeRoles) reports a condition added after the grant', () => {
    // GIVEN
    const app = new App();
    const report = PolicyReport.getOrCreate(app) as PolicyReport;
    const stack = new Stack(app, 'S');
    kit.Role.customizeRoles(stack, { usePrecreatedRoles: { 'S/Role': 'precreated' } });
    const role = new kit.Role(stack, 'Role', { assumedBy: new kit.ServicePrincipal('lambda.amazonaws.com') });
    const grant = new s3.Bucket(stack, 'Bucket').grantRead(role);

    // WHEN
    grant.principalStatement!.addCondition('StringEquals', { 'aws:PrincipalTag/team': 'blue' });

    // THEN
    expect(JSON.stringify(report.toJson())).toContain('aws:PrincipalTag/team');
  });

  test('a change made through our statement detaches it from the aws-cdk-lib statement', () => {
    // GIVEN
    const foreign = new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] });
    const ours = kit.PolicyStatement._fromForeign(foreign);
    foreign.addActions('s3:GetObjectTagging');
    expect(ours.actions).toEqual(['s3:GetObject', 's3:GetObjectTagging']);

    // WHEN
    ours.addResources('arn:aws:s3:::c/*');
    foreign.addActions('s3:PutObject');

    // THEN
    expect(ours.actions).toEqual(['s3:GetObject', 's3:GetObjectTagging']);
    expect(ours.resources).toEqual(['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*']);
  });

  test('every later change to a statement without principals reaches the view (keyed by its getters)', () => {
    // GIVEN
    const foreign = new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] });
    const ours = kit.PolicyStatement._fromForeign(foreign);
    const read = () => ours.toStatementJson();
    expect(read()).toEqual({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });

    // WHEN / THEN: each change is seen
    foreign.addResources('arn:aws:s3:::c/*');
    expect(read().Resource).toEqual(['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*']);
    foreign.sid = 'ReadIt';
    expect(read().Sid).toEqual('ReadIt');
    foreign.effect = cdk_iam.Effect.DENY;
    expect(read().Effect).toEqual('Deny');
    const values = { 'aws:PrincipalTag/team': 'blue' };
    foreign.addCondition('StringEquals', values);
    expect(read().Condition).toEqual({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } });
    // an in-place change of a condition object already handed over is seen too
    (foreign.conditions.StringEquals as any)['aws:PrincipalTag/team'] = 'red';
    expect(read().Condition).toEqual({ StringEquals: { 'aws:PrincipalTag/team': 'red' } });
    foreign.addActions('s3:GetObjectTagging');
    expect(read().Action).toEqual(['s3:GetObject', 's3:GetObjectTagging']);
    expect(read()).toEqual(foreign.toStatementJson());
  });

  test('a later change to a statement with principals, and a first principal added later, reach the view', () => {
    // GIVEN
    const foreign = new cdk_iam.PolicyStatement({ actions: ['sts:AssumeRole'] });
    const ours = kit.PolicyStatement._fromForeign(foreign);

    // WHEN
    foreign.addPrincipals(new cdk_iam.AccountPrincipal('111122223333'));

    // THEN
    expect(ours.toStatementJson()).toEqual(foreign.toStatementJson());
    expect(ours.hasPrincipal).toBe(true);

    // WHEN
    foreign.addPrincipals(new cdk_iam.ServicePrincipal('ec2.amazonaws.com'));
    foreign.addCondition('StringEquals', { 'sts:ExternalId': 'x' });

    // THEN
    expect(ours.toStatementJson()).toEqual(foreign.toStatementJson());
    expect(JSON.stringify(ours.toStatementJson())).toContain('ec2.amazonaws.com');
  });

  test('a change made before the first read is seen; a change that keeps the JSON keeps the view; later changes are still seen', () => {
    // GIVEN
    const foreign = new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] });
    const ours = kit.PolicyStatement._fromForeign(foreign);

    // WHEN: changed before anything read the view
    foreign.addActions('s3:GetObjectTagging');

    // THEN
    expect(ours.actions).toEqual(['s3:GetObject', 's3:GetObjectTagging']);

    // WHEN: the same values again (same JSON), then a new one
    foreign.addActions('s3:GetObject');
    foreign.addResources('arn:aws:s3:::b/*');
    expect(ours.toStatementJson()).toEqual(foreign.toStatementJson());
    foreign.addResources('arn:aws:s3:::c/*');

    // THEN
    expect(ours.resources).toEqual(['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*']);
    expect(ours.toStatementJson()).toEqual(foreign.toStatementJson());
  });

  test('freezing the view takes in the changes made before it, then no longer follows', () => {
    // GIVEN
    const foreign = new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });
    const ours = kit.PolicyStatement._fromForeign(foreign);
    foreign.addActions('s3:PutObject');

    // WHEN
    ours.freeze();

    // THEN
    expect(foreign.frozen).toBe(true);
    expect(ours.actions).toEqual(['s3:GetObject', 's3:PutObject']);
  });

  test.each([
    ['one action, one resource', { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }],
    ['lists, sid, deny', { sid: 'S1', effect: cdk_iam.Effect.DENY, actions: ['s3:GetObject', 's3:PutObject'], resources: ['a', 'b'] }],
    ['an empty sid', { sid: '', actions: ['s3:GetObject'], resources: ['*'] }],
    ['not-lists', { notActions: ['iam:*'], notResources: ['arn:aws:iam::*:role/x'] }],
    ['a token resource', { actions: ['sqs:SendMessage'], resources: [Lazy.string({ produce: () => 'arn:aws:sqs:us-east-1:1:q' })] }],
    ['a token list of resources', { actions: ['sqs:SendMessage'], resources: Lazy.list({ produce: () => ['a', 'b'] }) }],
    ['conditions', { actions: ['s3:GetObject'], resources: ['*'], conditions: { StringEquals: { 'aws:SourceAccount': '1' }, Bool: { 'aws:SecureTransport': 'true' } } }],
    ['a principal', { actions: ['sts:AssumeRole'], principals: [new cdk_iam.AccountPrincipal('111122223333')] }],
    ['a not-principal', { effect: cdk_iam.Effect.DENY, actions: ['s3:*'], resources: ['*'], notPrincipals: [new cdk_iam.AccountPrincipal('111122223333')] }],
  ])('a view reads as the aws-cdk-lib statement: %s', (_name, props) => {
    // GIVEN
    const foreign = new cdk_iam.PolicyStatement(props as cdk_iam.PolicyStatementProps);

    // WHEN
    const ours = kit.PolicyStatement._fromForeign(foreign);

    // THEN
    const stack = new Stack();
    expect(stack.resolve(ours.toStatementJson())).toEqual(stack.resolve(foreign.toStatementJson()));
    expect(stack.resolve(kit.PolicyStatement.fromJson(foreign.toStatementJson()).toStatementJson()))
      .toEqual(stack.resolve(ours.toStatementJson()));
  });

  test('a view of a statement without actions fails as fromJson does', () => {
    const foreign = new cdk_iam.PolicyStatement({ resources: ['*'] });
    expect(() => kit.PolicyStatement._fromForeign(foreign)).toThrow(/IncorrectPolicyStatement/);
  });
});
