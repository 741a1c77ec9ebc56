// Pure URL helpers of the OIDC provider handler. Node built-ins only: this folder is the
// Lambda asset of OpenIdConnectProvider and is also imported by the constructs' checks.

/** The parts of an `https://` issuer URL, as written (no normalisation). */
export interface IssuerUrlParts {
  /** Host name (IPv6 literals keep their brackets). Empty when missing. */
  readonly host: string;
  /** Port as written after the host, when one is written. */
  readonly port?: string;
  /** Path including the leading `/`, or `''`. */
  readonly path: string;
  /** Query string without `?`, when present. */
  readonly query?: string;
  /** Fragment without `#`, when present. */
  readonly fragment?: string;
}

/**
 * Split an issuer URL written as `https://host[:port][/path][?query][#fragment]`.
 *
 * Unlike `new URL()`, a written default port (`:443`) is reported, because IAM refuses any port.
 */
export function splitIssuerUrl(url: string): IssuerUrlParts {
  const rest = url.replace(/^https:\/\//i, '');
  const hashAt = rest.indexOf('#');
  const fragment = hashAt >= 0 ? rest.slice(hashAt + 1) : undefined;
  const beforeHash = hashAt >= 0 ? rest.slice(0, hashAt) : rest;
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt >= 0 ? beforeHash.slice(queryAt + 1) : undefined;
  const beforeQuery = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const slashAt = beforeQuery.indexOf('/');
  const authority = slashAt >= 0 ? beforeQuery.slice(0, slashAt) : beforeQuery;
  const path = slashAt >= 0 ? beforeQuery.slice(slashAt) : '';
  const hostAndPort = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  const portMatch = /^(\[[^\]]*\]|[^:]*):(.*)$/.exec(hostAndPort);
  const host = portMatch ? portMatch[1] : hostAndPort;
  const port = portMatch ? portMatch[2] : undefined;
  return { host, port, path, query, fragment };
}

/** The OIDC discovery document URL of an issuer: `{issuer}/.well-known/openid-configuration`. */
export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/** Host and port to open a TLS connection to for an `https://` URL (port 443 unless written). */
export function tlsTarget(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') {
    throw new Error(`expected an https:// URL, got '${url}'`);
  }
  if (!parsed.hostname) {
    throw new Error(`unable to determine host from URL '${url}'`);
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, port: parsed.port ? parseInt(parsed.port, 10) : 443 };
}
