import { App, aws_iam as cdk_iam, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as federation from '../../src/federation';
import * as principals from '../../src/principals';

/** The provider API both libraries share (aws-cdk-lib's aws_iam, or this library's layers). */
export type ProviderModule = typeof cdk_iam | (typeof federation & typeof principals);

/** Our side: the federation and principal layers. */
export const KIT: ProviderModule = { ...principals, ...federation } as any;

/** Synthesize the same scenario with aws-cdk-lib and with this library; both templates. */
export function bothTemplates(
  scenario: (iam: any, stack: Stack) => void,
  context: Record<string, unknown> = {},
): { theirs: any; ours: any } {
  const run = (iam: any) => {
    const app = new App({ context });
    const stack = new Stack(app, 'Stack');
    scenario(iam, stack);
    return Template.fromStack(stack).toJSON();
  };
  return { theirs: run(cdk_iam), ours: run(KIT) };
}

/** A template without the values that differ by design (the handler code and its hash). */
export function withoutHandlerCode(template: any): any {
  const copy = JSON.parse(JSON.stringify(template));
  for (const resource of Object.values<any>(copy.Resources ?? {})) {
    if (resource.Properties?.CodeHash) { resource.Properties.CodeHash = '<code hash>'; }
    if (resource.Type === 'AWS::Lambda::Function' && resource.Properties?.Code) { resource.Properties.Code = '<code>'; }
  }
  return copy;
}
