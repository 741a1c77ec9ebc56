// Deploy-time thumbprint of an OIDC issuer, as AWS documents it: discovery document ->
// jwks_uri host -> TLS connection -> SHA-1 fingerprint of the top certificate of the chain.
// Node built-ins only (this folder is a Lambda asset).
import * as https from 'https';
import * as net from 'net';
import * as tls from 'tls';
import { discoveryUrl, tlsTarget } from './issuer-url';

/** Days before expiry under which the handler logs a warning. */
const EXPIRY_WARNING_DAYS = 180;
const TIMEOUT_MS = 10_000;
const MAX_DOCUMENT_BYTES = 1_000_000;

/** TLS options of the connections the handler makes. */
export interface ThumbprintOptions {
  /** Refuse servers whose certificate does not verify (feature flag `oidcRejectUnauthorizedConnections`). */
  readonly rejectUnauthorized: boolean;
  /** Extra trusted CA certificates (PEM); tests use it for a local CA. */
  readonly ca?: string[];
  /** Where to write progress lines. */
  readonly log?: (line: string) => void;
}

/** The certificate of a chain the thumbprint is taken from, and why. */
export interface ChainTop {
  /** Hex SHA-1 fingerprint without separators, upper case. */
  readonly thumbprint: string;
  readonly subject: string;
  readonly validTo: Date;
  /** Number of certificates walked from the leaf (1 = the leaf itself). */
  readonly depth: number;
}

/**
 * The top certificate of a peer chain (the top intermediate CA the server sends, or the root when
 * the TLS stack appended it): walk `issuerCertificate` until it is missing or self-referencing.
 */
export function topOfChain(peer: tls.DetailedPeerCertificate): ChainTop {
  if (!peer || !peer.fingerprint) {
    throw new Error('the server presented no certificate');
  }
  let cert = peer;
  let depth = 1;
  const seen = new Set<string>([cert.fingerprint]);
  while (cert.issuerCertificate && cert.issuerCertificate.fingerprint && !seen.has(cert.issuerCertificate.fingerprint)) {
    cert = cert.issuerCertificate;
    seen.add(cert.fingerprint);
    depth += 1;
  }
  return {
    thumbprint: cert.fingerprint.split(':').join('').toUpperCase(),
    subject: describeName(cert.subject),
    validTo: new Date(cert.valid_to),
    depth,
  };
}

/**
 * Refuse an expired certificate; a warning line when it expires within 180 days.
 *
 * @returns the warning, if any
 */
export function checkExpiry(top: ChainTop, now: Date): string | undefined {
  const days = Math.floor((top.validTo.getTime() - now.getTime()) / 86_400_000);
  if (Number.isNaN(days)) {
    throw new Error(`the certificate '${top.subject}' has no readable expiry date`);
  }
  if (days < 0) {
    throw new Error(`the certificate '${top.subject}' has already expired on ${top.validTo.toUTCString()}`);
  }
  return days < EXPIRY_WARNING_DAYS ? `the certificate '${top.subject}' expires in ${days} days` : undefined;
}

/** The `jwks_uri` of a discovery document, which must be an https URL. */
export function jwksUriOf(document: string, issuer: string): string {
  let parsed: any;
  try {
    parsed = JSON.parse(document);
  } catch {
    throw new Error(`the OIDC discovery document of '${issuer}' is not JSON`);
  }
  const uri = parsed?.jwks_uri;
  if (typeof uri !== 'string' || !/^https:\/\//i.test(uri)) {
    throw new Error(`the OIDC discovery document of '${issuer}' has no https 'jwks_uri'`);
  }
  return uri;
}

/**
 * The thumbprint IAM expects for an issuer: the chain top of the host serving `jwks_uri`. When the
 * discovery document cannot be read, the issuer's own host is used (as aws-cdk-lib does).
 */
export async function downloadThumbprint(issuer: string, options: ThumbprintOptions): Promise<string> {
  const log = options.log ?? (() => undefined);
  let keysUrl = issuer;
  try {
    keysUrl = jwksUriOf(await httpsGet(discoveryUrl(issuer), options), issuer);
    log(`jwks_uri of ${issuer} is ${keysUrl}`);
  } catch (e) {
    log(`could not read the discovery document of ${issuer} (${(e as Error).message}); using the issuer host`);
  }
  const top = await peerChainTop(keysUrl, options);
  const warning = checkExpiry(top, new Date());
  if (warning) { log(`WARNING: ${warning}`); }
  log(`thumbprint of ${keysUrl} is ${top.thumbprint} ('${top.subject}', depth ${top.depth})`);
  return top.thumbprint;
}

/** Connect with TLS to the URL's host and return the top of the chain the server presents. */
export function peerChainTop(url: string, options: ThumbprintOptions): Promise<ChainTop> {
  const { host, port } = tlsTarget(url);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host,
      port,
      servername: net.isIP(host) ? undefined : host,
      rejectUnauthorized: options.rejectUnauthorized,
      ca: options.ca,
      timeout: TIMEOUT_MS,
    });
    socket.once('timeout', () => { socket.destroy(); reject(new Error(`timed out connecting to ${host}:${port}`)); });
    socket.once('error', reject);
    socket.once('secureConnect', () => {
      try {
        resolve(topOfChain(socket.getPeerCertificate(true)));
      } catch (e) {
        reject(e);
      } finally {
        socket.end();
      }
    });
  });
}

/** GET an https URL and return its body (status 200 only, at most 1 MB). */
export function httpsGet(url: string, options: ThumbprintOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { rejectUnauthorized: options.rejectUnauthorized, ca: options.ca, timeout: TIMEOUT_MS }, response => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`GET ${url} answered ${response.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_DOCUMENT_BYTES) { request.destroy(new Error(`GET ${url} returned more than 1 MB`)); return; }
        chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf-8')));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${url} timed out`)));
    request.on('error', reject);
  });
}

function describeName(name: tls.Certificate | undefined): string {
  if (!name) { return ''; }
  return Object.entries(name).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`).join(', ');
}
