import { IConstruct } from 'constructs';
import { IamError, isUnresolved } from '../../core';
import { splitIssuerUrl } from '../oidc-handler/issuer-url';

/** The properties both OIDC provider constructs check. */
export interface OidcCheckedProps {
  readonly url: string;
  readonly clientIds?: string[];
  readonly thumbprints?: string[];
}

/** IAM's limits for OIDC providers. */
const MAX_URL_LENGTH = 255;
const MAX_CLIENT_IDS = 100;
const MAX_CLIENT_ID_LENGTH = 255;
const MAX_THUMBPRINTS = 5;
const THUMBPRINT_LENGTH = 40;

/**
 * Throw for provider properties IAM would refuse. Checks of aws-cdk-lib keep its codes and
 * sentences; the port, query and fragment checks are this library's. Tokens are skipped.
 */
export function validateOidcProviderProps(scope: IConstruct, props: OidcCheckedProps): void {
  validateUrl(scope, props.url);
  validateClientIds(scope, props.clientIds);
  validateThumbprints(scope, props.thumbprints);
}

function validateUrl(scope: IConstruct, url: string): void {
  if (isUnresolved(url)) { return; }
  if (!url.startsWith('https://')) {
    throw new IamError(scope, 'UrlMustStartWithHttps',
      `The URL of the identity provider must start with https://, got '${url}'; use the issuer URL of the provider's ID tokens (the 'iss' claim)`);
  }
  if (url.length > MAX_URL_LENGTH) {
    throw new IamError(scope, 'MaximumLengthAllowedUrlCharacters',
      `The maximum length allowed for url is 255 characters, got ${url.length}; use the issuer URL of the provider's ID tokens`);
  }
  const parts = splitIssuerUrl(url);
  if (parts.host === '') {
    throw new IamError(scope, 'OidcUrlWithoutHost',
      `the URL of the identity provider has no host name, got '${url}'; use a URL such as 'https://server.example.org'`);
  }
  if (parts.port !== undefined) {
    throw new IamError(scope, 'OidcUrlWithPort',
      `the URL of the identity provider must not contain a port number, got '${url}'; remove ':${parts.port}'`);
  }
  if (parts.query !== undefined) {
    throw new IamError(scope, 'OidcUrlWithQuery',
      `the URL of the identity provider must not contain a query string, got '${url}'; remove '?${parts.query}' (path components are allowed)`);
  }
  if (parts.fragment !== undefined) {
    throw new IamError(scope, 'OidcUrlWithFragment',
      `the URL of the identity provider must not contain a fragment, got '${url}'; remove '#${parts.fragment}'`);
  }
}

function validateClientIds(scope: IConstruct, clientIds: string[] | undefined): void {
  if (!clientIds) { return; }
  if (clientIds.length > MAX_CLIENT_IDS) {
    throw new IamError(scope, 'MaximumNumberClientsRegistered',
      `The maximum number of clients that can be registered is 100, got ${clientIds.length}; use several providers or fewer client IDs`);
  }
  const long = clientIds.find(id => !isUnresolved(id) && id.length > MAX_CLIENT_ID_LENGTH);
  if (long !== undefined) {
    throw new IamError(scope, 'MaximumLengthClientCharacters',
      `The maximum length of a client ID is 255 characters, got '${long.slice(0, 40)}...' (${long.length} characters); use the audience your provider issues`);
  }
}

function validateThumbprints(scope: IConstruct, thumbprints: string[] | undefined): void {
  if (!thumbprints) { return; }
  if (thumbprints.length > MAX_THUMBPRINTS) {
    throw new IamError(scope, 'MaximumNumberThumbprints',
      `The maximum number of thumbprints is 5, got ${thumbprints.length}; keep the current and the next certificate's thumbprints only`);
  }
  const wrongLength = thumbprints.find(t => !isUnresolved(t) && t.length !== THUMBPRINT_LENGTH);
  if (wrongLength !== undefined) {
    throw new IamError(scope, 'LengthThumbprintCharacters',
      `The length of a thumbprint must be 40 characters, got '${wrongLength}' (${wrongLength.length}); use the hex SHA-1 fingerprint of the certificate without separators`);
  }
  const notHex = thumbprints.find(t => !isUnresolved(t) && !/^[0-9a-fA-F]+$/.test(t));
  if (notHex !== undefined) {
    throw new IamError(scope, 'ThumbprintsHexadecimalFormat',
      `All thumbprints must be in hexadecimal format, got '${notHex}'; use the hex SHA-1 fingerprint of the certificate without separators`);
  }
}
