import { Stack } from 'aws-cdk-lib';
import { expectSameTemplate, IamLib } from '../grants/differential';

/** Many statements on long distinct ARNs: too big for one inline policy. */
function manyStatements(count: number, action = 's3:GetObject') {
  return (stack: Stack, iam: IamLib) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (let i = 0; i < count; i++) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({
        actions: [action],
        resources: [`arn:aws:s3:::a-rather-long-bucket-name-for-testing-number-${i}/some/prefix/*`],
      }));
    }
  };
}

function documentSizes(template: any): number[] {
  return Object.values<any>(template.Resources)
    .filter(r => r.Type === 'AWS::IAM::ManagedPolicy')
    .map(r => JSON.stringify(r.Properties.PolicyDocument).length);
}

describe('Role policy split', () => {
  test('overflows into the same managed policies as aws-cdk-lib without merging', () => {
    // GIVEN / WHEN / THEN
    expectSameTemplate(manyStatements(200));
  });

  test('overflows into the same managed policies as aws-cdk-lib when minimizing', () => {
    // GIVEN a merge that would, without the merge size limit, build one huge statement
    const template = expectSameTemplate(manyStatements(200), { '@aws-cdk/aws-iam:minimizePolicies': true });

    // THEN no overflow policy grows past IAM's managed policy size
    expect(documentSizes(template).length).toBeGreaterThan(0);
    for (const size of documentSizes(template)) {
      expect(size).toBeLessThanOrEqual(6144);
    }
  });
});
