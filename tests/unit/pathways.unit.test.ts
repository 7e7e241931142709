/**
 * The five real pathways: they validate against the real catalogue and English texts, every
 * route ends at contacts that exist, and the urgent route puts 999 first.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/pathways.json';
import { readArea, readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { contactsFor, resolve, walkRoutes } from '../../src/features/pathways/engine';
import { loadValidPathways, readPathwaysDir, textKeys } from '../../build/pathway-files';
import { validatePathways, formatProblem } from '../../src/features/pathways/validate';

const root = path.resolve(import.meta.dirname, '../..');
const { files } = readCatalogueDir(path.join(root, 'data/catalogue'));
const catalogue = normaliseCatalogue(files as unknown as CatalogueFiles);
const services = new Map(catalogue.services.map((s) => [s.id, s]));
// As written, and as the build fills them from the catalogue (what the app shows).
const { pathways: written, problems: readProblems } = readPathwaysDir(path.join(root, 'data/pathways'));
const pathways = loadValidPathways(path.join(root, 'data'), files as unknown as CatalogueFiles);
const keys = textKeys(en);
const english = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);

// Seed 000, as a parent says them (the apostrophe is typographic in the app).
const PARENT_STATEMENTS = [
  'I can access appropriate services in my community',
  'I can meet with other parents/carers and develop local support networks',
  'I know who I can contact for professional advice and support if I have a concern about the needs of my child',
  'I know what I can do to help my child’s development and where to access help',
  'I know what I can do to help my child with additional needs and where to access help',
];

describe('the five pathways in data/pathways', () => {
  it('are the five parent I statements, each led by what a parent would say, plus the urgent pregnancy entry', () => {
    expect(readProblems).toEqual([]);
    const withStatement = pathways.filter((p) => p.statement);
    expect(withStatement.map((p) => english(p.statement as string)).sort()).toEqual([...PARENT_STATEMENTS].sort());
    for (const p of pathways) expect(english(p.ask), p.id).toMatch(/^(I|My)\b/);
    expect(pathways.filter((p) => !p.statement).map((p) => [p.id, p.urgentEntry])).toEqual([['pregnant-worried', true]]);
  });

  it('validate against the real catalogue, its sources and the English texts', () => {
    const sources = new Set(catalogue.services.flatMap((s) => s.sourceUrls));
    const problems = validatePathways(written, new Set(services.keys()), keys, readArea(path.join(root, 'data/area.json')), sources);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  for (const pathway of pathways) {
    it(`${pathway.id}: every route ends at contacts that exist, in the family's area`, () => {
      const routes = walkRoutes(pathway);
      expect(routes.length).toBeGreaterThan(Object.keys(pathway.endings).length - 1);
      // Every ending is reached by at least one route.
      expect(new Set(routes.map((r) => r.endingId))).toEqual(new Set(Object.keys(pathway.endings)));
      for (const route of routes) {
        const where = `${pathway.id} ${JSON.stringify(route.answers)}`;
        expect(route.contacts.length, where).toBeGreaterThan(0);
        for (const contact of route.contacts) {
          const service = services.get(contact.service);
          expect(service, `${where}: ${contact.service}`).toBeDefined();
          if (route.area) expect(contact.area ?? route.area, where).toBe(route.area);
        }
        // Following the same answers through the engine reaches the same ending.
        const position = resolve(pathway, route.answers);
        expect(position.kind === 'ending' && position.endingId, where).toBe(route.endingId);
      }
    });
  }

  it('asks where the family lives wherever the answer changes the contacts', () => {
    // An urgent entry asks as little as possible: it shows every area's number, each labelled.
    for (const pathway of pathways.filter((p) => !p.urgentEntry)) {
      for (const route of walkRoutes(pathway)) {
        const hasAreaContacts = route.ending.contacts.some((c) => c.area);
        const askedArea = route.path.some((v) => v.step.answers.some((a) => a.area));
        if (hasAreaContacts) expect(askedArea, `${pathway.id} → ${route.endingId}`).toBe(true);
      }
    }
  });
});

describe('urgent routes', () => {
  const concern = pathways.find((p) => p.id === 'concern')!;

  it('the emergency answer shows 999 first, then NHS 111', () => {
    const position = resolve(concern, { urgency: 'emergency' });
    expect(position.kind).toBe('ending');
    if (position.kind !== 'ending') return;
    const ids = contactsFor(position.ending, position.area).map((c) => c.service);
    expect(ids.slice(0, 2)).toEqual(['svc-999-emergency', 'svc-nhs-111']);
    expect(services.get(ids[0]!)?.phones[0]?.number).toBe('999');
  });

  it('urgent answers come first in the first question', () => {
    const first = concern.steps[concern.start]!;
    const urgent = first.answers.map((a) => Boolean(a.urgent));
    expect(urgent[0]).toBe(true);
    expect(urgent.indexOf(false)).toBe(urgent.lastIndexOf(false));
    expect(urgent.at(-1)).toBe(false);
  });

  it('a worry about a child in Essex goes to the Essex children’s hub, and in Hertfordshire to Children’s Services', () => {
    const first = (answers: Record<string, string>) => {
      const p = resolve(concern, answers);
      return p.kind === 'ending' ? contactsFor(p.ending, p.area)[0]?.service : p.stepId;
    };
    expect(first({ urgency: 'safety', 'safety-area': 'essex', 'safety-who': 'child' })).toBe('svc-essex-children-families-hub');
    expect(first({ urgency: 'safety', 'safety-area': 'herts', 'safety-who': 'child' })).toBe('svc-herts-childrens-services-concern');
  });
});

describe('Pregnant and worried now', () => {
  const pregnant = pathways.find((p) => p.id === 'pregnant-worried')!;
  const ending = (answers: Record<string, string>) => {
    const p = resolve(pregnant, answers);
    if (p.kind !== 'ending') throw new Error(`no ending for ${JSON.stringify(answers)}`);
    return { ...p, ids: contactsFor(p.ending, p.area).map((c) => c.service) };
  };
  const MATERNITY = ['svc-pah-maternity-advice', 'svc-lister-maternity-advice', 'svc-watford-maternity-advice'];

  it('baby moving less at 16 weeks or more: the maternity advice lines first, each with a number, then 111', () => {
    const { ids, ending: e } = ending({ weeks: '16-plus', later: 'moving-less' });
    expect(ids.slice(0, 3)).toEqual(MATERNITY);
    for (const id of MATERNITY) expect(services.get(id)?.phones.length, id).toBeGreaterThan(0);
    expect(ids[3]).toBe('svc-nhs-111');
    expect(english(e.lead as string)).toMatch(/maternity notes.*111/);
  });

  it('heavy bleeding or constant pain means 999 first, at any stage', () => {
    expect(ending({ weeks: 'under-16', early: 'heavy' }).ids[0]).toBe('svc-999-emergency');
    expect(ending({ weeks: '16-plus', later: 'heavy' }).ids[0]).toBe('svc-999-emergency');
  });

  it('offers the Early Pregnancy Unit only under 16 weeks', () => {
    expect(ending({ weeks: 'under-16', early: 'bleeding-pain' }).ids).toContain('svc-pah-early-pregnancy-unit');
    const later = walkRoutes(pregnant).filter((r) => r.answers.weeks !== 'under-16');
    expect(later.length).toBeGreaterThan(0);
    for (const route of later) expect(route.contacts.map((c) => c.service)).not.toContain('svc-pah-early-pregnancy-unit');
  });

  it('every route starts with a number to call now', () => {
    for (const route of walkRoutes(pregnant)) {
      expect(services.get(route.contacts[0]!.service)?.phones.length, route.endingId).toBeGreaterThan(0);
    }
  });
});
