import { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { CdkBridge } from './cdk-bridge';
import { ForeignRoleView } from './foreign-role-view';
import { registerForeignGraphView } from '../../policy/private/graph';

/*
 * Lets evaluation read an aws-cdk-lib role handed to it directly (`AccessCheck.of(fn.role!)`):
 * the graph view is the one `CdkBridge.fromCdkRole` returns. Only roles that aws-cdk-lib defines
 * in this app (with a `CfnRole`) are read; anything else is left to the caller's fallback.
 */
registerForeignGraphView((x: unknown) => {
  if (typeof x !== 'object' || x === null || !cdk_iam.Role.isRole(x)) { return undefined; }
  const view = CdkBridge.fromCdkRole(x);
  return view instanceof ForeignRoleView ? view : undefined;
});
