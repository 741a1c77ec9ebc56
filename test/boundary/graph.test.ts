import { App, PermissionsBoundary as CorePermissionsBoundary, Stack, Stage } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ManagedPolicy, PermissionsBoundary, PolicyStatement, Role, ServicePrincipal, User } from '../../src';

/*
 * The boundary in effect is visible in the policy graph (PolicyGraphNodeInfo.permissionsBoundary)
 * of our roles and users, and agrees with the synthesized template.
 */

function templateBoundary(stack: Stack, identity: Role | User): unknown {
  const template = Template.fromStack(stack).toJSON();
  return template.Resources[stack.getLogicalId(identity.node.defaultChild as any)].Properties.PermissionsBoundary;
}

describe('PermissionsBoundary in the policy graph', () => {
  test('shows a boundary applied to the stack, with the policy document when it is ours', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const boundary = new ManagedPolicy(stack, 'Boundary', {
      statements: [new PolicyStatement({ actions: ['s3:*'], resources: ['*'] })],
    });
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const user = new User(stack, 'User');

    // WHEN
    PermissionsBoundary.of(stack).apply(boundary);

    // THEN
    for (const identity of [role, user]) {
      const inGraph = identity._graphNodeInfo().permissionsBoundary!;
      expect(inGraph.kind).toEqual('boundary');
      expect(inGraph.source).toEqual('Stack/Boundary');
      expect(inGraph.document).toBe(boundary.document);
      expect(stack.resolve(inGraph.arn)).toEqual(templateBoundary(stack, identity));
    }
  });

  test('shows no boundary where it was cleared, even one given as a prop', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const role = new Role(stack, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      permissionsBoundary: ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'),
    });

    // WHEN
    PermissionsBoundary.of(role).clear();

    // THEN
    expect(role._graphNodeInfo().permissionsBoundary).toBeUndefined();
    expect(templateBoundary(stack, role)).toBeUndefined();
  });

  test('shows the boundary given as a prop, by its ARN when it is an AWS managed policy', () => {
    const stack = new Stack(new App(), 'Stack');
    const user = new User(stack, 'User', { permissionsBoundary: ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess') });
    const inGraph = user._graphNodeInfo().permissionsBoundary!;
    expect(stack.resolve(inGraph.arn)).toEqual(templateBoundary(stack, user));
    expect(inGraph.document).toBeUndefined();
  });

  test('shows the boundary of the @aws-cdk/core:permissionsBoundary context, placeholders replaced', () => {
    // GIVEN
    const app = new App({
      context: { '@aws-cdk/core:permissionsBoundary': { arn: 'arn:aws:iam::${AWS::AccountId}:policy/pb-${Qualifier}-${AWS::Region}' } },
    });
    const stack = new Stack(app, 'Stack', { env: { account: '111111111111', region: 'eu-west-1' } });
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });

    // THEN
    expect(role._graphNodeInfo().permissionsBoundary!.arn).toEqual('arn:aws:iam::111111111111:policy/pb-hnb659fds-eu-west-1');
    expect(templateBoundary(stack, role)).toEqual('arn:aws:iam::111111111111:policy/pb-hnb659fds-eu-west-1');
  });

  test('an apply on the stack wins over the context; an apply on the app loses to it', () => {
    // GIVEN
    const context = { '@aws-cdk/core:permissionsBoundary': { name: 'from-context' } };
    const onStack = new Stack(new App({ context }), 'Stack');
    const appLevel = new App({ context });
    const onApp = new Stack(appLevel, 'Stack');
    const stackRole = new Role(onStack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const appRole = new Role(onApp, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });

    // WHEN
    PermissionsBoundary.of(onStack).apply(ManagedPolicy.fromManagedPolicyName(onStack, 'B', 'applied'));
    PermissionsBoundary.of(appLevel).apply(ManagedPolicy.fromManagedPolicyName(onApp, 'B', 'applied'));

    // THEN
    expect(onStack.resolve(stackRole._graphNodeInfo().permissionsBoundary!.arn)).toEqual(templateBoundary(onStack, stackRole));
    expect(JSON.stringify(templateBoundary(onStack, stackRole))).toContain('policy/applied');
    expect(onApp.resolve(appRole._graphNodeInfo().permissionsBoundary!.arn)).toEqual(templateBoundary(onApp, appRole));
    expect(JSON.stringify(templateBoundary(onApp, appRole))).toContain('policy/from-context');
  });

  test('shows the boundary a Stage or Stack prop sets (aws-cdk-lib core PermissionsBoundary)', () => {
    // GIVEN
    const app = new App();
    const stage = new Stage(app, 'Prod', { permissionsBoundary: CorePermissionsBoundary.fromName('stage-pb') });
    const inherits = new Stack(stage, 'Inherits');
    const overrides = new Stack(stage, 'Overrides', {
      permissionsBoundary: CorePermissionsBoundary.fromArn('arn:aws:iam::111111111111:policy/stack-pb'),
    });

    // WHEN
    const roles = [inherits, overrides].map(stack =>
      [stack, new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') })] as const);

    // THEN
    for (const [stack, role] of roles) {
      expect(stack.resolve(role._graphNodeInfo().permissionsBoundary!.arn)).toEqual(templateBoundary(stack, role));
    }
    expect(JSON.stringify(templateBoundary(inherits, roles[0][1]))).toContain('policy/stage-pb');
    expect(templateBoundary(overrides, roles[1][1])).toEqual('arn:aws:iam::111111111111:policy/stack-pb');
  });
});
