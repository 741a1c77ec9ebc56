import { CfnResource, Stack, Stage } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/*
 * Resolve each IAM resource once per synth instead of twice.
 *
 * The synth adapter must read the resolved JSON of the IAM resources in validateTree, and
 * aws-cdk-lib's synthesizeTree resolves the very same fragments again moments later
 * (Stack._toCloudFormation: `this.resolve(element._toCloudFormation())` per element). On an app
 * with hundreds of roles that second resolution is ~10% of the synth. So when (and only when) the
 * adapter runs inside a full synth, the resolved fragment is handed over: the resource gets a
 * one-shot own `_toCloudFormation` that returns it and removes itself.
 *
 * Why the template stays identical: stack.resolve is idempotent on resolved output (aws-cdk-lib
 * itself resolves every fragment a second time when it resolves the merged template), and nothing
 * runs between validateTree and synthesizeTree of one synth that could change a resource. (The
 * other reader of `_toCloudFormation()`, prepareApp's search for cross-stack references, runs
 * before validateTree, so it always sees the real method.)
 *
 * When the hand-over is offered: only if the validateTree of the stack's stage started in this
 * tick (a hook on the stage, which the pre-order walk visits before the stack, marks it). A stack
 * validated by hand (`stack.node.validate()`) gets no hand-over, so changing the tree afterwards
 * and synthesizing without validation cannot pick up a stale fragment. Every offer is withdrawn
 * when it is taken, when the adapter resolves the resource again (a later synth), and at the end
 * of the tick. One case is left open: a synth whose validation fails (it throws), then a change to
 * an IAM resource, then `synth({ skipValidation: true })`, all in the same tick, would hand over
 * the fragment of the failed synth (nothing marks the start of a synth that skips validation).
 */

/*
 * Marks the one-shot functions (on the function, not on the resource): the one-shot
 * `_toCloudFormation` is then the only property the hand-over adds to a resource. Removing the
 * last property added to an object keeps it in V8's fast mode; removing any other (as when a marker
 * was also added to the resource after it) turns the resource into a dictionary-mode object for
 * the rest of its life, and every later property read of it is slower.
 */
const OFFER = Symbol.for('cdk-iam-kit.IamValidationRenderedOffer');
const IN_SYNTH = Symbol.for('cdk-iam-kit.IamValidationStageInSynth');
const STAGE_HOOK = Symbol.for('cdk-iam-kit.IamValidationStageHook');

type Rendered = { Resources?: Record<string, unknown> };
type Holder = Record<symbol, unknown> & { _toCloudFormation?: () => Rendered };

/**
 * Make the stage of `stack` note when a validation of its whole tree starts (its own hook runs
 * first in aws-cdk-lib's pre-order validateTree). Idempotent.
 */
export function watchStageValidation(stack: Stack): void {
  const stage = Stage.of(stack) as IConstruct | undefined;
  if (!stage) { return; }
  const holder = stage as unknown as Holder;
  if (holder[STAGE_HOOK]) { return; }
  Object.defineProperty(stage, STAGE_HOOK, { value: true, enumerable: false });
  stage.node.addValidation({
    validate: () => {
      holder[IN_SYNTH] = true;
      queueMicrotask(() => { holder[IN_SYNTH] = undefined; });
      return [];
    },
  });
}

/** True when the tree of the stack's stage is being validated in this tick (a synth). */
export function inStageValidation(stack: Stack): boolean {
  const stage = Stage.of(stack) as unknown as Holder | undefined;
  return stage?.[IN_SYNTH] === true;
}

/**
 * The resolved CloudFormation of a resource, as `{ Resources: { <id>: ... } }`, resolved now
 * (never an earlier offer). With `offer`, aws-cdk-lib's synthesis of the stack takes this result
 * instead of resolving the resource again.
 */
export function renderResource(stack: Stack, resource: CfnResource, offer: boolean): Rendered {
  withdraw(resource);
  const rendered = stack.resolve((resource as unknown as Holder)._toCloudFormation!()) as Rendered;
  if (offer) {
    const take = function (this: Holder): Rendered { withdraw(resource); return rendered; };
    Object.defineProperty(take, OFFER, { value: true });
    Object.defineProperty(resource, '_toCloudFormation', { value: take, configurable: true, writable: true, enumerable: false });
    withdrawLater(resource);
  }
  return rendered;
}

/** Offers to withdraw at the end of the tick: one microtask for all of them, not one each. */
let pending: CfnResource[] | undefined;

function withdrawLater(resource: CfnResource): void {
  if (!pending) {
    const batch: CfnResource[] = pending = [];
    queueMicrotask(() => {
      pending = undefined;
      for (const r of batch) { withdraw(r); }
    });
  }
  pending.push(resource);
}

/** Remove the one-shot hand-over of a resource, if it still has one. */
function withdraw(resource: CfnResource): void {
  if (!Object.prototype.hasOwnProperty.call(resource, '_toCloudFormation')) { return; }
  const holder = resource as unknown as Holder;
  const own = holder._toCloudFormation as unknown as Record<symbol, unknown> | undefined;
  if (own?.[OFFER] === true) { delete holder._toCloudFormation; }
}
