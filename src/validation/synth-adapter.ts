import { Annotations, CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { CfnResourceJson, templateTargets } from './cfn-targets';
import { formatFinding, validate } from './engine';
import { Finding, Severity } from './finding';
import { IamValidator } from './iam-validator';
import { ValidationMemo } from './private/validation-memo';
import { inStageValidation, renderResource, watchStageValidation } from './rendered-resources';

/*
 * The one file of the validation layer that touches constructs: it wires the engine into synth.
 *
 * Phase: aws-cdk-lib synthesizes in the order aspects → prepare → validateTree → synthesizeTree.
 * Our check runs as a `node.addValidation` hook, i.e. in validateTree: every token can be resolved
 * by then, and annotations added there are still written to the cloud assembly (metadata is
 * collected in synthesizeTree), so warnings can be acknowledged the usual CDK way.
 *
 * Each enabled construct reports the findings of the CloudFormation IAM resources below it whose
 * nearest enabled ancestor it is. Targets are built once per stack per synth from all IAM
 * resources of the stack, so that a role's aggregate inline policy size counts policies created
 * elsewhere in the stack.
 */

const ENABLED = Symbol.for('cdk-iam-kit.IamValidationEnabled');
const CACHE = Symbol.for('cdk-iam-kit.IamValidationCache');
const STACK_HOOK = Symbol.for('cdk-iam-kit.IamValidationStackHook');

/** CloudFormation types whose policies and names the validator reads. */
const TYPES = new Set([
  'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy',
  'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy', 'AWS::IAM::InstanceProfile',
  'AWS::S3::BucketPolicy', 'AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy', 'AWS::KMS::Key',
  'AWS::ECR::Repository', 'AWS::SecretsManager::ResourcePolicy', 'AWS::OpenSearchService::Domain',
  'AWS::Backup::BackupVault', 'AWS::EFS::FileSystem',
]);

interface StackResults {
  /** The targets each enabled construct reports, by that construct. */
  readonly byOwner: Map<IConstruct, Array<{ resource: CfnResource; targetIndex: number }>>;
  readonly targets: ReturnType<typeof templateTargets>;
  /** One memo for every engine call over these targets: resolved for this synth, only read. */
  readonly memo: ValidationMemo;
}

/**
 * Validate the IAM resources below `construct` at synth. Idempotent. Called once by each
 * cdk-iam-kit L2 construct (Role, User, Group, Policy, ManagedPolicy) in its constructor.
 *
 * @internal
 */
export function _enableIamValidation(construct: IConstruct): void {
  const holder = construct as unknown as Record<symbol, boolean | undefined>;
  if (holder[ENABLED]) { return; }
  Object.defineProperty(construct, ENABLED, { value: true, enumerable: false });
  construct.node.addValidation({ validate: () => report(construct) });
  if (inStack(construct)) { ensureStackHook(Stack.of(construct)); }
}

/**
 * The stack's results are built once per synth. aws-cdk-lib validates the tree in pre-order, so a
 * hook on the stack runs before the hooks of the constructs below it: it builds the results fresh
 * (the tree may have changed since the last synth, even within one tick) and those hooks read them.
 * Without it every hook would walk the whole stack again: quadratic in the size of the app.
 */
function ensureStackHook(stack: Stack): void {
  const holder = stack as unknown as Record<symbol, boolean | undefined>;
  if (holder[STACK_HOOK]) { return; }
  Object.defineProperty(stack, STACK_HOOK, { value: true, enumerable: false });
  watchStageValidation(stack);
  stack.node.addValidation({ validate: () => { if (_iamValidationOn(stack)) { stackResults(stack, true); } return []; } });
}

/** True when validation was enabled on this construct. @internal */
export function _isIamValidationEnabled(construct: IConstruct): boolean {
  return (construct as unknown as Record<symbol, boolean | undefined>)[ENABLED] === true;
}

/** The context key that turns the synth-time validation on (`true`) or off (`false`). */
const CONTEXT_KEY = 'cdk-iam-kit:validation';

/**
 * Whether the synth-time validation runs for this construct. It follows the CDK's own switch for
 * synth-time validation, `CDK_VALIDATION=false` (what `cdk synth --no-validation` sets), unless
 * `CDK_IAM_KIT_VALIDATION` (`true`/`false`) or the context key `cdk-iam-kit:validation` says
 * otherwise; the context wins, being set by the app itself.
 *
 * @internal
 */
export function _iamValidationOn(construct: IConstruct): boolean {
  const fromContext = construct.node.tryGetContext(CONTEXT_KEY);
  if (fromContext !== undefined) { return fromContext !== false && fromContext !== 'false'; }
  const ours = process.env.CDK_IAM_KIT_VALIDATION;
  if (ours !== undefined && ours !== '') { return ours !== 'false'; }
  return process.env.CDK_VALIDATION !== 'false';
}

function report(construct: IConstruct): string[] {
  const errors: string[] = [];
  if (!_iamValidationOn(construct)) { return errors; }
  // a construct below a stack reads what the stack's hook built in this synth; one on the stack
  // itself or above it (App, Stage) is validated before that hook runs, so it builds them
  const below = inStack(construct);
  const fresh = !below || Stack.isStack(construct);
  for (const stack of below ? [Stack.of(construct)] : stacksBelow(construct)) {
    const results = stackResults(stack, fresh);
    for (const { resource, targetIndex } of results.byOwner.get(construct) ?? []) {
      const options = IamValidator._optionsFor(resource);
      const engineOptions = { severities: options.severities, limits: options.limits, memo: results.memo };
      const findings = validate(results.targets[targetIndex], engineOptions).filter((f) => !options.acknowledged.has(f.ruleId));
      // annotations of constructs outside any stack (an App, a Stage) are not written to the
      // assembly: there they go on the resource itself
      const annotated = below ? construct : resource;
      for (const f of findings) { errors.push(...emit(annotated, f)); }
    }
  }
  return errors;
}

function inStack(construct: IConstruct): boolean {
  // walks up the scope chain instead of materializing node.scopes (an array per call)
  for (let c: IConstruct | undefined = construct; c; c = c.node.scope) {
    if (Stack.isStack(c)) { return true; }
  }
  return false;
}

/** Every stack below a construct that is in no stack (an App or a Stage). */
function stacksBelow(construct: IConstruct): Stack[] {
  return construct.node.findAll().filter((c): c is Stack => Stack.isStack(c));
}

function emit(construct: IConstruct, f: Finding): string[] {
  // formatFinding renders `[RuleId] message; fix`, the formatIamMessage shape
  const text = f.path === construct.node.path ? formatFinding(f) : `${formatFinding(f)} (at '${f.path}')`;
  if (f.severity === Severity.ERROR) { return [text]; }
  if (f.severity === Severity.WARNING) {
    Annotations.of(construct).addWarningV2(`cdk-iam-kit:${f.ruleId}`, text);
  } else {
    Annotations.of(construct).addInfo(text);
  }
  return [];
}

/** The nearest ancestor (or self) of a resource on which validation is enabled. */
function owner(resource: IConstruct): IConstruct | undefined {
  // walks up the scope chain instead of materializing node.scopes (an array per call)
  for (let c: IConstruct | undefined = resource; c; c = c.node.scope) {
    if (_isIamValidationEnabled(c)) { return c; }
  }
  return undefined;
}

function stackResults(stack: Stack, fresh: boolean): StackResults {
  const holder = stack as unknown as Record<symbol, StackResults | undefined>;
  const cached = holder[CACHE];
  if (cached && !fresh) { return cached; }
  const resources = stack.node.findAll().filter((c): c is CfnResource =>
    CfnResource.isCfnResource(c) && TYPES.has(c.cfnResourceType) && Stack.of(c) === stack);

  const json: Record<string, CfnResourceJson> = {};
  // construct paths are computed once per resource (node.path builds node.scopes and joins it)
  const pathByLogicalId = new Map<string, string>();
  const byConstructPath = new Map<string, CfnResource>();
  // inside a synth, the synthesis of the stack reuses what is resolved here (rendered-resources.ts)
  const offer = fresh && inStageValidation(stack);
  for (const r of resources) {
    try {
      const resolved = renderResource(stack, r, offer) as { Resources?: Record<string, CfnResourceJson> };
      const path = r.node.path;
      byConstructPath.set(path, r);
      for (const [id, body] of Object.entries(resolved.Resources ?? {})) { json[id] = body; pathByLogicalId.set(id, path); }
    } catch {
      // a resource that cannot be resolved here is left to CloudFormation: never reject what we cannot read
    }
  }
  const targets = templateTargets(json, (id) => pathByLogicalId.get(id) ?? id);
  const byOwner = new Map<IConstruct, Array<{ resource: CfnResource; targetIndex: number }>>();
  for (let i = 0; i < targets.length; i++) {
    const r = byConstructPath.get(targets[i].path);
    const o = r && owner(r);
    if (!r || !o) { continue; }
    const list = byOwner.get(o);
    if (list) { list.push({ resource: r, targetIndex: i }); } else { byOwner.set(o, [{ resource: r, targetIndex: i }]); }
  }
  const results: StackResults = { byOwner, targets, memo: new ValidationMemo() };
  Object.defineProperty(stack, CACHE, { value: results, enumerable: false, configurable: true, writable: true });
  // the results serve one synchronous synth; drop them before anything can change the tree again
  queueMicrotask(() => { holder[CACHE] = undefined; });
  return results;
}

/**
 * The IamValidator settings in force for each resource of a synthesized template, found in the
 * construct tree (for the policy validation plugin). Keyed by logical id; empty when the tree is
 * not available or the template is not one of its stacks.
 *
 * @internal
 */
export function _treeOptionsForTemplate(app: IConstruct | undefined, templatePath: string): Map<string, ReturnType<typeof IamValidator._optionsFor>> {
  const out = new Map<string, ReturnType<typeof IamValidator._optionsFor>>();
  if (!app) { return out; }
  const file = templatePath.split(/[\\/]/).pop();
  const stack = app.node.findAll().find((c): c is Stack => Stack.isStack(c) && c.templateFile === file);
  if (!stack) { return out; }
  for (const c of stack.node.findAll()) {
    if (!CfnResource.isCfnResource(c) || Stack.of(c) !== stack || !TYPES.has(c.cfnResourceType)) { continue; }
    out.set(stack.resolve(c.logicalId), IamValidator._optionsFor(c));
  }
  return out;
}
