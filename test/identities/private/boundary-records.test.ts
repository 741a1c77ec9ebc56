import { App, Stack, Stage } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { PermissionsBoundary } from '../../../src/boundary';
import { ManagedPolicy, Role, User } from '../../../src/identities';
import { effectivePermissionsBoundary } from '../../../src/identities/private/boundary-records';
import { PolicyStatement } from '../../../src/policy';
import { ServicePrincipal } from '../../../src/principals';

/*
 * The boundary in effect is cached per resource (src/identities/private/boundary-records.ts):
 * every apply/clear recorded afterwards, on any scope, must be seen by the next read.
 */

function boundary(scope: Construct, id: string): ManagedPolicy {
  return new ManagedPolicy(scope, id, { statements: [new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] });
}

describe('effectivePermissionsBoundary (cached)', () => {
  test('sees applies and clears made after a read, on each ancestor scope, in aspect order', () => {
    const app = new App();
    const stage = new Stage(app, 'Stage');
    const stack = new Stack(stage, 'S');
    const mid = new Construct(stack, 'Mid');
    const role = new Role(mid, 'R', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const [a, b, c] = [boundary(stack, 'A'), boundary(stack, 'B'), boundary(stack, 'C')];
    const seen = () => role._graphNodeInfo().permissionsBoundary?.source;

    expect(seen()).toBeUndefined();
    PermissionsBoundary.of(app).apply(a); // the app's aspects do not reach into the stage
    expect(seen()).toBeUndefined();
    PermissionsBoundary.of(stage).apply(a);
    expect(seen()).toBe('Stage/S/A');
    PermissionsBoundary.of(mid).apply(b);
    expect(seen()).toBe('Stage/S/B');
    PermissionsBoundary.of(stack).apply(c); // outer scope: runs before the inner apply, which wins
    expect(seen()).toBe('Stage/S/B');
    PermissionsBoundary.of(role).clear();
    expect(seen()).toBeUndefined();
  });

  test('the declared boundary is part of the key; repeated reads return the same answer', () => {
    const stack = new Stack(new App(), 'S');
    const declared = boundary(stack, 'Declared');
    const user = new User(stack, 'U', { permissionsBoundary: declared });
    const resource = user.node.defaultChild as Construct;
    const first = effectivePermissionsBoundary(resource, declared);
    expect(first?.source).toBe('S/Declared');
    expect(effectivePermissionsBoundary(resource, declared)).toBe(first);
    expect(effectivePermissionsBoundary(resource)).toBeUndefined();
    const other = boundary(stack, 'Other');
    expect(effectivePermissionsBoundary(resource, other)?.source).toBe('S/Other');
    PermissionsBoundary.of(stack).apply(other);
    expect(user._graphNodeInfo().permissionsBoundary?.source).toBe('S/Other');
    expect(effectivePermissionsBoundary(resource, declared)?.source).toBe('S/Other');
  });
});
