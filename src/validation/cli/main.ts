#!/usr/bin/env node
/*
 * cdk-iam-kit validate <cdk.out dir | template.json> [--format json]
 *
 * Validates the IAM resources of CloudFormation templates offline. Prints one line per finding
 * (or a JSON array with --format json) and exits 1 when any finding is an error, 2 on bad usage.
 */
import * as fs from 'fs';
import * as path from 'path';
import { formatFinding } from '../engine';
import type { Finding } from '../finding';
import { findingsOfTemplate } from '../template-validation';

const USAGE = 'usage: cdk-iam-kit validate <cdk.out directory | template.json> [--format json|text]';

/** Where the CLI writes. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Template files to validate: the file itself, or every `*.template.json` of a directory tree. */
export function templateFiles(target: string): string[] {
  if (!fs.statSync(target).isDirectory()) { return [target]; }
  const out: string[] = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) { out.push(...templateFiles(full)); } else if (entry.name.endsWith('.template.json')) { out.push(full); }
  }
  return out.sort();
}

/** Run the CLI; returns the exit code. */
export function main(argv: string[], io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) }): number {
  const args = [...argv];
  const fi = args.indexOf('--format');
  let format = 'text';
  if (fi >= 0) { format = args[fi + 1] ?? ''; args.splice(fi, 2); }
  if (args[0] !== 'validate' || args.length !== 2 || !['json', 'text'].includes(format)) { io.err(USAGE); return 2; }
  if (!fs.existsSync(args[1])) { io.err(`no such file or directory: '${args[1]}'`); io.err(USAGE); return 2; }

  const all: Array<Finding & { template: string }> = [];
  for (const file of templateFiles(args[1])) {
    let template: any;
    try {
      template = JSON.parse(fs.readFileSync(file, 'utf-8'));
    } catch (e) {
      io.err(`cannot read '${file}' as JSON: ${(e as Error).message}`);
      return 2;
    }
    for (const f of findingsOfTemplate(template?.Resources ?? {})) {
      const cdkPath = template.Resources?.[f.path]?.Metadata?.['aws:cdk:path'];
      all.push({ ...f, path: typeof cdkPath === 'string' ? cdkPath : f.path, template: file });
    }
  }
  if (format === 'json') {
    io.out(JSON.stringify(all, undefined, 2));
  } else {
    for (const f of all) { io.out(`${f.severity.toUpperCase()} ${path.basename(f.template)} ${f.path}: ${formatFinding(f)}`); }
    const errors = all.filter((f) => f.severity === 'error').length;
    io.out(`${all.length} finding(s), ${errors} error(s)`);
  }
  return all.some((f) => f.severity === 'error') ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
