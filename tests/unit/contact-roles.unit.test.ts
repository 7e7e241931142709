/**
 * Pathway endings name the kind of contact they need (a role) and are filled from whatever the
 * catalogue holds for the family's part of the area. Fixture services are fictional ("fx-" ids).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { loadPathways, readCoreContacts, readPathwaysDir } from '../../build/pathway-files';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { fillPathways, roleServices, type CoreContacts, type RoleService } from '../../src/features/pathways/contact-roles';
import { contactsFor } from '../../src/features/pathways/engine';
import type { PathwayContactData, PathwayData } from '../../src/features/pathways/types';
import { formatProblem } from '../../src/features/pathways/validate';

const root = path.resolve(import.meta.dirname, '../..');

/** Two parts: north (districts N1, N2) and south (S1). */
const PARTS = [
  { id: 'north', ladCodes: ['N1', 'N2'] },
  { id: 'south', ladCodes: ['S1'] },
];
const svc = (id: string, roles: string[], ladCodes: string[] | 'all', name = id, hasPhone = true): RoleService => ({
  id,
  name,
  roles,
  ladCodes,
  hasPhone,
});

function pathwayWith(contacts: PathwayContactData[]): PathwayData {
  return {
    id: 'fixture',
    ask: 'f.ask',
    title: 'f.title',
    start: 'q',
    steps: { q: { question: 'f.q', answers: [{ id: 'a', label: 'f.a', next: 'end', area: 'north' }] } },
    endings: { end: { title: 'f.end', tags: [], contacts } },
  };
}

const fill = (contacts: PathwayContactData[], services: RoleService[], core: CoreContacts = {}) => {
  const { pathways, warnings } = fillPathways([pathwayWith(contacts)], services, PARTS, core);
  return { contacts: pathways[0]!.endings.end!.contacts, warnings: warnings.map(formatProblem) };
};
const ADVICE = { say: 'f.say', source_url: ['https://example.org/hv'] };

describe('filling a contact from its role', () => {
  it('shows the preferred service first, with its advice, then others with the role in that part, without the advice', () => {
    const services = [
      svc('fx-hv-county', ['role-hv'], ['N1', 'N2']),
      svc('fx-hv-town', ['role-hv'], ['N2'], 'A town team'),
      svc('fx-hv-south', ['role-hv'], ['S1']),
      svc('fx-hub', ['role-hub'], ['N1']),
    ];
    const { contacts, warnings } = fill([{ role: 'role-hv', service: 'fx-hv-county', area: 'north', ...ADVICE }], services);
    expect(contacts).toEqual([
      { role: 'role-hv', service: 'fx-hv-county', area: 'north', ...ADVICE },
      { role: 'role-hv', service: 'fx-hv-town', area: 'north' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('when the preferred service is gone, fills the contact from the role, part-wide services first, then those with a number, at most 3', () => {
    const services = [
      svc('fx-town-0', ['role-hub'], ['N1'], '0 hub with a website only', false),
      svc('fx-town-b', ['role-hub'], ['N2'], 'B hub'),
      svc('fx-town-a', ['role-hub'], ['N1'], 'A hub'),
      svc('fx-town-c', ['role-hub'], ['N1'], 'C hub'),
      svc('fx-county', ['role-hub'], ['N1', 'N2'], 'Z county hubs'),
    ];
    const { contacts, warnings } = fill([{ role: 'role-hub', service: 'fx-gone', area: 'north', ...ADVICE }], services);
    expect(contacts.map((c) => c.service)).toEqual(['fx-county', 'fx-town-a', 'fx-town-b']);
    // The advice was written for the missing service, so it is not put on the others.
    expect(contacts.every((c) => c.say === undefined && c.source_url === undefined)).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('shows the core contact for the role, with a warning, when nothing in the catalogue fills it', () => {
    const services = [svc('fx-core-hv', [], ['N1', 'N2']), svc('fx-hv-south', ['role-hv'], ['S1'])];
    const core = { 'role-hv': { north: ['fx-gone-too', 'fx-core-hv'] } };
    const { contacts, warnings } = fill([{ role: 'role-hv', service: 'fx-gone', area: 'north' }], services, core);
    expect(contacts).toEqual([{ role: 'role-hv', service: 'fx-core-hv', area: 'north' }]);
    expect(warnings).toEqual([
      'data/pathways/fixture.json end: role "role-hv" for north: nothing in the catalogue fills it, so the ending shows its core contact fx-core-hv',
    ]);
  });

  it('leaves the contact out, with a warning naming pathway, ending and role, when the role has no core contact either', () => {
    const { contacts, warnings } = fill(
      [{ service: 'fx-999' }, { role: 'role-sendiass', area: 'north' }],
      [svc('fx-999', [], 'all'), svc('fx-sendiass-south', ['role-sendiass'], ['S1'])],
    );
    expect(contacts.map((c) => c.service)).toEqual(['fx-999']);
    expect(warnings).toEqual([
      'data/pathways/fixture.json end: role "role-sendiass" for north: nothing in the catalogue fills it and it has no core contact, so this contact is left out',
    ]);
  });

  it('fills only from services serving that part: a national one counts, one in the other part does not', () => {
    const services = [svc('fx-south-hub', ['role-hub'], ['S1']), svc('fx-national', ['role-hub'], 'all')];
    expect(fill([{ role: 'role-hub', area: 'north' }], services).contacts.map((c) => c.service)).toEqual(['fx-national']);
    expect(fill([{ role: 'role-hub', area: 'south' }], services).contacts.map((c) => c.service)).toEqual(['fx-national', 'fx-south-hub']);
  });

  it("never repeats a service, nor pulls forward one the ending prefers further down (the pathway's order holds)", () => {
    const services = [svc('fx-hv', ['role-hv', 'role-hub'], ['N1', 'N2']), svc('fx-hub', ['role-hub'], ['N1', 'N2'])];
    const { contacts } = fill(
      [
        { role: 'role-hub', area: 'north' },
        { role: 'role-hv', service: 'fx-hv', area: 'north' },
      ],
      services,
    );
    expect(contacts.map((c) => c.service)).toEqual(['fx-hub', 'fx-hv']);
  });
});

describe('roles read from the catalogue tables', () => {
  it('a service gets each bsf-contact-role term it is linked to, the districts of its service areas, and whether it has a number', () => {
    const files = {
      services: [
        { id: 'fx-a', name: 'A', status: 'active' },
        { id: 'fx-b', name: 'B', status: 'inactive' },
        { id: 'fx-c', name: 'C', status: 'active' },
      ],
      contacts: [{ id: 'con-a', service_id: 'fx-a' }],
      phones: [{ id: 'ph-a', contact_id: 'con-a', number: '020 7946 0000' }],
      service_areas: [
        { id: 'sa1', service_id: 'fx-a', name: 'x', extent_type: 'lad_codes', extent: 'N1, N2' },
        { id: 'sa2', service_id: 'fx-b', name: 'x', extent_type: 'country' },
      ],
      attributes: [
        { id: 'at1', link_type: 'service', link_id: 'fx-a', taxonomy_term_id: 'role-hub' },
        { id: 'at2', link_type: 'service', link_id: 'fx-a', taxonomy_term_id: 'cat-family-centres' },
      ],
      taxonomy_terms: [
        { id: 'role-hub', name: 'Hub', description: 'x', taxonomy_id: 'bsf-contact-role' },
        { id: 'cat-family-centres', name: 'Centres', description: 'x', taxonomy_id: 'bsf-category' },
      ],
    } as unknown as CatalogueFiles;
    // An inactive service is not in the app, so it fills nothing.
    expect(roleServices(files)).toEqual([
      { id: 'fx-a', name: 'A', roles: ['role-hub'], ladCodes: ['N1', 'N2'], hasPhone: true },
      { id: 'fx-c', name: 'C', roles: [], ladCodes: [], hasPhone: false },
    ]);
  });
});

describe('the shipped pathways and catalogue', () => {
  const { files } = readCatalogueDir(path.join(root, 'data/catalogue'));
  const catalogue = files as unknown as CatalogueFiles;
  const { pathways: written } = readPathwaysDir(path.join(root, 'data/pathways'));
  const loaded = loadPathways(path.join(root, 'data'), catalogue);

  it('show exactly the services each ending names, in its order, with its advice, and warn of nothing', () => {
    expect(loaded.warnings.map(formatProblem)).toEqual([]);
    expect(loaded.pathways).toEqual(written);
  });

  it('name a kind of contact for every contact limited to one part of the area', () => {
    for (const pathway of written) {
      for (const [id, ending] of Object.entries(pathway.endings)) {
        for (const contact of contactsFor(ending, undefined)) {
          if (contact.area) expect(contact.role, `${pathway.id} ${id} ${contact.service}`).toMatch(/^role-/);
        }
      }
    }
  });

  it('refuse to build when a catalogue without 999 would leave an urgent route starting elsewhere', () => {
    const without999 = { ...catalogue, services: catalogue.services.filter((s) => s.id !== 'svc-999-emergency') };
    expect(() => loadPathways(path.join(root, 'data'), without999)).toThrow(
      /concern\.json end-domestic-abuse: the urgent route [^\n]* must start with 999, NHS 111, a safeguarding contact or a maternity advice line/,
    );
  });

  it("every role's core contacts are core services serving that part", () => {
    const services = new Map(roleServices(catalogue).map((s) => [s.id, s]));
    const core = readCoreContacts(path.join(root, 'data'));
    expect(Object.keys(core).length).toBeGreaterThan(0);
    for (const [role, parts] of Object.entries(core)) {
      for (const [part, ids] of Object.entries(parts)) {
        for (const id of ids ?? []) expect(services.get(id)?.ladCodes, `${role} ${part} ${id}`).toBeDefined();
      }
    }
  });
});
