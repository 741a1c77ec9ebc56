import { execFileSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/validation/cli/main';

const FIXTURES = path.join(__dirname, 'fixtures');

function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cdk-iam-kit validate', () => {
  test('prints warnings with the construct path and exits 0 when there is no error', () => {
    const r = run(['validate', path.join(FIXTURES, 'typo.template.json')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/WARNING typo\.template\.json App\/Role\/DefaultPolicy\/Resource: \[UnknownAction\].*did you mean 's3:GetObject'/);
  });

  test('fails with exit code 1 when a finding is an error', () => {
    const r = run(['validate', path.join(FIXTURES, 'invalid-resource.template.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ERROR .*\[InvalidResource\]/);
  });

  test('validates every template of a directory, as JSON with --format json', () => {
    const r = run(['validate', FIXTURES, '--format', 'json']);
    const findings = JSON.parse(r.out);
    expect(findings.map((f: any) => f.ruleId).sort()).toEqual(['InvalidResource', 'UnknownAction']);
    expect(r.code).toBe(1);
  });

  test('fails with exit code 2 on bad usage', () => {
    expect(run(['check', 'x']).code).toBe(2);
    expect(run(['validate', path.join(FIXTURES, 'missing.json')]).code).toBe(2);
  });

  test('runs as a program with a shebang', () => {
    const script = path.join(__dirname, '../../src/validation/cli/main.ts');
    let status = 0;
    let stdout = '';
    try {
      stdout = execFileSync('npx', ['ts-node', '--transpile-only', '--project', 'tsconfig.dev.json', script, 'validate', path.join(FIXTURES, 'invalid-resource.template.json')],
        { cwd: path.join(__dirname, '../..'), encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e: any) {
      status = e.status;
      stdout = e.stdout;
    }
    expect(status).toBe(1);
    expect(stdout).toMatch(/\[InvalidResource\]/);
  });
});
