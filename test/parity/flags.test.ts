import { Stack } from 'aws-cdk-lib';
import { Scenario, parityTable } from './harness';

/* Policy minimization and the imported-role default policy name, under both iam feature flags. */

const FLAGGED: Record<string, Scenario> = {
  'statements that minimize into fewer': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const action of ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [action], resources: ['arn:aws:s3:::b/*'] }));
    }
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::c/*'] }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }));
  },

  'trust policy statements that minimize': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.assumeRolePolicy!.addStatements(new iam.PolicyStatement({
      actions: ['sts:AssumeRole'],
      principals: [new iam.ServicePrincipal('ec2.amazonaws.com')],
    }));
  },

  'policy large enough to be split': (iam, stack) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (let i = 0; i < 200; i++) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({
        actions: [`s3:GetObject${i % 7}`],
        resources: [`arn:aws:s3:::bucket-with-a-rather-long-name-${i}/some/prefix/*`],
      }));
    }
  },

  'two imported roles of one ARN in two stacks': (iam, stack, app) => {
    const other = new Stack(app, 'Other');
    for (const s of [stack, other]) {
      const role = iam.Role.fromRoleArn(s, 'Imported', 'arn:aws:iam::111111111111:role/shared');
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    }
  },

  'grant statements on one principal merged': (iam, stack) => {
    const user = new iam.User(stack, 'User');
    const a = new iam.Role(stack, 'A', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const b = new iam.Role(stack, 'B', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    a.grantPassRole(user);
    b.grantPassRole(user);
    a.grantAssumeRole(user);
  },
};

describe('parity: feature flags and minimization', () => {
  parityTable(FLAGGED);
});
