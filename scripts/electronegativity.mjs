#!/usr/bin/env node
// Runs @doyensec/electronegativity over the built main process and preload (dist/electron) and
// fails on any finding above LOW. Offline: its translations come from the package itself (its
// loader would fetch them first) and the one check that downloads Electron's release list
// (AvailableSecurityFixesGlobalCheck) is left out; the Electron version is pinned in
// package.json instead. A finding can be exempted only by a comment on its line or the line
// before: `/* eng-disable CHECK_ID -- why @preserve */` (`@preserve` keeps it in the bundle).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
const EXEMPTION = /eng-disable\s+([A-Z0-9_ ,]+?)\s+--\s+\S/;

/** Electronegativity's i18n set up from its bundled English strings, without the network. */
function offlineI18n() {
  const i18n = require(require.resolve('i18n', { paths: [packageDir] }));
  return async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.join(packageDir, 'dist', 'locales'),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
}

function stubModule(file, exports) {
  require.cache[file] = {
    id: file,
    filename: file,
    loaded: true,
    exports,
    children: [],
    paths: [],
  };
}

/** Exempted when the finding's line or the one before carries `eng-disable ID -- reason`. */
function isExempt(issue, lines) {
  const line = issue.location?.line ?? 0;
  for (const text of [lines[line - 1], lines[line - 2]]) {
    const match = text && EXEMPTION.exec(text);
    if (match && match[1].split(/[\s,]+/).includes(issue.id)) return true;
  }
  return false;
}

/** `eng-disable` comments that give no reason (every exemption must say why). */
function unexplainedExemptions(name, lines) {
  return lines.flatMap((text, i) =>
    /eng-disable/.test(text) && !EXEMPTION.test(text) ? [`${name}:${i + 1}`] : [],
  );
}

/**
 * Scans JavaScript sources (file name → text) as electronegativity sees an app: the files and a
 * package.json naming the Electron version. Returns every finding, marked exempt where an inline
 * comment with a reason covers it.
 */
export async function scanSources(sources, electronVersion) {
  const scanDir = mkdtempSync(path.join(tmpdir(), 'fathom-eng-'));
  try {
    for (const [name, text] of Object.entries(sources)) {
      writeFileSync(path.join(scanDir, name), text);
    }
    writeFileSync(
      path.join(scanDir, 'package.json'),
      JSON.stringify({ name: 'fathom', devDependencies: { electron: electronVersion } }),
    );
    stubModule(path.join(packageDir, 'dist', 'locales', 'i18n.js'), offlineI18n());
    const run = require(path.join(packageDir, 'dist', 'runner.js'));
    const result = await run({
      input: scanDir,
      excludeFromScan: OFFLINE_EXCLUDED,
      isRelative: true,
      parserPlugins: [],
    });
    const lines = Object.fromEntries(
      Object.entries(sources).map(([name, text]) => [name, text.split('\n')]),
    );
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      value: issue.severity.value,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location?.line,
      description: issue.description,
      exempt: isExempt(issue, lines[issue.file] ?? []),
    }));
    return {
      checks: result.globalChecks + result.atomicChecks,
      errors: result.errors,
      findings,
      unexplained: Object.entries(lines).flatMap(([name, l]) => unexplainedExemptions(name, l)),
    };
  } finally {
    rmSync(scanDir, { recursive: true, force: true });
  }
}

/** Builds dist/electron and scans its main and preload bundles. */
export async function scanElectron() {
  await buildElectron();
  // Electronegativity reads .js, not .cjs.
  const read = (file) => readFileSync(path.join(root, 'dist', 'electron', file), 'utf8');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return scanSources(
    { 'main.js': read('main.cjs'), 'preload.js': read('preload.cjs') },
    pkg.devDependencies.electron,
  );
}

/** Findings that fail the check: above LOW and not exempted. */
export function failingFindings(findings) {
  return findings.filter((f) => f.value > 1 && !f.exempt);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { checks, errors, findings, unexplained } = await scanElectron();
  const failing = failingFindings(findings);
  for (const where of unexplained) console.log(`exemption without a reason (-- why): ${where}`);
  for (const f of findings) {
    const note = f.exempt ? ' (exempted inline)' : f.value > 1 ? '' : ' (low: reported only)';
    console.log(`${f.severity} ${f.id} ${f.file}:${f.line}${note} — ${f.description}`);
  }
  for (const e of errors)
    console.log(`parse ${e.tolerable ? 'warning' : 'error'}: ${e.file}: ${e.message}`);
  const hardErrors = errors.filter((e) => !e.tolerable);
  console.log(
    `electronegativity: ${checks} checks over dist/electron, ${findings.length} findings, ${failing.length} above LOW without an exemption`,
  );
  if (failing.length || hardErrors.length || unexplained.length) process.exit(1);
}
