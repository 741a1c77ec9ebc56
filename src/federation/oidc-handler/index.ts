// Lambda handler of OpenIdConnectProvider (resource type Custom::AWSCDKOpenIdConnectProvider).
// Runs on the Lambda Node.js runtime, using only Node built-ins and the AWS SDK v3 IAM client the
// runtime provides. The request properties are the ones aws-cdk-lib's provider reads, so either
// library's handler serves either library's resources.
import { booleanProperty, diffClientIds, stringListProperty } from './client-ids';
import { downloadThumbprint, ThumbprintOptions } from './thumbprint';

/** The IAM calls the handler makes (a subset of `@aws-sdk/client-iam`'s `IAM`). */
export interface OidcIamApi {
  createOpenIDConnectProvider(input: { Url: string; ClientIDList: string[]; ThumbprintList: string[] }):
  Promise<{ OpenIDConnectProviderArn?: string }>;
  deleteOpenIDConnectProvider(input: { OpenIDConnectProviderArn: string }): Promise<unknown>;
  updateOpenIDConnectProviderThumbprint(input: { OpenIDConnectProviderArn: string; ThumbprintList: string[] }): Promise<unknown>;
  addClientIDToOpenIDConnectProvider(input: { OpenIDConnectProviderArn: string; ClientID: string }): Promise<unknown>;
  removeClientIDFromOpenIDConnectProvider(input: { OpenIDConnectProviderArn: string; ClientID: string }): Promise<unknown>;
}

/** What the handler depends on; tests pass fakes. */
export interface OidcHandlerDeps {
  readonly iam: OidcIamApi;
  readonly thumbprint: (issuer: string, options: ThumbprintOptions) => Promise<string>;
  readonly log: (line: string) => void;
}

/** The part of a CloudFormation custom resource event the handler reads. */
export interface OidcProviderEvent {
  readonly RequestType: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: { [key: string]: any };
  readonly OldResourceProperties?: { [key: string]: any };
}

/** The handler's answer (the CDK custom resource entrypoint sends it to CloudFormation). */
export interface OidcProviderResult {
  readonly PhysicalResourceId?: string;
  readonly Data?: { Thumbprints: string };
}

let defaultIam: OidcIamApi | undefined;

function runtimeIam(): OidcIamApi {
  if (!defaultIam) {
    // Provided by the Lambda Node.js runtime; not a dependency of this package.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require('@aws-sdk/client-iam');
    defaultIam = new sdk.IAM({}) as OidcIamApi;
  }
  return defaultIam;
}

/** Lambda entry point. */
export async function handler(event: OidcProviderEvent): Promise<OidcProviderResult | undefined> {
  return handleOidcProviderEvent(event, {
    iam: runtimeIam(),
    thumbprint: downloadThumbprint,
    log: line => console.log(line),
  });
}

/** Create, update or delete the provider for one CloudFormation request. */
export async function handleOidcProviderEvent(event: OidcProviderEvent, deps: OidcHandlerDeps): Promise<OidcProviderResult | undefined> {
  switch (event.RequestType) {
    case 'Create': return create(event, deps);
    case 'Update': return update(event, deps);
    case 'Delete': return remove(event, deps);
    default: throw new Error(`invalid request type '${event.RequestType}'`);
  }
}

async function thumbprintsFor(props: { [key: string]: any }, deps: OidcHandlerDeps): Promise<string[]> {
  const thumbprints = stringListProperty(props.ThumbprintList);
  if (thumbprints.length === 0) {
    thumbprints.push(await deps.thumbprint(String(props.Url), { rejectUnauthorized: booleanProperty(props.RejectUnauthorized), log: deps.log }));
  }
  return thumbprints;
}

async function create(event: OidcProviderEvent, deps: OidcHandlerDeps): Promise<OidcProviderResult> {
  const props = event.ResourceProperties;
  const thumbprints = await thumbprintsFor(props, deps);
  const created = await deps.iam.createOpenIDConnectProvider({
    Url: String(props.Url),
    ClientIDList: stringListProperty(props.ClientIDList),
    ThumbprintList: thumbprints,
  });
  if (!created.OpenIDConnectProviderArn) {
    throw new Error(`IAM returned no ARN for the provider of '${props.Url}'`);
  }
  deps.log(`created ${created.OpenIDConnectProviderArn}`);
  return { PhysicalResourceId: created.OpenIDConnectProviderArn, Data: { Thumbprints: JSON.stringify(thumbprints) } };
}

async function update(event: OidcProviderEvent, deps: OidcHandlerDeps): Promise<OidcProviderResult> {
  const props = event.ResourceProperties;
  const old = event.OldResourceProperties ?? {};
  if (old.Url !== props.Url) {
    // A new URL is a new provider; CloudFormation deletes the old one (its physical ID changes).
    return create({ ...event, RequestType: 'Create' }, deps);
  }
  const arn = event.PhysicalResourceId!;
  const thumbprints = await thumbprintsFor(props, deps);
  deps.log(`updating the thumbprints of ${arn} to ${JSON.stringify(thumbprints)}`);
  await deps.iam.updateOpenIDConnectProviderThumbprint({ OpenIDConnectProviderArn: arn, ThumbprintList: thumbprints });
  const changes = diffClientIds(stringListProperty(old.ClientIDList), stringListProperty(props.ClientIDList));
  for (const clientId of changes.adds) {
    deps.log(`adding client ID '${clientId}' to ${arn}`);
    await deps.iam.addClientIDToOpenIDConnectProvider({ OpenIDConnectProviderArn: arn, ClientID: clientId });
  }
  for (const clientId of changes.deletes) {
    deps.log(`removing client ID '${clientId}' from ${arn}`);
    await deps.iam.removeClientIDFromOpenIDConnectProvider({ OpenIDConnectProviderArn: arn, ClientID: clientId });
  }
  return { PhysicalResourceId: arn, Data: { Thumbprints: JSON.stringify(thumbprints) } };
}

async function remove(event: OidcProviderEvent, deps: OidcHandlerDeps): Promise<undefined> {
  const arn = event.PhysicalResourceId;
  if (!arn || !arn.startsWith('arn:')) {
    // A create that failed before IAM answered leaves no provider behind.
    deps.log(`nothing to delete for physical ID '${arn}'`);
    return undefined;
  }
  try {
    await deps.iam.deleteOpenIDConnectProvider({ OpenIDConnectProviderArn: arn });
  } catch (e) {
    if ((e as { name?: string }).name !== 'NoSuchEntityException') { throw e; }
    deps.log(`${arn} was already deleted`);
  }
  return undefined;
}
