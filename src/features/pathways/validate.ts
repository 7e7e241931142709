/**
 * Build-time checks for data/pathways (pure: no fs). The build fails on any problem, and each
 * names the pathway and the step or ending at fault. A warning (a preferred service the
 * catalogue lacks) lets the build pass unless it is strict (build/pathway-files.ts).
 */
import { walkRoutes } from './engine';
import type { AreaConfig } from '../catalogue/validate';
import type { PathwayContactData, PathwayData } from './types';

export interface Problem {
  pathway: string;
  /** The step or ending id; "-" for the pathway as a whole. */
  step: string;
  reason: string;
  /** The ending can still be shown (its role fills it): the build prints it and goes on, unless strict. */
  warning?: boolean;
}

/**
 * What the pathways need from data/area.json: its parts' ids (an answer or contact `area`) and
 * the contacts an urgent answer may lead to first: 999, NHS 111, a children's safeguarding line,
 * or a maternity unit's advice line (NHS advice for a pregnancy warning sign that is not a 999
 * one is to call the maternity unit straight away).
 */
export type PathwayArea = Pick<AreaConfig, 'parts' | 'urgent_service_ids'>;

const CHILD_TAG = /^child-[a-z-]+$/;

export function formatProblem(p: Problem): string {
  return `data/pathways/${p.pathway}.json ${p.step}: ${p.reason}`;
}

/**
 * @param serviceIds catalogue service ids; a contact preferring another gets a warning, not an error
 * @param enKeys every key in en/pathways.json ("pathways.x.y")
 * @param area the area's parts and urgent services
 * @param sourceUrls when given, each contact's source_url must be one of these (the catalogue's sources)
 * @param roleIds when given, each contact's role must be one of these (the bsf-contact-role terms)
 */
export function validatePathways(
  pathways: PathwayData[],
  serviceIds: ReadonlySet<string>,
  enKeys: ReadonlySet<string>,
  area: PathwayArea,
  sourceUrls?: ReadonlySet<string>,
  roleIds?: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const areaIds = new Set(area.parts.map((p) => p.id));
  const seenIds = new Set<string>();
  for (const pathway of pathways) {
    const report = (step: string, reason: string, warning = false) =>
      problems.push({ pathway: pathway.id, step, reason, ...(warning ? { warning } : {}) });
    if (seenIds.has(pathway.id)) report('-', 'another pathway has the same id');
    seenIds.add(pathway.id);
    const key = (step: string, field: string, value: unknown, optional = false) => {
      if (value === undefined && optional) return;
      if (typeof value !== 'string' || !enKeys.has(value))
        report(step, `${field} "${String(value)}" has no English text in en/pathways.json`);
    };
    key('-', 'ask', pathway.ask);
    key('-', 'statement', pathway.statement, true);
    key('-', 'title', pathway.title);
    const steps = pathway.steps ?? {};
    const endings = pathway.endings ?? {};
    for (const id of Object.keys(steps)) if (id in endings) report(id, 'is both a step and an ending');
    if (!(pathway.start in steps)) report('-', `start "${pathway.start}" is not a step`);

    for (const [id, step] of Object.entries(steps)) {
      key(id, 'question', step.question);
      key(id, 'hint', step.hint, true);
      const answers = step.answers ?? [];
      if (answers.length < 2 || answers.length > 5) report(id, `has ${answers.length} answers (2 to 5 are allowed)`);
      let urgentDone = false;
      const answerIds = new Set<string>();
      for (const answer of answers) {
        if (answerIds.has(answer.id)) report(id, `answer "${answer.id}" appears twice`);
        answerIds.add(answer.id);
        key(id, `answer "${answer.id}" label`, answer.label);
        key(id, `answer "${answer.id}" hint`, answer.hint, true);
        if (!(answer.next in steps) && !(answer.next in endings)) {
          report(id, `answer "${answer.id}" goes to "${answer.next}", which is not a step or an ending (dangling step)`);
        }
        if (answer.area !== undefined && !areaIds.has(answer.area)) report(id, `answer "${answer.id}" has unknown area "${answer.area}"`);
        if (!answer.urgent) urgentDone = true;
        else if (urgentDone) report(id, `urgent answer "${answer.id}" must come before the other answers`);
      }
    }
    problems.push(...graphProblems(pathway, area.urgent_service_ids));

    for (const [id, ending] of Object.entries(endings)) {
      key(id, 'title', ending.title);
      key(id, 'noPhone', ending.noPhone, true);
      key(id, 'lead', ending.lead, true);
      for (const tag of ending.tags ?? []) if (!CHILD_TAG.test(tag)) report(id, `tag "${tag}" is not a child 'I' statement (child-…)`);
      if (!ending.contacts?.length) report(id, 'names no catalogue service');
      for (const contact of ending.contacts ?? []) {
        // Only a preference: the build fills the contact from its role (contact-roles.ts), and the
        // advice, which goes with the preferred service only, is not shown, so its sources need not be in this catalogue.
        const missing = contact.service !== undefined && !serviceIds.has(contact.service);
        for (const reason of contactProblems(contact, enKeys, areaIds, missing ? undefined : sourceUrls, roleIds)) report(id, reason);
        if (missing) report(id, `contact "${contact.service}" is not a service in the catalogue`, true);
      }
    }
  }
  return problems;
}

function contactProblems(
  contact: PathwayContactData,
  enKeys: ReadonlySet<string>,
  areaIds: ReadonlySet<string>,
  sourceUrls?: ReadonlySet<string>,
  roleIds?: ReadonlySet<string>,
): string[] {
  const reasons: string[] = [];
  const name = `contact "${contact.service ?? contact.role}"`;
  if (contact.service === undefined && contact.role === undefined) reasons.push('a contact names neither a role nor a service');
  if (contact.role !== undefined && roleIds && !roleIds.has(contact.role)) {
    reasons.push(`${name} has unknown role "${contact.role}" (not a bsf-contact-role term in the catalogue)`);
  }
  if (contact.area !== undefined && !areaIds.has(contact.area)) reasons.push(`${name} has unknown area "${contact.area}"`);
  // The contact card labels it "<part> only" when the family's part is not known.
  if (contact.area !== undefined && !enKeys.has(`pathways.ui.onlyIn.${contact.area}`)) {
    reasons.push(`${name} is for area "${contact.area}", which has no English text pathways.ui.onlyIn.${contact.area} in en/pathways.json`);
  }
  for (const field of ['say', 'then'] as const) {
    const value = contact[field];
    if (value !== undefined && !enKeys.has(value)) reasons.push(`${name} ${field} "${value}" has no English text in en/pathways.json`);
  }
  if ((contact.say || contact.then) && !contact.source_url?.length) reasons.push(`${name} gives advice without a source_url`);
  // Advice is about one service's own way of working: shown with that service only.
  if ((contact.say || contact.then) && contact.service === undefined) reasons.push(`${name} gives advice but names no service it is for`);
  for (const url of contact.source_url ?? []) {
    if (sourceUrls && !sourceUrls.has(url)) reasons.push(`${name} cites ${url}, which is not a catalogue source`);
  }
  return reasons;
}

/** Cycles, unreachable steps, and routes that end with nobody to contact or a non-urgent first contact. */
function graphProblems(pathway: PathwayData, urgentServiceIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    const step = pathway.steps[id];
    if (!step) return;
    state.set(id, 'open');
    for (const answer of step.answers ?? []) {
      const next = state.get(answer.next);
      if (next === 'open')
        problems.push({ pathway: pathway.id, step: id, reason: `answer "${answer.id}" goes back to "${answer.next}" (a cycle)` });
      else if (next === undefined) visit(answer.next);
    }
    state.set(id, 'done');
  };
  visit(pathway.start);
  const reached = new Set(state.keys());
  for (const id of state.keys()) for (const answer of pathway.steps[id]?.answers ?? []) reached.add(answer.next);
  for (const id of [...Object.keys(pathway.steps ?? {}), ...Object.keys(pathway.endings ?? {})]) {
    if (!reached.has(id)) problems.push({ pathway: pathway.id, step: id, reason: 'cannot be reached from the start' });
  }
  if (problems.length > 0) return problems;
  return routeProblems(pathway, urgentServiceIds);
}

/**
 * Every route must leave someone to contact, and an urgent route must start with an urgent
 * contact. Run on the data, then again on the contacts the build filled from the catalogue, so
 * a catalogue without 999 can never ship an urgent route that starts elsewhere.
 */
export function routeProblems(pathway: PathwayData, urgentServiceIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const route of walkRoutes<PathwayContactData>(pathway)) {
    const via = route.path.map((v) => `${v.stepId}:${v.answer.id}`).join(',');
    if (route.contacts.length === 0)
      problems.push({ pathway: pathway.id, step: route.endingId, reason: `the route ${via} leaves nobody to contact in this area` });
    const first = route.contacts[0];
    if (route.path.some((v) => v.answer.urgent) && first && !urgentServiceIds.includes(first.service ?? '')) {
      problems.push({
        pathway: pathway.id,
        step: route.endingId,
        reason: `the urgent route ${via} must start with 999, NHS 111, a safeguarding contact or a maternity advice line, not ${first.service ?? first.role}`,
      });
    }
  }
  return problems;
}
