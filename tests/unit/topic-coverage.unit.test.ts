/**
 * Every life-stage topic (seed 002's table) and every indicator (seed 000) has a sourced service a
 * parent can find, or says what was searched and why nothing could be sourced; and in each area at
 * least 90% of pathway endings give the family someone to phone or text, the rest saying why.
 * The same code prints `npm run coverage`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServiceView } from '../../src/features/catalogue/model';
import { areaSummary, coverageFailures, endingReports, REACHABLE_TARGET, topicReport, type Topic } from '../../tools/coverage/coverage';
import { loadCoverage } from '../../tools/coverage/load';
import { formatCoverage } from '../../tools/coverage/report';
import { textKeys } from '../../build/pathway-files';
import type { Pathway } from '../../src/features/pathways/types';
import en from '../../src/i18n/locales/en/pathways.json';
import { readArea, readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { createCatalogueSearch } from '../../src/features/search/catalogue-search';
import { searchServices } from '../../src/features/search/search-index';

const root = path.resolve(import.meta.dirname, '../..');
const data = loadCoverage(path.join(root, 'data'));
const area = readArea(path.join(root, 'data/area.json'));
const SEEDS = path.resolve(root, '../shared/seeds');
const seedText = (prefix: string) => {
  const name = existsSync(SEEDS) ? readdirSync(SEEDS).find((n) => n.startsWith(prefix)) : undefined;
  return name ? readFileSync(path.join(SEEDS, name), 'utf8') : undefined;
};
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

describe('every topic is covered or explained (real data)', () => {
  it.each(data.topicReports.map((r) => [r.topic.id, r] as const))('%s', (_id, report) => {
    expect(report.problems).toEqual([]);
    expect(report.status).not.toBe('uncovered');
  });

  it.each(data.topics.filter((t) => t.services.length > 0).map((t) => [t.search[0] ?? '', t] as const))(
    'a parent searching "%s" finds one of the topic\'s services in the top 5',
    (query, topic) => {
      const catalogue = normaliseCatalogue(readCatalogueDir(path.join(root, 'data/catalogue')).files as unknown as CatalogueFiles);
      const top = searchServices(createCatalogueSearch(catalogue), query, 5).services.map((s) => s.id);
      expect(top.filter((id) => topic.services.includes(id))).not.toEqual([]);
    },
  );
});

const tableOf = seedText('002_');
describe.skipIf(!tableOf)("seed 002's life-stage table", () => {
  // The table's rows are "Stage<TAB>topic, topic, …"; every topic phrase must belong to a topic.
  const phrases = (tableOf ?? '')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .flatMap((line) => (line.split('\t')[1] ?? '').split(','))
    .map(norm)
    .filter(Boolean);
  const claimed = new Set(data.topics.flatMap((t) => t.seed_002.map(norm)));

  it('has the four life-stage rows', () => {
    expect(phrases.length).toBeGreaterThan(25);
  });

  it.each(phrases)('"%s" is a topic in data/topics.json', (phrase) => {
    expect(claimed.has(phrase)).toBe(true);
  });
});

const indicatorsOf = seedText('000_');
describe.skipIf(!indicatorsOf)("seed 000's six indicators", () => {
  const indicators = [...(indicatorsOf ?? '').matchAll(/Indicator (\d+)/g)].map((m) => `Indicator ${m[1]}`);
  const claimed = new Set(data.topics.flatMap((t) => t.seed_000));

  it('lists six', () => {
    expect(new Set(indicators).size).toBe(6);
  });

  it.each([...new Set(indicators)])('%s is covered by a topic', (indicator) => {
    expect(claimed.has(indicator)).toBe(true);
  });
});

describe('pathway endings give someone to phone or text (real data)', () => {
  it.each(Object.keys(data.areaNames))(`in %s at least ${REACHABLE_TARGET}% do`, (area) => {
    const summary = areaSummary(data.endings, area);
    expect(summary.routes.length).toBeGreaterThan(30);
    expect(summary.percent).toBeGreaterThanOrEqual(REACHABLE_TARGET);
  });

  it('every ending without a number says why, in words that exist', () => {
    const keys = textKeys(en);
    const silent = data.endings.filter((r) => !r.reachable && !(r.noPhone && keys.has(r.noPhone)));
    expect(silent.map((r) => `${r.pathway} ${r.endingId} ${r.answers}`)).toEqual([]);
  });

  it('"Meet other parents" in Hertfordshire now ends with someone to contact by phone or text', () => {
    const groups = data.endings.find((r) => r.pathway === 'meet-parents' && r.endingId === 'end-groups' && r.area === 'herts');
    expect(groups?.reachable).toBe(true);
  });

  it('the whole check passes, and the printed report says so', () => {
    const { text, failures } = formatCoverage(data.topicReports, data.endings, data.districtsByArea, data.areaNames);
    expect(failures).toEqual([]);
    expect(text).toMatch(/^Hertfordshire: \d+ of \d+ endings/m);
    expect(text).toContain('PASSED');
  });
});

// The check itself: it must fail on a topic with nothing, and on an area under the target.
const service = (id: string, over: Partial<ServiceView> = {}): ServiceView =>
  ({ id, name: id, lifeStages: ['stage-pregnancy'], phones: [], areas: [{ name: 'England', ladCodes: 'all' }], ...over }) as ServiceView;
const topic = (over: Partial<Topic> = {}): Topic => ({
  id: 'stop-smoking',
  name: 'Stopping smoking',
  seed_002: ['cessation of smoking'],
  seed_000: [],
  stages: ['stage-pregnancy'],
  search: ['stop smoking'],
  services: [],
  ...over,
});

describe('the coverage check fails when it should', () => {
  it('a topic with no service and no explanation fails', () => {
    const report = topicReport(topic(), [service('svc-a')]);
    expect(report.status).toBe('uncovered');
    expect(coverageFailures([report], [], [])).toEqual(['topic stop-smoking has no service and does not say what was searched and why']);
  });

  it('a topic with no service passes only when it says what was searched, why, and the next step', () => {
    const unsourced = { searched: ['"stop smoking Essex" (pages)'], why: 'No page names a service.', next_step: 'Ask your GP.' };
    expect(topicReport(topic({ unsourced }), []).status).toBe('explained');
    expect(topicReport(topic({ unsourced: { ...unsourced, why: ' ' } }), []).status).toBe('uncovered');
  });

  it('a listed service for another life stage, or one not in the catalogue, is a problem, not cover', () => {
    const report = topicReport(topic({ services: ['svc-school', 'svc-gone'] }), [
      service('svc-school', { lifeStages: ['stage-early-years'] }),
    ]);
    expect(report.status).toBe('uncovered');
    expect(report.problems).toHaveLength(2);
  });

  it('an area where too few endings offer a phone or text fails', () => {
    const pathway: Pathway = {
      id: 'p',
      ask: 's',
      statement: 's',
      title: 't',
      start: 'area',
      steps: {
        area: {
          question: 'q',
          answers: [
            { id: 'herts', label: 'h', next: 'web', area: 'herts' },
            { id: 'essex', label: 'e', next: 'call', area: 'essex' },
          ],
        },
      },
      endings: {
        web: { title: 'w', tags: [], contacts: [{ service: 'svc-web' }] },
        call: { title: 'c', tags: [], contacts: [{ service: 'svc-call' }] },
      },
    };
    const services = [service('svc-web', { url: 'https://example.org' }), service('svc-call', { phones: [{ number: '0300 123 4567' }] })];
    const reports = endingReports([pathway], services);
    expect(reports.map((r) => [r.area, r.best])).toEqual([
      ['herts', 'web only'],
      ['essex', 'phone'],
    ]);
    const failures = coverageFailures([], reports, ['herts', 'essex']);
    expect(failures.some((f) => f.startsWith('herts: 0 of 1 endings'))).toBe(true);
    expect(failures.some((f) => f.startsWith('essex'))).toBe(false);
    expect(failures).toContain('p web (area:herts) has no phone or text contact and does not say why');
  });
});

describe('an ending that says why it has no number must point at real words', () => {
  it('the build rejects a noPhone key with no English text', async () => {
    const { validatePathways } = await import('../../src/features/pathways/validate');
    const pathway = JSON.parse(readFileSync(path.join(root, 'data/pathways/additional-needs.json'), 'utf8')) as Pathway;
    const services = new Set(data.services.map((s) => s.id));
    expect(validatePathways([pathway], services, textKeys(en), area)).toEqual([]);
    const ending = Object.values(pathway.endings).find((e) => e.noPhone)!;
    ending.noPhone = 'pathways.ui.noSuchText';
    expect(validatePathways([pathway], services, textKeys(en), area).map((p) => p.reason)).toEqual([
      'noPhone "pathways.ui.noSuchText" has no English text in en/pathways.json',
    ]);
  });
});
