import * as path from 'path';
import { App, AspectPriority, Aspects, CfnResource, CustomResourceProvider, CustomResourceProviderRuntime, Stack, Stage, aws_iam as cdkiam } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { IConstruct } from 'constructs';
import { PermissionsBoundary } from '../../src/boundary';
import { effectivePermissionsBoundary } from '../../src/identities/private/boundary-records';

/*
 * Differential tests: the same tree is built twice, once with aws-cdk-lib's
 * `iam.PermissionsBoundary` and once with ours; the templates must be equal. The graph's view of
 * the boundary is checked against the synthesized template.
 */

const HANDLER_DIR = path.join(__dirname, 'fixtures', 'provider');

type Boundary = { apply(policy: any): void; clear(): void };
type BoundaryOf = (scope: IConstruct) => Boundary;
const OURS: BoundaryOf = scope => PermissionsBoundary.of(scope);
const THEIRS: BoundaryOf = scope => cdkiam.PermissionsBoundary.of(scope);

interface Tree {
  readonly app: App;
  readonly stack: Stack;
  readonly targets: IConstruct[];
}

/** A stack with every kind of IAM role/user resource the boundary must reach. */
function buildTree(context: Record<string, any> = {}): Tree {
  const app = new App({ context });
  const stack = new Stack(app, 'Stack');
  const bare = new CfnResource(stack, 'BareRole', {
    type: 'AWS::IAM::Role',
    properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] } },
  });
  const bareUser = new CfnResource(stack, 'BareUser', { type: 'AWS::IAM::User' });
  const cfnRole = new cdkiam.CfnRole(stack, 'CfnRole', { assumeRolePolicyDocument: {} });
  const cfnUser = new cdkiam.CfnUser(stack, 'CfnUser', {
    permissionsBoundary: 'arn:aws:iam::123456789012:policy/declared',
  });
  const provider = CustomResourceProvider.getOrCreateProvider(stack, 'Custom::Thing', {
    codeDirectory: HANDLER_DIR,
    runtime: CustomResourceProviderRuntime.NODEJS_22_X,
  });
  new CfnResource(stack, 'NotIam', { type: 'AWS::SQS::Queue' });
  const providerRole = provider.node.findChild('Role');
  return { app, stack, targets: [bare, bareUser, cfnRole, cfnUser, providerRole] };
}

function synth(boundaryOf: BoundaryOf, arrange: (tree: Tree, of: BoundaryOf) => void, context?: Record<string, any>) {
  const tree = buildTree(context);
  arrange(tree, boundaryOf);
  return { tree, template: Template.fromStack(tree.stack).toJSON() };
}

function boundaryPolicy(scope: IConstruct, name: string): any {
  return cdkiam.ManagedPolicy.fromManagedPolicyName(scope, `Boundary${name}`, name);
}

const ARRANGEMENTS: Record<string, (tree: Tree, of: BoundaryOf) => void> = {
  'apply on the stack': ({ stack }, of) => of(stack).apply(boundaryPolicy(stack, 'pb')),
  'apply on the app': ({ app, stack }, of) => of(app).apply(boundaryPolicy(stack, 'pb')),
  'apply on one resource only': ({ stack, targets }, of) => of(targets[0]).apply(boundaryPolicy(stack, 'pb')),
  'clear on the stack': ({ stack }, of) => of(stack).clear(),
  'inner apply wins over outer apply': ({ app, stack, targets }, of) => {
    of(app).apply(boundaryPolicy(stack, 'outer'));
    of(targets[2]).apply(boundaryPolicy(stack, 'inner'));
  },
  'inner clear wins over outer apply': ({ stack, targets }, of) => {
    of(stack).apply(boundaryPolicy(stack, 'outer'));
    of(targets[1]).clear();
  },
  'later apply on the same scope wins': ({ stack }, of) => {
    of(stack).apply(boundaryPolicy(stack, 'first'));
    of(stack).apply(boundaryPolicy(stack, 'second'));
  },
  'apply after clear on the same scope': ({ stack }, of) => {
    of(stack).clear();
    of(stack).apply(boundaryPolicy(stack, 'again'));
  },
  'AWS managed policy as boundary': ({ stack }, of) =>
    of(stack).apply(cdkiam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')),
};

const FLAG_SETS: Record<string, Record<string, any>> = {
  'default flags': {},
  'mutating aspect priorities': { '@aws-cdk/core:aspectPrioritiesMutating': true },
  'context boundary by name': { '@aws-cdk/core:permissionsBoundary': { name: 'ctx-pb-${Qualifier}' } },
  'context boundary by ARN': { '@aws-cdk/core:permissionsBoundary': { arn: 'arn:aws:iam::123456789012:policy/ctx' } },
};

describe('PermissionsBoundary', () => {
  describe.each(Object.entries(FLAG_SETS))('with %s', (_flags, context) => {
    test.each(Object.keys(ARRANGEMENTS))('synthesizes what aws-cdk-lib does: %s', (name) => {
      // GIVEN / WHEN
      const theirs = synth(THEIRS, ARRANGEMENTS[name], context);
      const ours = synth(OURS, ARRANGEMENTS[name], context);

      // THEN
      expect(ours.template).toEqual(theirs.template);
    });

    test.each(Object.keys(ARRANGEMENTS))('reports to the graph the boundary the template holds: %s', (name) => {
      // GIVEN
      const { tree, template } = synth(OURS, ARRANGEMENTS[name], context);

      // THEN
      for (const target of tree.targets) {
        const resource = target as CfnResource;
        const declared = resource.node.id === 'CfnUser'
          ? { managedPolicyArn: 'arn:aws:iam::123456789012:policy/declared' }
          : undefined;
        const inGraph = effectivePermissionsBoundary(resource, declared);
        const inTemplate = template.Resources[tree.stack.getLogicalId(resource)].Properties?.PermissionsBoundary;
        expect(inGraph ? tree.stack.resolve(inGraph.arn) : undefined).toEqual(inTemplate);
      }
    });
  });

  test('reaches plain CfnResource roles and users, CfnRole and custom resource provider roles', () => {
    // GIVEN
    const { tree, template } = synth(OURS, ({ stack: s }, of) =>
      of(s).apply({ managedPolicyArn: 'arn:aws:iam::123456789012:policy/pb' } as any));

    // THEN
    const withBoundary = Object.entries(template.Resources as Record<string, any>)
      .filter(([, r]) => r.Properties?.PermissionsBoundary === 'arn:aws:iam::123456789012:policy/pb')
      .map(([, r]) => r.Type);
    expect(withBoundary.sort()).toEqual(['AWS::IAM::Role', 'AWS::IAM::Role', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::User']);
    const queue = tree.stack.node.findChild('NotIam') as CfnResource;
    expect(template.Resources[tree.stack.getLogicalId(queue)].Properties).toBeUndefined();
  });

  test('adds its aspect with MUTATING priority when the mutating priorities flag is on', () => {
    // GIVEN
    const app = new App({ context: { '@aws-cdk/core:aspectPrioritiesMutating': true } });
    const stack = new Stack(app, 'Stack');

    // WHEN
    PermissionsBoundary.of(stack).clear();

    // THEN
    const applied = Aspects.of(stack).applied;
    expect(applied[applied.length - 1].priority).toBe(AspectPriority.MUTATING);
  });

  test('adds its aspect with DEFAULT priority when the mutating priorities flag is off', () => {
    // GIVEN
    const app = new App({ context: { '@aws-cdk/core:aspectPrioritiesMutating': false } });
    const stack = new Stack(app, 'Stack');

    // WHEN
    PermissionsBoundary.of(stack).clear();

    // THEN
    const applied = Aspects.of(stack).applied;
    expect(applied[applied.length - 1].priority).toBe(AspectPriority.DEFAULT);
  });

  test('an apply on the App does not reach a nested Stage (as aws-cdk-lib)', () => {
    // GIVEN
    for (const [of, graphKnows] of [[OURS, true], [THEIRS, false]] as Array<[BoundaryOf, boolean]>) {
      const app = new App();
      const stage = new Stage(app, 'Stage');
      const stack = new Stack(stage, 'Stack');
      const role = new cdkiam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: {} });

      // WHEN
      of(app).apply({ managedPolicyArn: 'arn:aws:iam::123456789012:policy/app' } as any);
      of(stage).apply({ managedPolicyArn: 'arn:aws:iam::123456789012:policy/stage' } as any);

      // THEN
      const template = Template.fromStack(stack).toJSON();
      expect(template.Resources.Role.Properties.PermissionsBoundary).toEqual('arn:aws:iam::123456789012:policy/stage');
      if (graphKnows) {
        expect(effectivePermissionsBoundary(role)?.arn).toEqual('arn:aws:iam::123456789012:policy/stage');
      }
    }
  });
});
