/*
 * Workload 1: one role with N statements on distinct resources (actions cycle through 10, so
 * that minimizePolicies has merging to do), with minimizePolicies on or off.
 */
import { ACTIONS, Workload, resourceFor } from './types';

export const oneRole: Workload = {
  id: 'one-role',
  relaxedRules: ['TooManyManagedPolicies', 'PolicySize'],
  context: (p) => ({ '@aws-cdk/aws-iam:minimizePolicies': p.minimize === true }),
  build(iam, stack, p) {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const n = Number(p.n);
    for (let i = 0; i < n; i++) {
      const action = ACTIONS[i % ACTIONS.length];
      role.addToPolicy(new iam.PolicyStatement({ actions: [action], resources: [resourceFor(action, i)] }));
    }
  },
};
