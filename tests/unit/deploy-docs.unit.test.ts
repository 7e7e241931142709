/**
 * The nginx and Apache examples in docs/run-for-your-area.md carry exactly the security headers
 * the build writes to dist/_headers (build/security-headers.ts), and nginx repeats them in
 * every location (an add_header inside a location drops the server-level ones).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import area from '../../data/area.json';
import { securityHeaders } from '../../build/security-headers';

const docs = readFileSync('docs/run-for-your-area.md', 'utf8');
const expected = securityHeaders({ tileUrl: area.tile_url });
const blocks = (lang: string) => [...docs.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const STALE = 'docs/run-for-your-area.md is out of date: copy the headers from dist/_headers';

describe('docs/run-for-your-area.md', () => {
  it('nginx: the included snippet sends every security header, always, with the current values', () => {
    const snippet = blocks('nginx').find((b) => b.includes('best-start-finder-security.conf\n')) ?? '';
    const sent = Object.fromEntries([...snippet.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]));
    expect(sent, STALE).toEqual(expected);
  });

  it('nginx: every location that adds a header includes the security snippet', () => {
    const server = blocks('nginx').find((b) => b.startsWith('server {')) ?? '';
    const locations = server.split('\n').filter((line) => /^\s*location\b/.test(line));
    expect(locations.length).toBeGreaterThanOrEqual(5);
    // One-line locations hold both on the line; the last (multi-line) one is checked as a block.
    for (const line of locations.filter((l) => l.includes('}'))) {
      expect(line).toContain('include snippets/best-start-finder-security.conf;');
    }
    const last = server.slice(server.indexOf('location / {'));
    expect(last).toContain('include snippets/best-start-finder-security.conf;');
    expect(server).not.toMatch(/^\s*add_header (Content-Security-Policy|X-Content-Type-Options)/m);
  });

  it('Apache: every security header is set always, with the current values', () => {
    const htaccess = blocks('apache')[0] ?? '';
    const sent = Object.fromEntries([...htaccess.matchAll(/^Header always set (\S+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]]));
    expect(sent, STALE).toEqual(expected);
  });

  it('the _headers reference shows the current policy', () => {
    expect(docs).toContain(`  Content-Security-Policy: ${expected['Content-Security-Policy']}\n`);
  });
});

describe('the commands in docs/run-for-your-area.md and its sample job', () => {
  const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
  const job = readFileSync('docs/examples/refresh.yml', 'utf8');

  it('names only npm scripts that package.json has', () => {
    const named = [...`${docs}\n${job}`.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named).toContain('refresh');
    expect(named).toContain('import');
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('names only scripts/ files that exist', () => {
    const files = [...docs.matchAll(/node (scripts\/[\w./-]+\.mjs)/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !existsSync(file))).toEqual([]);
  });

  it('the workflow publishes dist/ only after npm ci, npm run refresh and npm test, with no step let off failing', () => {
    const at = (text: string) => job.indexOf(`run: ${text}`);
    const publish = job.indexOf('dist/ "$DEPLOY_TARGET"');
    expect([at('npm ci'), at('npm run refresh'), at('npm test')].every((i) => i > 0)).toBe(true);
    expect(at('npm ci')).toBeLessThan(at('npm run refresh'));
    expect(at('npm run refresh')).toBeLessThan(at('npm test'));
    expect(at('npm test')).toBeLessThan(publish);
    expect(job).not.toMatch(/continue-on-error|if:\s*(always|failure)\(\)/);
  });

  it('the cron line copies dist/ only when every command before it passed', () => {
    const cron = /^15 2 \* \* \* (.*)$/m.exec(docs)?.[1] ?? '';
    const steps = cron.replace(/ >>.*$/, '').split(' && ');
    expect(steps.slice(1, 4)).toEqual(['npm ci', 'npm run refresh', 'npm test']);
    expect(steps[4]).toMatch(/^rsync .* dist\/ /);
  });
});
