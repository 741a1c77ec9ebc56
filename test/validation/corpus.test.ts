import * as fs from 'fs';
import * as path from 'path';
import { validate } from '../../src/validation/engine';

/*
 * Every AWS managed policy must validate without errors: AWS deployed them, so an error here is a
 * false positive of ours.
 *
 * Listed exception, with its reason:
 * - PolicySize: AWS managed policies are not subject to the 6,144-character quota of customer
 *   managed policies (83 of them are larger), so the corpus runs with that limit lifted.
 */
const CORPUS = path.join(__dirname, '../../../shared/corpus/aws-managed-policies.json');

interface ManagedPolicy { arn: string | null; document: unknown }

const present = fs.existsSync(CORPUS);
if (!present) {
  if (process.env.CI === 'true') {
    throw new Error(`the AWS managed policy corpus is missing at ${CORPUS}; CI requires it`);
  }
  // eslint-disable-next-line no-console
  console.log(`skipping the AWS managed policy corpus test: ${CORPUS} is absent`);
}

(present ? describe : describe.skip)('AWS managed policy corpus', () => {
  const corpus: ManagedPolicy[] = present ? JSON.parse(fs.readFileSync(CORPUS, 'utf-8')) : [];

  test('holds the 1,641 documents', () => {
    expect(corpus).toHaveLength(1641);
  });

  test('no document has an error finding, and only the lifted size quota would add some', () => {
    const errors: string[] = [];
    const oversized: string[] = [];
    for (const p of corpus) {
      const findings = validate(
        { kind: 'managed-policy', path: p.arn ?? '(no arn)', documents: [{ kind: 'identity', document: p.document, location: 'Document' }] },
        { limits: { managedPolicySize: Number.MAX_SAFE_INTEGER } },
      );
      errors.push(...findings.filter((f) => f.severity === 'error' || f.ruleId === 'InternalRuleError').map((f) => `${f.path}: [${f.ruleId}] ${f.message}`));
      if (JSON.stringify(p.document).length > 6144) { oversized.push(p.arn ?? '(no arn)'); }
    }
    expect(errors).toEqual([]);
    // the exception is real: these documents are over the customer managed policy quota
    expect(oversized.length).toBeGreaterThan(0);
  });
});
