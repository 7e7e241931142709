/**
 * Coverage (pure): does every life-stage topic have a service, and does every pathway ending give
 * a family someone to phone or text? Used by `npm run coverage` (scripts/cli/coverage.mjs) and
 * tests/unit/topic-coverage.unit.test.ts, so the report and the test can never disagree.
 */
import type { ServiceView } from '../../src/features/catalogue/model';
import { servicesById } from '../../src/features/catalogue/queries';
import { walkRoutes } from '../../src/features/pathways/engine';
import type { AreaId, Pathway } from '../../src/features/pathways/types';

/** One topic of data/topics.json. */
export interface Topic {
  id: string;
  name: string;
  /** Seed 002's life-stage table phrases this topic answers, as printed there. */
  seed_002: string[];
  /** Seed 000's indicators ("Indicator 4") this topic answers. */
  seed_000: string[];
  stages: string[];
  /** What a parent would type; the first must find one of the services. */
  search: string[];
  services: string[];
  /** An area with no local service, and why. */
  gaps?: Partial<Record<AreaId, string>>;
  note?: string;
  /** Required when no service covers the topic: where we looked, and why nothing could be used. */
  unsourced?: { searched: string[]; why: string; next_step: string };
}

export type TopicStatus = 'covered' | 'explained' | 'uncovered';

export interface TopicReport {
  topic: Topic;
  status: TopicStatus;
  /** Listed services that exist and carry one of the topic's life stages. */
  services: ServiceView[];
  /** Listed ids that are not in the catalogue, or carry none of the topic's stages: data errors. */
  problems: string[];
}

/** A topic is covered by a listed service tagged with one of its stages; else explained or not. */
export function topicReport(topic: Topic, services: readonly ServiceView[]): TopicReport {
  const byId = servicesById(services);
  const problems: string[] = [];
  const covering: ServiceView[] = [];
  for (const id of topic.services) {
    const service = byId.get(id);
    if (!service) problems.push(`${id} is not in the catalogue`);
    else if (!service.lifeStages.some((stage) => topic.stages.includes(stage))) {
      problems.push(`${id} carries none of the topic's life stages (${topic.stages.join(', ')})`);
    } else covering.push(service);
  }
  const explained = Boolean(topic.unsourced?.searched.length && topic.unsourced.why.trim() && topic.unsourced.next_step.trim());
  const status: TopicStatus = covering.length > 0 ? 'covered' : explained ? 'explained' : 'uncovered';
  return { topic, status, services: covering, problems };
}

/** Which parts of the area (data/area.json `parts`) a service serves: a national one serves all. */
export function servesArea(service: ServiceView, area: AreaId, districtsByArea: Record<AreaId, ReadonlySet<string>>): boolean {
  return service.areas.some((a) => a.ladCodes === 'all' || a.ladCodes.some((code) => districtsByArea[area]?.has(code) === true));
}

/** The best way a service can be reached, strongest first. */
export type ContactKind = 'phone' | 'text' | 'email' | 'web only' | 'none';
const STRENGTH: ContactKind[] = ['phone', 'text', 'email', 'web only', 'none'];

export function contactKind(service: ServiceView | undefined): ContactKind {
  if (!service) return 'none';
  if (service.phones.some((p) => !p.textOnly)) return 'phone';
  if (service.phones.length > 0) return 'text';
  if (service.email) return 'email';
  return service.url ? 'web only' : 'none';
}

export interface EndingReport {
  pathway: string;
  endingId: string;
  /** "step:answer,…" as in the pathway URL. */
  answers: string;
  /** Where the family said they live; undefined when not asked or "not sure" (every contact shown). */
  area?: AreaId;
  contacts: { service: string; kind: ContactKind }[];
  best: ContactKind;
  /** Someone to phone or text. */
  reachable: boolean;
  /** The ending's translation key saying why there is no number, and the next step. */
  noPhone?: string;
}

/** Every route through every pathway, with what its ending lets the family do. */
export function endingReports(pathways: readonly Pathway[], services: readonly ServiceView[]): EndingReport[] {
  const byId = servicesById(services);
  return pathways.flatMap((pathway) =>
    walkRoutes(pathway).map((route) => {
      const contacts = route.contacts.map((c) => ({ service: c.service, kind: contactKind(byId.get(c.service)) }));
      const best = contacts.reduce<ContactKind>((b, c) => (STRENGTH.indexOf(c.kind) < STRENGTH.indexOf(b) ? c.kind : b), 'none');
      return {
        pathway: pathway.id,
        endingId: route.endingId,
        answers: Object.entries(route.answers).map(([s, a]) => `${s}:${a}`).join(','),
        area: route.area,
        contacts,
        best,
        reachable: best === 'phone' || best === 'text',
        noPhone: route.ending.noPhone,
      };
    }),
  );
}

export interface AreaSummary {
  area: AreaId;
  /** Routes a family in this area can take: those that chose it, and those that did not say (they see every contact). */
  routes: EndingReport[];
  reachable: number;
  percent: number;
}

/** The minimum share of endings, per area, that must offer a phone or text contact. */
export const REACHABLE_TARGET = 90;

export function areaSummary(reports: readonly EndingReport[], area: AreaId): AreaSummary {
  const routes = reports.filter((r) => r.area === area || r.area === undefined);
  const reachable = routes.filter((r) => r.reachable).length;
  return { area, routes, reachable, percent: routes.length ? Math.round((reachable / routes.length) * 1000) / 10 : 100 };
}

/** Why the coverage check fails; empty when it passes. `areaIds`: data/area.json's parts. */
export function coverageFailures(topics: readonly TopicReport[], reports: readonly EndingReport[], areaIds: readonly AreaId[]): string[] {
  const failures: string[] = [];
  for (const t of topics) {
    for (const p of t.problems) failures.push(`topic ${t.topic.id}: ${p}`);
    if (t.status === 'uncovered') failures.push(`topic ${t.topic.id} has no service and does not say what was searched and why`);
  }
  for (const area of areaIds) {
    const s = areaSummary(reports, area);
    if (s.percent < REACHABLE_TARGET) {
      failures.push(`${area}: ${s.reachable} of ${s.routes.length} endings (${s.percent}%) offer a phone or text contact; at least ${REACHABLE_TARGET}% must`);
    }
  }
  for (const r of reports) {
    if (!r.reachable && !r.noPhone) failures.push(`${r.pathway} ${r.endingId} (${r.answers}) has no phone or text contact and does not say why`);
  }
  return failures;
}
