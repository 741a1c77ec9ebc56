import { templateTargets } from '../../src/validation/cfn-targets';

describe('templateTargets', () => {
  const resources = {
    Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'r', AssumeRolePolicyDocument: { Statement: [] }, Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: [] } }], ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] } },
    Pol: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'x', Roles: [{ Ref: 'Role' }], PolicyDocument: { Statement: [] } } },
    Managed: { Type: 'AWS::IAM::ManagedPolicy', Properties: { Roles: [{ Ref: 'Role' }], PolicyDocument: { Statement: [] } } },
    BucketPolicy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: { Statement: [] } } },
    Queue: { Type: 'AWS::SQS::Queue', Properties: {} },
  };

  test('builds one target per IAM resource, with trust, inline and size-only documents', () => {
    const targets = templateTargets(resources, (id) => `T/${id}`);
    expect(targets.map((t) => [t.path, t.kind])).toEqual([
      ['T/Role', 'role'], ['T/Pol', 'inline-policy'], ['T/Managed', 'managed-policy'], ['T/BucketPolicy', 'resource-policy'],
    ]);
    const role = targets[0];
    expect(role.documents.map((d) => [d.kind, d.location, d.sizeOnly ?? false])).toEqual([
      ['trust', 'Properties.AssumeRolePolicyDocument', false],
      ['identity', 'Properties.Policies[0].PolicyDocument', false],
      ['identity', 'Pol.Properties.PolicyDocument', true],
    ]);
    expect(role.entity?.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess', { Ref: 'Managed' }]);
    expect(role.entity?.name).toBe('r');
  });
});
