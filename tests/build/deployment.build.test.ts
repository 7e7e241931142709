/**
 * The same protection wherever the app is served: dist/_headers (static hosts), the preview
 * server (npm start, npm run preview) and dist/_redirects, so a shared deep link opens on a phone
 * that has never seen the app. Starts scripts/cli/serve.mjs on a free port and reads its headers,
 * as `curl -I` would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import area from '../../data/area.json';
import { securityHeaders } from '../../build/security-headers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = process.env.BSF_DIST_DIR ? resolve(process.env.BSF_DIST_DIR) : join(root, 'dist');
const expected = securityHeaders({ tileUrl: area.tile_url });

/** The headers of the `/*` block of a Netlify-style _headers file. */
function headersForAll(file: string): Record<string, string> {
  const block = file.split(/\n\s*\n/).find((b) => b.startsWith('/*\n')) ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .slice(1)
      .map((line) => /^\s+([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

describe('dist/_headers and dist/_redirects', () => {
  it('_redirects sends every unknown address to index.html with status 200', () => {
    const file = join(dist, '_redirects');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').trim().split(/\s+/)).toEqual(['/*', '/index.html', '200']);
  });

  it('_headers gives every response the policy with frame-ancestors, nosniff, Referrer- and Permissions-Policy', () => {
    const all = headersForAll(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(all).toEqual(expected);
    expect(all['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});

describe('the preview server (scripts/cli/serve.mjs)', () => {
  let server: ChildProcess | undefined;
  let origin = '';

  beforeAll(async () => {
    server = spawn(process.execPath, ['scripts/cli/serve.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: '0', BSF_DIST_DIR: dist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    origin = await new Promise<string>((done, fail) => {
      server!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
        if (url) done(url);
      });
      server!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server!.on('exit', (code) => fail(new Error(`serve.mjs exited (${code}) before serving:\n${output}`)));
    });
  }, 60_000);

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  const asset = () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    return /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '/assets/missing.js';
  };

  it.each([
    ['the home page', () => '/'],
    ['a deep link to a service', () => '/services/svc-nhs-111'],
    ['a hashed script', asset],
    ['the service worker', () => '/sw.js'],
  ])('sends the headers of dist/_headers with %s', async (_name, path) => {
    const response = await fetch(`${origin}${path()}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    const fromFile = headersForAll(readFileSync(join(dist, '_headers'), 'utf8'));
    const sent = Object.fromEntries(Object.keys(fromFile).map((name) => [name, response.headers.get(name)]));
    expect(sent).toEqual(fromFile);
    expect(sent['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(sent['X-Content-Type-Options']).toBe('nosniff');
  });

  it('serves the app for a deep link it has no file for', async () => {
    const response = await fetch(`${origin}/services/svc-nhs-111`);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<div id="app"');
  });

  it('serves the app, with its headers, for an address with a malformed escape (a first visit gets "Page not found", not a bare 404)', async () => {
    const response = await fetch(`${origin}/services/%E0%A4%A`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(await response.text()).toContain('<div id="app"');
  });
});
