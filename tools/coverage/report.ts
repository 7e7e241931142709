/** The plain-text report `npm run coverage` prints (pure, so its wording is testable). */
import type { AreaId } from '../../src/features/pathways/types';
import { areaSummary, coverageFailures, servesArea, REACHABLE_TARGET, type EndingReport, type TopicReport } from './coverage';

export function formatCoverage(
  topics: readonly TopicReport[],
  endings: readonly EndingReport[],
  districtsByArea: Record<AreaId, ReadonlySet<string>>,
  areaNames: Record<AreaId, string>,
): { text: string; failures: string[] } {
  const areas = Object.keys(areaNames);
  const lines: string[] = ['TOPICS (seed 002 life-stage table and seed 000 indicators) → services', ''];
  for (const t of topics) {
    const seeds = [...t.topic.seed_002.map((s) => `"${s}"`), ...t.topic.seed_000].join('; ');
    lines.push(`${t.status === 'covered' ? 'ok ' : t.status === 'explained' ? 'why' : 'NO '} ${t.topic.name} [${seeds}]`);
    for (const area of areas) {
      const here = t.services.filter((s) => servesArea(s, area, districtsByArea)).map((s) => s.name);
      const gap = t.topic.gaps?.[area];
      lines.push(`      ${areaNames[area]}: ${here.length ? here.join('; ') : 'nothing'}${gap ? ` (gap: ${gap})` : ''}`);
    }
    if (t.status === 'explained' && t.topic.unsourced) {
      lines.push(`      not sourced: ${t.topic.unsourced.why} Searched: ${t.topic.unsourced.searched.join('; ')}. Next step: ${t.topic.unsourced.next_step}`);
    }
    for (const p of t.problems) lines.push(`      PROBLEM: ${p}`);
  }
  lines.push('', 'PATHWAY ENDINGS → what contact they offer (phone, text, email, web only), per area', '');
  for (const area of areas) {
    const s = areaSummary(endings, area);
    lines.push(`${areaNames[area]}: ${s.reachable} of ${s.routes.length} endings (${s.percent}%) offer a phone or text contact (target ${REACHABLE_TARGET}%)`);
    for (const r of s.routes) {
      const where = r.area ? '' : ' [area not given]';
      const why = !r.reachable ? (r.noPhone ? ` (says why: ${r.noPhone})` : ' (SAYS NOTHING)') : '';
      lines.push(`  ${r.best.padEnd(8)} ${r.pathway} ${r.endingId} ${r.answers}${where}${why}`);
    }
    lines.push('');
  }
  const failures = coverageFailures(topics, endings, areas);
  lines.push(failures.length ? `FAILED:\n${failures.map((f) => `  ${f}`).join('\n')}` : 'PASSED: every topic is covered or explained, and every area meets the target.');
  return { text: lines.join('\n'), failures };
}
