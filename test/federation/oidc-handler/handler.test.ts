import { booleanProperty, diffClientIds, stringListProperty } from '../../../src/federation/oidc-handler/client-ids';
import { handleOidcProviderEvent, OidcHandlerDeps, OidcIamApi } from '../../../src/federation/oidc-handler/index';
import { discoveryUrl, splitIssuerUrl, tlsTarget } from '../../../src/federation/oidc-handler/issuer-url';

const ARN = 'arn:aws:iam::123456789012:oidc-provider/issuer.example.com';

function fakeDeps(thumbprint = 'DOWNLOADED0000000000000000000000000000000') {
  const calls: Array<[string, any]> = [];
  const record = (name: string) => async (input: any) => { calls.push([name, input]); return {}; };
  const iam: OidcIamApi = {
    createOpenIDConnectProvider: async input => { calls.push(['create', input]); return { OpenIDConnectProviderArn: ARN }; },
    deleteOpenIDConnectProvider: record('delete'),
    updateOpenIDConnectProviderThumbprint: record('updateThumbprint'),
    addClientIDToOpenIDConnectProvider: record('addClientId'),
    removeClientIDFromOpenIDConnectProvider: record('removeClientId'),
  };
  const downloads: Array<[string, boolean]> = [];
  const deps: OidcHandlerDeps = {
    iam,
    thumbprint: async (issuer, options) => { downloads.push([issuer, options.rejectUnauthorized]); return thumbprint; },
    log: () => undefined,
  };
  return { deps, calls, downloads };
}

describe('OIDC provider handler', () => {
  test('creates the provider with sorted lists and the given thumbprints', async () => {
    const { deps, calls, downloads } = fakeDeps();
    const result = await handleOidcProviderEvent({
      RequestType: 'Create',
      ResourceProperties: { Url: 'https://issuer.example.com', ClientIDList: ['b', 'a'], ThumbprintList: ['f'.repeat(40)] },
    }, deps);
    expect(calls).toEqual([['create', { Url: 'https://issuer.example.com', ClientIDList: ['a', 'b'], ThumbprintList: ['f'.repeat(40)] }]]);
    expect(downloads).toEqual([]);
    expect(result).toEqual({ PhysicalResourceId: ARN, Data: { Thumbprints: JSON.stringify(['f'.repeat(40)]) } });
  });

  test('downloads the thumbprint when none is given, honouring RejectUnauthorized sent as a string', async () => {
    const { deps, calls, downloads } = fakeDeps();
    await handleOidcProviderEvent({
      RequestType: 'Create',
      ResourceProperties: { Url: 'https://issuer.example.com', RejectUnauthorized: 'true' },
    }, deps);
    expect(downloads).toEqual([['https://issuer.example.com', true]]);
    expect(calls[0][1].ThumbprintList).toEqual(['DOWNLOADED0000000000000000000000000000000']);
  });

  test('does not reject unauthorized connections when RejectUnauthorized is "false"', async () => {
    const { deps, downloads } = fakeDeps();
    await handleOidcProviderEvent({ RequestType: 'Create', ResourceProperties: { Url: 'https://i', RejectUnauthorized: 'false' } }, deps);
    expect(downloads).toEqual([['https://i', false]]);
  });

  test('updates the thumbprints and adds and removes the changed client IDs', async () => {
    const { deps, calls } = fakeDeps();
    const result = await handleOidcProviderEvent({
      RequestType: 'Update',
      PhysicalResourceId: ARN,
      ResourceProperties: { Url: 'https://issuer.example.com', ClientIDList: ['keep', 'new'], ThumbprintList: ['a'.repeat(40)] },
      OldResourceProperties: { Url: 'https://issuer.example.com', ClientIDList: ['old', 'keep'] },
    }, deps);
    expect(calls).toEqual([
      ['updateThumbprint', { OpenIDConnectProviderArn: ARN, ThumbprintList: ['a'.repeat(40)] }],
      ['addClientId', { OpenIDConnectProviderArn: ARN, ClientID: 'new' }],
      ['removeClientId', { OpenIDConnectProviderArn: ARN, ClientID: 'old' }],
    ]);
    expect(result?.PhysicalResourceId).toBe(ARN);
  });

  test('creates a new provider when the URL changes', async () => {
    const { deps, calls } = fakeDeps();
    await handleOidcProviderEvent({
      RequestType: 'Update',
      PhysicalResourceId: 'arn:aws:iam::123456789012:oidc-provider/old.example.com',
      ResourceProperties: { Url: 'https://issuer.example.com', ThumbprintList: ['a'.repeat(40)] },
      OldResourceProperties: { Url: 'https://old.example.com' },
    }, deps);
    expect(calls.map(c => c[0])).toEqual(['create']);
  });

  test('deletes the provider, and accepts one that is already gone', async () => {
    const { deps, calls } = fakeDeps();
    await handleOidcProviderEvent({ RequestType: 'Delete', PhysicalResourceId: ARN, ResourceProperties: {} }, deps);
    expect(calls).toEqual([['delete', { OpenIDConnectProviderArn: ARN }]]);

    const gone = fakeDeps();
    gone.deps.iam.deleteOpenIDConnectProvider = async () => { throw Object.assign(new Error('gone'), { name: 'NoSuchEntityException' }); };
    await expect(handleOidcProviderEvent({ RequestType: 'Delete', PhysicalResourceId: ARN, ResourceProperties: {} }, gone.deps)).resolves.toBeUndefined();
  });

  test('fails when deleting meets another IAM error', async () => {
    const { deps } = fakeDeps();
    deps.iam.deleteOpenIDConnectProvider = async () => { throw Object.assign(new Error('denied'), { name: 'AccessDenied' }); };
    await expect(handleOidcProviderEvent({ RequestType: 'Delete', PhysicalResourceId: ARN, ResourceProperties: {} }, deps)).rejects.toThrow(/denied/);
  });

  test('does nothing on delete when no provider was created', async () => {
    const { deps, calls } = fakeDeps();
    await handleOidcProviderEvent({ RequestType: 'Delete', PhysicalResourceId: 'request-id', ResourceProperties: {} }, deps);
    expect(calls).toEqual([]);
  });

  test('throws for an unknown request type', async () => {
    const { deps } = fakeDeps();
    await expect(handleOidcProviderEvent({ RequestType: 'Nope', ResourceProperties: {} }, deps)).rejects.toThrow(/invalid request type/);
  });
});

describe('diffClientIds', () => {
  test.each([
    [[], [], [], []],
    [['a'], ['a'], [], []],
    [['a', 'b'], ['b', 'c'], ['c'], ['a']],
    [[], ['x', 'x'], ['x'], []],
    [['z', 'y'], [], [], ['y', 'z']],
  ])('from %j to %j adds %j and deletes %j', (before, after, adds, deletes) => {
    expect(diffClientIds(before, after)).toEqual({ adds, deletes });
  });
});

describe('CloudFormation properties', () => {
  test.each([[true, true], ['true', true], ['TRUE', true], ['false', false], [false, false], [undefined, false]])(
    'booleanProperty(%j) is %j', (value, expected) => {
      expect(booleanProperty(value)).toBe(expected);
    });

  test('stringListProperty sorts, removes duplicates and treats a missing list as empty', () => {
    expect(stringListProperty(['b', 'a', 'b'])).toEqual(['a', 'b']);
    expect(stringListProperty(undefined)).toEqual([]);
  });
});

describe('issuer URLs', () => {
  test.each([
    ['https://example.com', { host: 'example.com', path: '' }],
    ['https://example.com/tenant/v2.0', { host: 'example.com', path: '/tenant/v2.0' }],
    ['https://example.com:443', { host: 'example.com', port: '443', path: '' }],
    ['https://example.com/p?x=1#f', { host: 'example.com', path: '/p', query: 'x=1', fragment: 'f' }],
    ['https://[::1]:8443/p', { host: '[::1]', port: '8443', path: '/p' }],
    ['https://', { host: '', path: '' }],
  ])('splits %s', (url, parts) => {
    expect(splitIssuerUrl(url)).toEqual({ port: undefined, query: undefined, fragment: undefined, ...parts });
  });

  test('builds the discovery URL without a double slash', () => {
    expect(discoveryUrl('https://example.com/tenant/')).toBe('https://example.com/tenant/.well-known/openid-configuration');
  });

  test('connects to port 443 unless another is written', () => {
    expect(tlsTarget('https://keys.example.com/jwks')).toEqual({ host: 'keys.example.com', port: 443 });
    expect(tlsTarget('https://127.0.0.1:8443/jwks')).toEqual({ host: '127.0.0.1', port: 8443 });
  });

  test('throws for a URL that is not https', () => {
    expect(() => tlsTarget('http://example.com')).toThrow(/https/);
  });
});
