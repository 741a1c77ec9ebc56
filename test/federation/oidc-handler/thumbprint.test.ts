import * as crypto from 'crypto';
import * as fs from 'fs';
import * as https from 'https';
import { AddressInfo } from 'net';
import * as path from 'path';
import * as tls from 'tls';
import { handleOidcProviderEvent } from '../../../src/federation/oidc-handler/index';
import { checkExpiry, downloadThumbprint, jwksUriOf, peerChainTop, topOfChain } from '../../../src/federation/oidc-handler/thumbprint';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf-8');
const CA = fixture('ca.pem');
const LEAF = fixture('leaf.pem');
const LEAF_KEY = fixture('leaf.key');

/** SHA-1 of the DER certificate, upper-case hex: the thumbprint as AWS documents it. */
function sha1Of(pem: string): string {
  return crypto.createHash('sha1').update(new crypto.X509Certificate(pem).raw).digest('hex').toUpperCase();
}

interface LocalServer { readonly url: string; close(): Promise<void> }

/** An https server on 127.0.0.1 answering the given paths; `chain` is what it presents. */
async function startServer(chain: string, routes: { [path: string]: () => [number, string] }): Promise<LocalServer> {
  const server = https.createServer({ key: LEAF_KEY, cert: chain }, (req, res) => {
    const route = routes[req.url ?? ''];
    const [status, body] = route ? route() : [404, 'not found'];
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    close: () => new Promise<void>(resolve => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe('OIDC handler thumbprint', () => {
  let keys: LocalServer;
  let issuer: LocalServer;
  let noDiscovery: LocalServer;

  beforeAll(async () => {
    // GIVEN a keys host presenting leaf + CA, and an issuer host presenting the leaf only
    keys = await startServer(LEAF + CA, { '/keys': () => [200, '{"keys":[]}'] });
    issuer = await startServer(LEAF, {
      '/.well-known/openid-configuration': () => [200, JSON.stringify({ issuer: 'x', jwks_uri: `${keys.url}/keys` })],
    });
    noDiscovery = await startServer(LEAF, {});
  });

  afterAll(async () => {
    await Promise.all([keys.close(), issuer.close(), noDiscovery.close()]);
  });

  test('takes the top certificate of the jwks_uri host, found through the discovery document', async () => {
    // WHEN
    const thumbprint = await downloadThumbprint(issuer.url, { rejectUnauthorized: false });
    // THEN
    expect(thumbprint).toEqual(sha1Of(CA));
  });

  test('uses the issuer host when there is no discovery document', async () => {
    const lines: string[] = [];
    const thumbprint = await downloadThumbprint(noDiscovery.url, { rejectUnauthorized: false, log: l => lines.push(l) });
    expect(thumbprint).toEqual(sha1Of(LEAF));
    expect(lines.join('\n')).toMatch(/using the issuer host/);
  });

  test('reports the chain depth and subject of the top certificate', async () => {
    const top = await peerChainTop(`${keys.url}/keys`, { rejectUnauthorized: false });
    expect(top.depth).toBe(2);
    expect(top.subject).toContain('cdk-iam-kit test CA');
  });

  test('fails when unauthorized connections are rejected and the CA is not trusted', async () => {
    await expect(peerChainTop(keys.url, { rejectUnauthorized: true })).rejects.toThrow(/self-signed|unable to verify|self signed/i);
  });

  test('connects when unauthorized connections are rejected and the CA is trusted', async () => {
    const top = await peerChainTop(keys.url, { rejectUnauthorized: true, ca: [CA] });
    expect(top.thumbprint).toEqual(sha1Of(CA));
  });

  test('the handler creates a provider with the downloaded thumbprint', async () => {
    // GIVEN an IAM that records the request
    const created: any[] = [];
    const iam: any = { createOpenIDConnectProvider: async (input: any) => { created.push(input); return { OpenIDConnectProviderArn: 'arn:aws:iam::1:oidc-provider/x' }; } };
    // WHEN
    const result = await handleOidcProviderEvent({
      RequestType: 'Create',
      ResourceProperties: { Url: issuer.url, ClientIDList: ['sts.amazonaws.com'], RejectUnauthorized: 'false' },
    }, { iam, thumbprint: downloadThumbprint, log: () => undefined });
    // THEN
    expect(created).toEqual([{ Url: issuer.url, ClientIDList: ['sts.amazonaws.com'], ThumbprintList: [sha1Of(CA)] }]);
    expect(result?.Data?.Thumbprints).toEqual(JSON.stringify([sha1Of(CA)]));
  });

  test('the handler fails when the flag rejects the untrusted certificate', async () => {
    const iam: any = { createOpenIDConnectProvider: async () => ({ OpenIDConnectProviderArn: 'arn:x' }) };
    await expect(handleOidcProviderEvent({
      RequestType: 'Create',
      ResourceProperties: { Url: issuer.url, RejectUnauthorized: 'true' },
    }, { iam, thumbprint: downloadThumbprint, log: () => undefined })).rejects.toThrow(/self-signed|unable to verify|self signed/i);
  });

  test('fails when nothing listens', async () => {
    const closed = await startServer(LEAF, {});
    const url = closed.url;
    await closed.close();
    await expect(downloadThumbprint(url, { rejectUnauthorized: false })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('topOfChain', () => {
  const cert = (fingerprint: string, issuerCertificate?: any): tls.DetailedPeerCertificate => ({
    fingerprint, issuerCertificate, subject: { CN: fingerprint }, valid_to: 'Jan  1 00:00:00 2100 GMT',
  } as any);

  test('stops at a self-issued root', () => {
    const root: any = cert('AA:BB');
    root.issuerCertificate = root;
    const top = topOfChain(cert('01:02', cert('03:04', root)));
    expect(top).toMatchObject({ thumbprint: 'AABB', depth: 3 });
  });

  test('stops where the issuer is not available', () => {
    expect(topOfChain(cert('0a:0b')).thumbprint).toBe('0A0B');
  });

  test('throws when the server presented no certificate', () => {
    expect(() => topOfChain({} as any)).toThrow(/no certificate/);
  });
});

describe('checkExpiry', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const top = (validTo: string) => ({ thumbprint: 'X', subject: 'CN=x', validTo: new Date(validTo), depth: 1 });

  test('passes a certificate valid for more than 180 days', () => {
    expect(checkExpiry(top('2027-01-01T00:00:00Z'), now)).toBeUndefined();
  });

  test('warns about a certificate expiring within 180 days', () => {
    expect(checkExpiry(top('2026-03-01T00:00:00Z'), now)).toMatch(/expires in 59 days/);
  });

  test('throws for an expired certificate', () => {
    expect(() => checkExpiry(top('2025-12-31T00:00:00Z'), now)).toThrow(/already expired/);
  });
});

describe('jwksUriOf', () => {
  test('reads jwks_uri', () => {
    expect(jwksUriOf('{"jwks_uri":"https://keys.example.com/jwks"}', 'i')).toBe('https://keys.example.com/jwks');
  });

  test.each([
    ['not JSON', 'nope', /not JSON/],
    ['no jwks_uri', '{}', /no https 'jwks_uri'/],
    ['an http jwks_uri', '{"jwks_uri":"http://keys.example.com"}', /no https 'jwks_uri'/],
  ])('throws for %s', (_name, document, error) => {
    expect(() => jwksUriOf(document, 'https://issuer')).toThrow(error);
  });
});
