/*
 * Workload 2: R roles with S statements each, drawn from a small shared set of actions and
 * resources, so that minimizePolicies merges within each role (minimize on).
 */
import { ACTIONS, Workload, resourceFor } from './types';

export const manyRoles: Workload = {
  id: 'many-roles',
  context: () => ({ '@aws-cdk/aws-iam:minimizePolicies': true }),
  build(iam, stack, p) {
    const roles = Number(p.roles);
    const statements = Number(p.statements);
    for (let r = 0; r < roles; r++) {
      const role = new iam.Role(stack, `Role${r}`, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      for (let s = 0; s < statements; s++) {
        // 4 action sets shared by all roles; resources from a pool of 25 per role
        const actions = [ACTIONS[(s % 4) * 2], ACTIONS[(s % 4) * 2 + 1]];
        role.addToPolicy(new iam.PolicyStatement({
          actions,
          resources: [resourceFor(actions[0], (r * 7 + s * 3) % 25)],
        }));
      }
    }
  },
};
