/**
 * Urgent words → the medical route, decided by a small vocabulary of stems (urgent-words.ts) and
 * by each service's kind of line (urgency-kind.ts), never by a list of sentences. Every urgent
 * word tested here is checked to be absent from data/synonyms.json, so these pass only because
 * the urgent vocabulary itself recognises them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { createCatalogueSearch } from '../../src/features/search/catalogue-search';
import { findServices } from '../../src/features/search/find-services';
import { buildGazetteer } from '../../src/features/search/places-in-query';
import { searchServices } from '../../src/features/search/search-index';
import { tokenise } from '../../src/features/search/text';
import { routeFor } from '../../src/features/search/urgent-first';
import { urgencyKindOf } from '../../src/features/search/urgency-kind';
import { urgentNeeds, type UrgentNeed } from '../../src/features/search/urgent-words';

const root = new URL('../../', import.meta.url);
const catalogue = normaliseCatalogue(readCatalogueDir(fileURLToPath(new URL('data/catalogue', root))).files as unknown as CatalogueFiles);
const index = createCatalogueSearch(catalogue);
const gazetteer = buildGazetteer();
const synonymsFile = JSON.parse(readFileSync(new URL('data/synonyms.json', root), 'utf8')) as { groups: { words: string[] }[] };
const SYNONYM_WORDS = new Set(synonymsFile.groups.flatMap((g) => g.words.flatMap(tokenise)));

const needsOf = (query: string) => [...urgentNeeds(tokenise(query))].sort();
const kindOfFirst = (query: string) => {
  const first = findServices(index, gazetteer, query).services[0];
  return first ? urgencyKindOf(first) : null;
};

// [query, the urgent word in it (not a synonym), needs, the kind of line that must come first]
const WORD_CLASSES: [string, string, UrgentNeed[], string][] = [
  ['her temp is 39', 'temp', ['medical'], 'medical'],
  ['feverish toddler', 'feverish', ['medical'], 'medical'],
  ['rash on his tummy', 'rash', ['medical'], 'medical'],
  ['spots that dont fade under a glass', 'fade', ['life'], 'emergency'],
  ['she is having a fit', 'fit', ['life'], 'emergency'],
  ['baby breathing really fast', 'breathing', ['life', 'medical'], 'emergency'],
  ['struggling to breathe', 'breathe', ['life', 'medical'], 'emergency'],
  ['having a seizure', 'seizure', ['life'], 'emergency'],
  ['he had a convulsion', 'convulsion', ['life'], 'emergency'],
  ['keeps vomiting', 'vomiting', ['medical'], 'medical'],
  ['swallowed a button battery', 'swallowed', ['life', 'medical'], 'emergency'],
  ['swallowed a coin', 'swallowed', ['medical'], 'medical'],
  ['scalded her hand on the kettle', 'scalded', ['medical'], 'medical'],
  ['spotting at 8 weeks pregnant', 'spotting', ['pregnancy'], 'maternity'],
  ['baby kicking less than usual', 'kicking', ['pregnancy'], 'maternity'],
  ['my waters have gone', 'waters', ['pregnancy'], 'maternity'],
  ['contractions every 5 minutes', 'contractions', ['pregnancy'], 'maternity'],
  ['reduced movements', 'reduced', ['pregnancy'], 'maternity'],
  ['fewer kicks tonight', 'fewer', ['pregnancy'], 'maternity'],
];

describe('urgent words (not in the synonyms list) put the medical route first', () => {
  it.each(WORD_CLASSES)('"%s" (urgent word "%s")', (query, word, needs, firstKind) => {
    expect(SYNONYM_WORDS.has(word)).toBe(false);
    expect(needsOf(query)).toEqual(needs);
    expect(kindOfFirst(query)).toBe(firstKind);
  });

  it('brings NHS 111 in even when no service text matches ("my baby has a temperature")', () => {
    expect(searchServices(index, 'my baby has a temperature').services.map(urgencyKindOf)).not.toContain('medical');
    expect(kindOfFirst('my baby has a temperature')).toBe('medical');
  });

  it('a heavy bleed in pregnancy calls for 999 first, then the maternity services, then NHS 111', () => {
    expect(routeFor(urgentNeeds(tokenise('heavy bleeding and I am pregnant')))).toEqual(['emergency', 'maternity', 'medical']);
  });

  it.each([
    'baby keeps waking and will not settle',
    'baby wont stop crying',
    'moving house with a toddler',
    'free hours',
    'keep fit classes for mums',
    'feeling burnt out',
    'sick of arguing with my partner',
    'what should I eat when breastfeeding',
  ])('ordinary questions are not urgent: "%s"', (query) => {
    expect(needsOf(query)).toEqual([]);
    expect(routeFor(urgentNeeds(tokenise(query)))).toEqual([]);
  });
});

describe('kinds of urgent line', () => {
  const kinds = new Map(catalogue.services.map((s) => [s.id, urgencyKindOf(s)]));

  it('tells 999 and NHS 111 apart by the numbers they dial, whatever their ids', () => {
    const byNumber = (n: string) => catalogue.services.filter((s) => s.phones.some((p) => p.number.replace(/\s/g, '') === n));
    expect(byNumber('999').map(urgencyKindOf)).toEqual(['emergency']);
    expect(byNumber('111').map(urgencyKindOf)).toEqual(['medical']);
  });

  it('gives every "urgent help" service one kind, with medical, safeguarding, domestic abuse and crisis lines distinct', () => {
    const urgent = catalogue.services.filter((s) => s.categories.includes('cat-urgent-help'));
    expect(urgent.every((s) => kinds.get(s.id) !== null)).toBe(true);
    const seen = new Set(urgent.map((s) => kinds.get(s.id)));
    for (const kind of ['emergency', 'medical', 'safeguarding', 'domestic-abuse', 'mental-health']) expect(seen).toContain(kind);
  });

  it('never interleaves kinds of line that score the same ("urgent")', () => {
    const order = searchServices(index, 'urgent')
      .services.map(urgencyKindOf)
      .filter((k) => k !== null);
    expect(order[0]).toBe('emergency');
    // Each kind forms one run: once a kind ends, it never comes back.
    const runs = order.filter((k, i) => k !== order[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it('medical words no longer list domestic abuse, crisis and safeguarding lines ("fever")', () => {
    const kindsFound = findServices(index, gazetteer, 'fever').services.map(urgencyKindOf);
    expect(kindsFound.slice(0, 2)).toEqual(['medical', 'emergency']);
    expect(kindsFound).not.toContain('domestic-abuse');
    expect(kindsFound).not.toContain('safeguarding');
  });
});
