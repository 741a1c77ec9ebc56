import * as fs from 'fs';
import * as path from 'path';
import { IamPolicyValidator } from '../../src/validation/iam-policy-validator';

describe('validation README', () => {
  test('lists every rule with its default severity', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../src/validation/README.md'), 'utf-8');
    for (const rule of IamPolicyValidator.rules()) {
      expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
    }
  });
});
