import * as fs from 'fs';
import { aws_iam as cdk_iam, Resource } from 'aws-cdk-lib';
import type { aws_iam as iam_refs } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import { IamError, isUnresolved } from '../core';

/** IAM's bounds on a SAML metadata document, in characters. */
const MIN_METADATA_LENGTH = 1000;
const MAX_METADATA_LENGTH = 10_000_000;

/**
 * A SAML provider.
 *
 * It is aws-cdk-lib's `aws_iam.ISamlProvider` (`samlProviderArn`, `samlProviderRef`), so a provider
 * of either library is accepted where the other is expected.
 */
export interface ISamlProvider extends cdk_iam.ISamlProvider {
}

/**
 * Properties for a SAML provider.
 */
export interface SamlProviderProps {
  /**
   * The name of the provider to create.
   *
   * Upper and lowercase alphanumeric characters with no spaces, and any of `_+=,.@-`;
   * 1 to 128 characters.
   *
   * @default - a CloudFormation generated name
   */
  readonly name?: string;

  /**
   * The SAML 2.0 metadata document of the identity provider (1,000 to 10,000,000 characters):
   * the issuer's name, expiration information and the keys that validate its assertions.
   */
  readonly metadataDocument: SamlMetadataDocument;
}

/**
 * A SAML metadata document.
 */
export abstract class SamlMetadataDocument {
  /**
   * Create a SAML metadata document from a XML string.
   *
   * @param xml the metadata XML
   */
  public static fromXml(xml: string): SamlMetadataDocument {
    return new LiteralSamlMetadataDocument(xml);
  }

  /**
   * Create a SAML metadata document from a XML file (read as UTF-8 when called).
   *
   * @param path path of the metadata XML file
   */
  public static fromFile(path: string): SamlMetadataDocument {
    return new LiteralSamlMetadataDocument(fs.readFileSync(path, 'utf-8'));
  }

  /**
   * The XML content of the metadata document.
   */
  public abstract readonly xml: string;
}

class LiteralSamlMetadataDocument extends SamlMetadataDocument {
  constructor(public readonly xml: string) { super(); }
}

/**
 * A SAML provider (`AWS::IAM::SAMLProvider`).
 *
 * Synthesizes what aws-cdk-lib's `SamlProvider` does; also refuses a metadata document outside
 * IAM's 1,000 to 10,000,000 characters.
 *
 * @resource AWS::IAM::SAMLProvider
 *
 * @example
 * const provider = new SamlProvider(this, 'Provider', {
 *   metadataDocument: SamlMetadataDocument.fromFile('/path/to/saml-metadata-document.xml'),
 * });
 * new Role(this, 'ConsoleRole', { assumedBy: new SamlConsolePrincipal(provider) });
 */
export class SamlProvider extends Resource implements ISamlProvider {
  /**
   * Uniquely identifies this class.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'cdk-iam-kit.SamlProvider';

  /**
   * Import an existing provider.
   *
   * @param scope The definition scope
   * @param id ID of the construct
   * @param samlProviderArn the ARN of the provider
   */
  public static fromSamlProviderArn(scope: Construct, id: string, samlProviderArn: string): ISamlProvider {
    return new ImportedSamlProvider(scope, id, samlProviderArn);
  }

  /**
   * The Amazon Resource Name (ARN) of the provider.
   */
  public readonly samlProviderArn: string;

  /**
   * @param scope The definition scope
   * @param id Construct ID
   * @param props the name and the metadata document
   */
  constructor(scope: Construct, id: string, props: SamlProviderProps) {
    super(scope, id);
    validateSamlProviderName(this, props.name);
    validateMetadata(this, props.metadataDocument.xml);
    const resource = new cdk_iam.CfnSAMLProvider(this, 'Resource', {
      name: props.name,
      samlMetadataDocument: props.metadataDocument.xml,
    });
    this.samlProviderArn = resource.ref;
  }

  /**
   * A reference to this provider, for aws-cdk-lib's `ISAMLProviderRef`.
   */
  public get samlProviderRef(): iam_refs.SAMLProviderReference {
    return { samlProviderArn: this.samlProviderArn };
  }
}

class ImportedSamlProvider extends Resource implements ISamlProvider {
  constructor(scope: Construct, id: string, public readonly samlProviderArn: string) { super(scope, id); }
  public get samlProviderRef(): iam_refs.SAMLProviderReference { return { samlProviderArn: this.samlProviderArn }; }
}

function validateSamlProviderName(scope: Construct, name: string | undefined): void {
  if (name === undefined || isUnresolved(name)) { return; }
  if (!/^[\w+=,.@-]{1,128}$/.test(name)) {
    throw new IamError(scope, 'InvalidSamlProviderName',
      'Invalid SAML provider name. The name must be a string of characters consisting of upper and lowercase alphanumeric '
      + `characters with no spaces. You can also include any of the following characters: _+=,.@-. Length must be between 1 and 128 characters. Got '${name}'`);
  }
}

function validateMetadata(scope: Construct, xml: string): void {
  if (isUnresolved(xml)) { return; }
  if (xml.length < MIN_METADATA_LENGTH || xml.length > MAX_METADATA_LENGTH) {
    throw new IamError(scope, 'InvalidSamlMetadataLength',
      `the SAML metadata document must be 1,000 to 10,000,000 characters, got ${xml.length}; `
      + 'use the full metadata XML your identity provider exports');
  }
}
