import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { aws_iam as cdk_iam, Stack, Token } from 'aws-cdk-lib';
import { bothTemplates } from './differential';
import { SamlMetadataDocument, SamlProvider } from '../../src/federation';
import { SamlConsolePrincipal, SamlPrincipal } from '../../src/principals';

const METADATA = `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com">${'<!-- padding -->'.repeat(70)}</md:EntityDescriptor>`;

describe('SamlProvider', () => {
  test.each<[string, string | undefined]>([
    ['a generated name', undefined],
    ['a given name', 'my_idp+=,.@-'],
  ])('synthesizes what aws-cdk-lib does, with a console role, for %s', (_name, name) => {
    const { theirs, ours } = bothTemplates((iam, stack) => {
      const provider = new iam.SamlProvider(stack, 'Provider', { name, metadataDocument: iam.SamlMetadataDocument.fromXml(METADATA) });
      new cdk_iam.Role(stack, 'Console', { assumedBy: new iam.SamlConsolePrincipal(provider) });
      new cdk_iam.Role(stack, 'Api', { assumedBy: new iam.SamlPrincipal(provider, { StringEquals: { 'SAML:iss': 'x' } }) });
    });
    expect(ours).toEqual(theirs);
  });

  test('reads the metadata document from a file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'saml-')), 'metadata.xml');
    fs.writeFileSync(file, METADATA);
    expect(SamlMetadataDocument.fromFile(file).xml).toEqual(cdk_iam.SamlMetadataDocument.fromFile(file).xml);
  });

  test('imports a provider by ARN, usable by the SAML principals of both libraries', () => {
    const stack = new Stack();
    const arn = 'arn:aws:iam::123456789012:saml-provider/idp';
    const provider = SamlProvider.fromSamlProviderArn(stack, 'I', arn);
    expect(provider.samlProviderRef.samlProviderArn).toBe(arn);
    expect(new SamlPrincipal(provider, {}).federated).toBe(arn);
    expect(new cdk_iam.SamlConsolePrincipal(provider).federated).toBe(arn);
    expect(new SamlConsolePrincipal(provider).federated).toBe(arn);
  });

  test.each([
    ['an empty name', ''],
    ['a space', 'my idp'],
    ['a slash', 'my/idp'],
    ['129 characters', 'a'.repeat(129)],
  ])('throws [InvalidSamlProviderName] for %s', (_name, name) => {
    expect(() => new SamlProvider(new Stack(), 'P', { name, metadataDocument: SamlMetadataDocument.fromXml(METADATA) }))
      .toThrow(/\[InvalidSamlProviderName\]/);
  });

  test('keeps aws-cdk-lib\'s sentence for an invalid name', () => {
    let theirs = '';
    try {
      new cdk_iam.SamlProvider(new Stack(), 'P', { name: 'a b', metadataDocument: cdk_iam.SamlMetadataDocument.fromXml(METADATA) });
    } catch (e) { theirs = (e as Error).message; }
    expect(theirs).toMatch(/^Invalid SAML provider name/);
    expect(() => new SamlProvider(new Stack(), 'P', { name: 'a b', metadataDocument: SamlMetadataDocument.fromXml(METADATA) }))
      .toThrow(/\[InvalidSamlProviderName\] Invalid SAML provider name\. The name must be/);
  });

  test('accepts a name of 128 characters and a token name', () => {
    const stack = new Stack();
    new SamlProvider(stack, 'A', { name: 'a'.repeat(128), metadataDocument: SamlMetadataDocument.fromXml(METADATA) });
    new SamlProvider(stack, 'B', { name: Token.asString({ Ref: 'Name' }), metadataDocument: SamlMetadataDocument.fromXml(METADATA) });
  });

  test.each([
    ['999 characters', 'x'.repeat(999)],
    ['10,000,001 characters', 'x'.repeat(10_000_001)],
  ])('throws [InvalidSamlMetadataLength] for %s', (_name, xml) => {
    expect(() => new SamlProvider(new Stack(), 'P', { metadataDocument: SamlMetadataDocument.fromXml(xml) }))
      .toThrow(/\[InvalidSamlMetadataLength\]/);
  });

  test('accepts metadata of 1,000 characters and metadata known only at deployment', () => {
    const stack = new Stack();
    new SamlProvider(stack, 'A', { metadataDocument: SamlMetadataDocument.fromXml('x'.repeat(1000)) });
    new SamlProvider(stack, 'B', { metadataDocument: SamlMetadataDocument.fromXml(Token.asString({ Ref: 'Xml' })) });
  });
});
