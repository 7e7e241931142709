/**
 * The span of years the catalogue's contact facts come from ("sources dated 2012–2025"),
 * for the footer and About page: what is true about the data, not a check that did not happen.
 */
import type { CatalogueFiles } from './oruk';

export interface SourceYears {
  /** Oldest and newest year among dated fact pages; both undefined when no fact page is dated. */
  from?: string;
  to?: string;
}

export function sourceYears(files: Pick<CatalogueFiles, 'services' | 'phones' | 'schedules' | 'addresses'>): SourceYears {
  const dates = [
    ...files.phones.map((p) => p.source_date),
    ...files.schedules.map((s) => s.source_date),
    ...files.addresses.map((a) => a.source_date),
    ...files.services.flatMap((s) => [s.website_source_date, s.email_source_date]),
  ];
  const years = dates
    .map((d) => /^\d{4}/.exec(d ?? '')?.[0])
    .filter((y): y is string => y !== undefined)
    .sort();
  return { from: years[0], to: years.at(-1) };
}
