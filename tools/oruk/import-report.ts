/**
 * What an import did, in words a council officer can act on: how many records were read,
 * imported and rejected (each with file, record id, field and reason), and what was kept but
 * weakened (no coordinates, a bad phone, an unknown taxonomy term, ...). Pure.
 */
import type { Merge } from '../../build/duplicate-services';
import type { WarningKind } from './draft';

export interface Rejected {
  /** The feed file or URL the record came from. */
  file: string;
  id: string;
  field: string;
  reason: string;
}

export interface ImportWarning extends Rejected {
  kind: WarningKind;
  /** Our table the weakened record is in. */
  table: string;
}

export interface ImportReport {
  source: string;
  /** The date the import ran as, YYYY-MM-DD. */
  today: string;
  read: number;
  imported: number;
  rejected: Rejected[];
  warnings: ImportWarning[];
  /** Feed taxonomy terms no mapping knows, with how many services carry each. */
  unknown_terms: { name: string; taxonomy: string; services: number }[];
  /** The same service given more than once in the feed, merged into one (build/duplicate-services.ts). */
  merges?: Merge[];
}

const HEADINGS: Record<WarningKind, string> = {
  'no-coordinates': 'No coordinates: left out of near-me search',
  'bad-phone': 'Bad phone number: kept without it',
  'unknown-taxonomy': 'Unknown taxonomy term: listed under "Other" when nothing else gave a category',
  'all-life-stages': 'No ages and no life-stage term: shown under every life stage',
  'no-county': 'Address with no county that its postcode could tell: kept without one',
  'text-clipped': 'Very long text: cut',
  'field-dropped': 'A field was left out',
  'row-dropped': 'A detail was left out',
  duplicate: 'Given twice: the first is kept',
  'not-stored': 'Not stored by this app',
  'http-upgraded': 'Website not secure (http:): changed to https:',
  'bidi-stripped': 'Hidden text-direction characters: removed',
  'id-reminted': 'Id with characters a link cannot carry: given a safe id',
};

/** Counts by kind, so a 2,000-service import is readable at a glance. */
export function warningCounts(report: ImportReport): Partial<Record<WarningKind, number>> {
  const counts: Partial<Record<WarningKind, number>> = {};
  for (const w of report.warnings) counts[w.kind] = (counts[w.kind] ?? 0) + 1;
  return counts;
}

/** The report as text: a summary, every rejected record, then warnings grouped by kind (up to `perKind` each). */
export function formatReport(report: ImportReport, perKind = 20): string {
  const lines = [
    `Import from ${report.source} (as of ${report.today})`,
    `Read ${report.read} services; imported ${report.imported}; merged ${(report.merges ?? []).reduce((n, m) => n + m.merged.length, 0)}; rejected ${report.rejected.length}.`,
  ];
  const merges = report.merges ?? [];
  if (merges.length > 0) {
    const folded = merges.reduce((n, m) => n + m.merged.length, 0);
    lines.push('', `Listed more than once, merged into one (${merges.length} services, ${folded} repeat(s) folded in):`);
    for (const m of merges.slice(0, perKind)) {
      lines.push(`  ${m.kept} ← ${m.merged.join(', ')} (same organisation and name; ${m.shared})`);
      if (m.notKept) lines.push(`    not kept (a service has one email and one website): ${m.notKept.join(', ')}`);
    }
    if (merges.length > perKind) lines.push(`  … and ${merges.length - perKind} more (all are in the JSON report)`);
  }
  if (report.rejected.length > 0) {
    lines.push('', 'Rejected (not written to the catalogue):');
    for (const r of report.rejected) lines.push(`  ${r.file} ${r.id} ${r.field}: ${r.reason}`);
  }
  const byKind = new Map<WarningKind, ImportWarning[]>();
  for (const w of report.warnings) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w]);
  for (const [kind, list] of byKind) {
    lines.push('', `${HEADINGS[kind]} (${list.length}):`);
    for (const w of list.slice(0, perKind)) lines.push(`  ${w.file} ${w.table} ${w.id} ${w.field}: ${w.reason}`);
    if (list.length > perKind) lines.push(`  … and ${list.length - perKind} more (all are in the JSON report)`);
  }
  if (report.unknown_terms.length > 0) {
    lines.push('', 'Feed terms with no mapping (add them to data/taxonomy-mappings.json):');
    for (const t of report.unknown_terms) lines.push(`  "${t.name}" (${t.taxonomy}): ${t.services} service(s)`);
  }
  return lines.join('\n');
}
