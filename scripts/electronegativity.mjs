#!/usr/bin/env node
// Runs Electronegativity (Doyensec's Electron security linter) over the project and fails on any
// finding above informational that is not in the reviewed allow-list
// (scripts/electronegativity-allowlist.json), or on an allow-list entry that matches nothing.
// Run after the build, so the bundled app in out/ is checked too:  npm run test:electron-security
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const allowlist = JSON.parse(readFileSync(join(root, 'scripts/electronegativity-allowlist.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const csvPath = join(work, 'findings.csv');
const bin = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');

// The release-notes check downloads Electron's release list from GitHub; CI runs offline.
// Electronegativity writes its CSV header and body with two unordered async writes, so now and then
// the header lands over the first row; such a report is recognised (a row that is not 8 fields
// starting with a check id) and the scan is run again.
let csv;
for (let attempt = 1; ; attempt += 1) {
  const run = spawnSync(process.execPath, [bin, '-i', root, '-r', '-v', 'false', '-o', csvPath, '-x', 'AvailableSecurityFixesGlobalCheck'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  try {
    csv = readFileSync(csvPath, 'utf8');
  } catch {
    console.error(`electronegativity produced no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  const garbled = parseCsv(csv).slice(1).filter((row) => row.length > 1 && (row.length !== 8 || !/^[A-Z0-9_]+$/.test(row[0])));
  if (garbled.length === 0) break;
  if (attempt === 3) {
    console.error(`electronegativity wrote a garbled report ${attempt} times; first bad row: ${garbled[0].join(',').slice(0, 200)}`);
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  console.info(`electronegativity wrote a garbled report (its header raced its rows); scanning again (${attempt + 1}/3)`);
}
rmSync(work, { recursive: true, force: true });

const [header, ...rows] = parseCsv(csv).filter((row) => row.length > 1);
const column = (name) => header.findIndex((h) => h.trim() === name);
const findings = rows.map((row) => ({
  check: row[column('issue')],
  severity: row[column('severity')],
  confidence: row[column('confidence')],
  file: row[column('filename')].replace(/^\.?\//, ''),
  location: row[column('location')],
  description: row[column('description')],
}));

const toRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
const used = new Set();
const unjustified = [];
const bySeverity = {};
for (const finding of findings) {
  bySeverity[finding.severity] = (bySeverity[finding.severity] ?? 0) + 1;
  if (finding.severity === 'INFORMATIONAL') continue;
  const entry = allowlist.entries.findIndex((e) => e.check === finding.check && e.files.some((glob) => toRegExp(glob).test(finding.file)));
  if (entry >= 0) used.add(entry);
  else unjustified.push(finding);
}
const stale = allowlist.entries.filter((_, i) => !used.has(i));

console.info(
  `electronegativity: ${findings.length} findings (${Object.entries(bySeverity).map(([s, n]) => `${s.toLowerCase()} ${n}`).join(', ')}); ` +
    `${findings.length - unjustified.length - (bySeverity.INFORMATIONAL ?? 0)} justified in the allow-list, ${unjustified.length} unjustified, ${stale.length} stale allow-list entries`,
);
for (const f of unjustified) console.error(`  UNJUSTIFIED ${f.severity} ${f.confidence} ${f.check} ${f.file}:${f.location} — ${f.description}`);
for (const e of stale) console.error(`  STALE allow-list entry ${e.check} for ${e.files.join(', ')}: it matches no finding any more; remove it`);
process.exit(unjustified.length > 0 || stale.length > 0 ? 1 : 0);

/** RFC 4180-ish: quoted fields with doubled quotes, commas and newlines inside quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
