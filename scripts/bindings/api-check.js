#!/usr/bin/env node
/*
 * API design check for the jsii bindings (run after `jsii` compiled the project).
 *
 *   node scripts/bindings/api-check.js [--jsii <path to .jsii>] [--compile <project dir>] [--strict]
 *
 * Reads the assembly (default ./.jsii) and reports, for every public type, member, parameter and
 * enum member:
 *   - python-reserved / java-reserved: the name is a reserved word there (jsii's own word lists; the
 *     compile task silences this warning, so it is surfaced here). Bindings rename such names
 *     (Python appends `_`), which breaks the "same names as aws-cdk-lib" promise in that language.
 *   - other-reserved: reserved in C# or Go only (not packaged today; informational).
 *   - python-collision: two members of one type map to the same snake_case Python name.
 *   - java-collision: a property's getter/setter collides with a method, or with java.lang.Object.
 *   - python-kwargs: a struct passed as the last argument is flattened into keyword arguments in
 *     Python; a struct field with the same name as another parameter of that call collides.
 *   - missing-docs: a public type or member without a docstring summary.
 * --compile re-runs `jsii` in the given directory without silencing anything and lists its warnings.
 * Exit status is 0 (report only) unless --strict and something was found.
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const jsiiDir = path.dirname(require.resolve('jsii/package.json'));
const { CSHARP_RESERVED, GO_RESERVED, JAVA_RESERVED, PYTHON_RESERVED } = require(path.join(jsiiDir, 'lib', 'reserved-words.js'));

// Methods of java.lang.Object a binding cannot declare with the same (zero or one) parameters.
const JAVA_OBJECT_METHODS = new Set(['getClass', 'hashCode', 'equals', 'clone', 'finalize', 'notify', 'notifyAll', 'wait']);

function parseArgs(argv) {
  const opts = { jsii: '.jsii', compile: undefined, strict: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--jsii') opts.jsii = argv[++i];
    else if (argv[i] === '--compile') opts.compile = argv[++i];
    else if (argv[i] === '--strict') opts.strict = true;
    else throw new Error(`unknown argument "${argv[i]}"; usage: api-check.js [--jsii <file>] [--compile <dir>] [--strict]`);
  }
  return opts;
}

function loadAssembly(file) {
  const asm = JSON.parse(fs.readFileSync(file, 'utf-8'));
  // A compressed assembly is a redirect to a gzipped file next to it.
  if (asm.schema === 'jsii/file-redirect') {
    return JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(path.dirname(file), asm.filename))).toString('utf-8'));
  }
  return asm;
}

/** jsii-pacmak's Python member naming: camelCase to snake_case. */
function snake(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function checkReserved(findings, where, name) {
  if (PYTHON_RESERVED.has(name) || PYTHON_RESERVED.has(snake(name))) {
    findings.push(['python-reserved', where, `"${name}" is a Python keyword; the binding renames it to "${snake(name)}_"`]);
  }
  if (JAVA_RESERVED.has(name)) {
    findings.push(['java-reserved', where, `"${name}" is a Java reserved word; the binding has to rename it`]);
  }
  const others = [CSHARP_RESERVED.has(name) && 'C#', GO_RESERVED.has(name) && 'Go'].filter(Boolean);
  if (others.length > 0) {
    findings.push(['other-reserved', where, `"${name}" is reserved in ${others.join(', ')} (not a packaged target today)`]);
  }
}

/** All property names of a struct in this assembly, including the structs it extends. */
function structFields(types, fqn, seen = new Set()) {
  const t = types[fqn];
  if (!t || !t.datatype || seen.has(fqn)) return [];
  seen.add(fqn);
  return [...(t.properties ?? []).map((p) => p.name), ...(t.interfaces ?? []).flatMap((i) => structFields(types, i, seen))];
}

function checkKwargs(findings, types, where, params) {
  const last = params[params.length - 1];
  const fields = last?.type?.fqn ? structFields(types, last.type.fqn) : [];
  for (const other of params.slice(0, -1)) {
    if (fields.some((f) => snake(f) === snake(other.name))) {
      findings.push(['python-kwargs', where, `struct field "${other.name}" of ${last.type.fqn} collides with the parameter of the same name`]);
    }
  }
}

function checkType(findings, type, types) {
  const fqn = type.fqn;
  if (!type.docs?.summary) findings.push(['missing-docs', fqn, 'type has no docstring summary']);
  checkReserved(findings, fqn, type.name);

  // Enum members are UPPER_CASE in every binding, so they cannot collide with (lowercase) keywords.

  const pyNames = new Map();
  const javaNames = new Map();
  const note = (map, key, what) => map.set(key, [...(map.get(key) ?? []), what]);

  for (const p of type.properties ?? []) {
    const where = `${fqn}#${p.name}`;
    if (!p.docs?.summary) findings.push(['missing-docs', where, 'property has no docstring summary']);
    checkReserved(findings, where, p.name);
    note(pyNames, `${p.static ? 'static ' : ''}${p.static ? p.name : snake(p.name)}`, `property ${p.name}`);
    if (!p.static) {
      note(javaNames, `get${cap(p.name)}/0`, `getter of ${p.name}`);
      if (!p.immutable) note(javaNames, `set${cap(p.name)}/1`, `setter of ${p.name}`);
      if (JAVA_OBJECT_METHODS.has(`get${cap(p.name)}`)) {
        findings.push(['java-collision', where, `getter get${cap(p.name)}() collides with java.lang.Object`]);
      }
    }
  }
  for (const m of type.methods ?? []) {
    const where = `${fqn}#${m.name}()`;
    if (!m.docs?.summary) findings.push(['missing-docs', where, 'method has no docstring summary']);
    checkReserved(findings, where, m.name);
    for (const param of m.parameters ?? []) checkReserved(findings, `${where} parameter`, param.name);
    checkKwargs(findings, types, where, m.parameters ?? []);
    note(pyNames, `${m.static ? 'static ' : ''}${snake(m.name)}`, `method ${m.name}`);
    note(javaNames, `${m.name}/${(m.parameters ?? []).length}`, `method ${m.name}`);
    if (JAVA_OBJECT_METHODS.has(m.name)) {
      findings.push(['java-collision', where, `${m.name} is a java.lang.Object method`]);
    }
  }
  for (const param of type.initializer?.parameters ?? []) checkReserved(findings, `${fqn} constructor parameter`, param.name);
  checkKwargs(findings, types, `${fqn} constructor`, type.initializer?.parameters ?? []);

  for (const [name, who] of pyNames) {
    if (who.length > 1) findings.push(['python-collision', fqn, `${who.join(' and ')} are both "${name}" in Python`]);
  }
  for (const [sig, who] of javaNames) {
    if (who.length > 1) findings.push(['java-collision', fqn, `${who.join(' and ')} are both ${sig.replace('/', '() with arity ')} in Java`]);
  }
}

function compileWarnings(dir) {
  let out;
  try {
    out = execFileSync(path.join(jsiiDir, 'bin', 'jsii'), [], { cwd: dir, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    out = `${err.stdout ?? ''}${err.stderr ?? ''}`;
  }
  return out.split('\n').filter((l) => /\bwarning\b.*JSII\d+|JSII\d+.*warning/i.test(l));
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const asm = loadAssembly(opts.jsii);
  const findings = [];
  for (const type of Object.values(asm.types ?? {})) checkType(findings, type, asm.types);

  const warnings = opts.compile ? compileWarnings(opts.compile) : [];
  for (const w of warnings) findings.push(['jsii-warning', 'compile', w.trim()]);

  findings.sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
  for (const [kind, where, what] of findings) console.log(`api-check: [${kind}] ${where}: ${what}`);
  const counts = {};
  for (const [kind] of findings) counts[kind] = (counts[kind] ?? 0) + 1;
  const byKind = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ') || 'no findings';
  console.log(`api-check: ${Object.keys(asm.types ?? {}).length} public types in ${asm.name}@${asm.version}: ${byKind}`);
  process.exitCode = opts.strict && findings.some(([kind]) => kind !== 'other-reserved') ? 1 : 0;
}

main();
