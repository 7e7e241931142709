#!/usr/bin/env node
// `npm test`: lint and format check, build, run every vitest project, and end with one plain line
// "N passed, N failed" that CI reads, with the wall time just before it (the lint and the format
// check count as one test each). Exit code is vitest's, or 1 if the lint or format check failed.
//   npm test -- --project unit     extra args go to vitest
//   SKIP_BUILD=1 npm test          reuse the existing dist/
//   SKIP_LINT=1 npm test           leave out `npm run lint` and `npm run format:check`
// The build is strict (BSF_STRICT=1): a pathway warning fails it, as it must in CI (.ci/run runs npm test).
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
let buildMs = 0;
const resultsFile = join(root, '.vitest-results.json');

function run(command, args, env = process.env) {
  const { status, signal, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (error) throw error;
  return status ?? (signal ? 1 : 0);
}

/** Runs `npm run <script>` quietly; its output is printed only if it fails. */
function check(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ script, ok: false, output: String(error), seconds: 0 }));
    child.on('close', (code) => resolve({ script, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

// Both at once: each is single-threaded, and neither depends on the build.
const checks = process.env.SKIP_LINT === '1' ? [] : await Promise.all([check('lint'), check('format:check')]);
for (const { script, ok, output, seconds } of checks) {
  if (ok) console.log(`npm run ${script}: passed (${seconds.toFixed(1)} s)`);
  else console.error(`npm run ${script}: FAILED (${seconds.toFixed(1)} s)\n${output.trimEnd()}`);
}
const checksPassed = checks.filter((c) => c.ok).length;
const checksFailed = checks.length - checksPassed;

if (process.env.SKIP_BUILD !== '1') {
  // Strict, as CI runs it: a pathway contact the catalogue cannot fill as the data asks fails the build (README, "The data").
  const code = run('npm', ['run', 'build'], { ...process.env, BSF_STRICT: '1' });
  buildMs = Date.now() - started;
  if (code !== 0) {
    console.error(`npm run build failed (exit ${code}); no tests were run`);
    process.exit(code);
  }
}

// A stale file from an earlier run must not be mistaken for this run's results.
rmSync(resultsFile, { force: true });
const vitestCode = run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.vitest-results.json',
  ...process.argv.slice(2),
]);

if (!existsSync(resultsFile)) {
  console.error(`vitest wrote no ${resultsFile} (exit ${vitestCode})`);
  process.exit(vitestCode || 1);
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
const passed = (results.numPassedTests ?? 0) + checksPassed;
// A file whose set-up hook failed reports its tests as skipped, not failed: count them as failed,
// so the closing line never reads "0 failed" for a run that proved nothing.
const unrunInFailedFiles = (results.testResults ?? [])
  .filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'))
  .reduce((sum, file) => sum + Math.max(1, file.assertionResults.filter((test) => test.status !== 'passed').length), 0);
const failed = (results.numFailedTests ?? 0) + unrunInFailedFiles + checksFailed;
const skipped =
  (results.numPendingTests ?? 0) +
  (results.numTodoTests ?? 0) -
  (unrunInFailedFiles ? Math.min(unrunInFailedFiles, results.numPendingTests ?? 0) : 0);
// How long each project took: its first file's start to its last file's end (projects run side by
// side, so these overlap), then the whole run's wall time.
const spans = new Map();
for (const file of results.testResults ?? []) {
  const project =
    /^tests\/([^/]+)\//.exec(
      relative(root, file.name ?? '')
        .split(sep)
        .join('/'),
    )?.[1] ?? 'other';
  if (!Number.isFinite(file.startTime) || !Number.isFinite(file.endTime)) continue;
  const span = spans.get(project) ?? { start: file.startTime, end: file.endTime, files: 0 };
  span.start = Math.min(span.start, file.startTime);
  span.end = Math.max(span.end, file.endTime);
  span.files += 1;
  spans.set(project, span);
}
const projectTimes = [...spans].map(
  ([project, span]) => `${project} ${seconds(span.end - span.start)} (${span.files} file${span.files === 1 ? '' : 's'})`,
);
console.log(`projects: ${projectTimes.join(', ') || 'none'}`);
console.log(`wall time: ${seconds(Date.now() - started)}${buildMs ? ` (build ${seconds(buildMs)})` : ''}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitestCode !== 0 ? vitestCode : failed > 0 ? 1 : 0);
