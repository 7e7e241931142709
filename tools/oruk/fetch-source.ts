/**
 * Node-only: reads a feed from a file, a folder of saved pages, or an http(s) /services URL,
 * following pagination (v1 totalPages/number/content, 3.0 total_pages/page_number/contents) and
 * fetching /services/{id} when a list holds summaries only. Talks to the given host only, with
 * timeouts and a few retries, and never follows a link the feed itself supplies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentKind, FeedDocument } from './import-feed';
import { contentDate } from './feed-date';
import { isSummary, pageInfo } from './pages';
import { isRec, str, type Rec } from './text';

export interface FetchOptions {
  timeoutMs?: number;
  /** Extra attempts after a network error, a timeout, 429 or 5xx. */
  retries?: number;
  /** First retry waits this long; each later one twice as long. */
  backoffMs?: number;
  perPage?: number;
  /** A feed claiming more pages than this is cut off (and said so). */
  maxPages?: number;
  /** Parallel /services/{id} requests. */
  concurrency?: number;
}

export interface SourceRead {
  docs: FeedDocument[];
  /** The HTTP Last-Modified date (YYYY-MM-DD) of each list page, when the server sent one. */
  lastModified?: (string | undefined)[];
  /** The feed's base URL (before /services), when read over http(s). */
  feedUrl?: string;
  /** Plain-words notes about the read itself (pages cut off, ...). */
  notes: string[];
}

const parseJson = (text: string, name: string): unknown => {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    throw new Error(`${name}: not valid JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
};

/** What a saved file holds, from its name: our export writes taxonomies.json, taxonomy_terms.json, index.json. */
export function kindOf(name: string): DocumentKind {
  const b = basename(name).toLowerCase();
  if (b.startsWith('taxonomy_terms')) return 'taxonomy_terms';
  if (b.startsWith('taxonomies')) return 'taxonomies';
  if (b === 'index.json' || b.startsWith('meta')) return 'meta';
  return 'services';
}

function readLocal(path: string): SourceRead {
  if (!statSync(path).isDirectory()) {
    return { docs: [{ name: basename(path), kind: kindOf(path), json: parseJson(readFileSync(path, 'utf8'), path) }], notes: [] };
  }
  const names = readdirSync(path)
    .filter((n) => n.toLowerCase().endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })); // page-2 before page-10
  const docs = names.map((n) => ({ name: n, kind: kindOf(n), json: parseJson(readFileSync(join(path, n), 'utf8'), n) }));
  return { docs, notes: [] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function getJson(url: URL, host: string, o: Required<FetchOptions>): Promise<unknown> {
  return (await getJsonWithDate(url, host, o)).json;
}

/** The JSON and the date the server says it last changed (Last-Modified), when it says. */
async function getJsonWithDate(url: URL, host: string, o: Required<FetchOptions>): Promise<{ json: unknown; lastModified?: string }> {
  let target = url;
  for (let attempt = 0; ; attempt++) {
    let retryable = true;
    try {
      const res = await fetch(target, {
        redirect: 'manual',
        signal: AbortSignal.timeout(o.timeoutMs),
        headers: { accept: 'application/json' },
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        const next = new URL(location, target);
        if (next.host !== host)
          throw Object.assign(new Error(`${target.href} redirects to another host (${next.host}): not followed`), { fatal: true });
        target = next;
        attempt--; // a same-host redirect is not a failure
        continue;
      }
      if (res.ok)
        return {
          json: parseJson(await res.text(), target.href),
          lastModified: contentDate(res.headers.get('last-modified'), res.headers.get('date')),
        };
      retryable = res.status === 429 || res.status >= 500;
      throw new Error(`${target.href}: HTTP ${res.status}`);
    } catch (err) {
      if ((err as { fatal?: boolean }).fatal || !retryable || attempt >= o.retries) throw err;
      await sleep(o.backoffMs * 2 ** attempt);
    }
  }
}

async function readHttp(source: string, opts: FetchOptions): Promise<SourceRead> {
  const o: Required<FetchOptions> = {
    timeoutMs: 15_000,
    retries: 2,
    backoffMs: 500,
    perPage: 100,
    maxPages: 1000,
    concurrency: 4,
    ...opts,
  };
  const start = new URL(source);
  const base = new URL(start.href);
  base.pathname = start.pathname.replace(/\/services\/?$/, '').replace(/\/$/, '');
  base.search = '';
  const feedUrl = base.href.replace(/\/$/, '');
  const servicesUrl = `${feedUrl}/services`;
  const docs: FeedDocument[] = [];
  const notes: string[] = [];
  const lastModified: (string | undefined)[] = [];
  for (let page = 1; ; page++) {
    const url = new URL(servicesUrl);
    start.searchParams.forEach((v, k) => url.searchParams.set(k, v));
    url.searchParams.set('page', String(page));
    url.searchParams.set('per_page', String(o.perPage));
    const { json, lastModified: pageDate } = await getJsonWithDate(url, start.host, o);
    lastModified.push(pageDate);
    const info = pageInfo(json);
    const records: Rec[] = [...info.records];
    // Summaries (3.0 lists hold one-to-one fields only): fetch each full record, a few at a time.
    for (let i = 0; i < records.length; i += o.concurrency) {
      await Promise.all(
        records.slice(i, i + o.concurrency).map(async (r, j) => {
          const id = str(r.id);
          if (!id || !isSummary(r)) return;
          const full = await getJson(new URL(`${servicesUrl}/${encodeURIComponent(id)}`), start.host, o);
          if (isRec(full)) records[i + j] = full;
        }),
      );
    }
    // The page keeps its own top-level fields (a modified date the feed gives itself), with the full records.
    const wrapper = isRec(json) ? json : {};
    docs.push({
      name: url.href,
      kind: 'services',
      json: info.hint === 'v1' ? { ...wrapper, content: records } : { ...wrapper, contents: records },
    });
    const total = info.totalPages ?? 1;
    if (records.length === 0 || page >= total) break;
    if (page >= o.maxPages) {
      notes.push(`The feed says it has ${total} pages; only the first ${o.maxPages} were read.`);
      break;
    }
  }
  return { docs, feedUrl, notes, lastModified };
}

export async function readSource(source: string, opts: FetchOptions = {}): Promise<SourceRead> {
  return /^https?:\/\//i.test(source) ? readHttp(source, opts) : readLocal(source);
}
