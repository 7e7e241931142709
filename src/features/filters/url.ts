/**
 * Search state ⇄ URL (pure). The names are the form fields of the no-JavaScript GET form,
 * so `/search?q=jabs&stage=stage-pregnancy&cat=cat-immunisations&free=1` is both what the
 * form sends and what a shared link shows. Repeated fields (cat=a&cat=b) and commas both work.
 * Anything unknown or malformed is ignored rather than failing the page.
 */
import { isWeekday } from '../../lib/weekdays';
import { DELIVERIES, type Delivery, type Filters } from './model';

export interface SearchState {
  query: string;
  filters: Filters;
}

const MAX_AGE_YEARS = 25;

const list = (params: URLSearchParams, name: string) => [
  ...new Set(
    params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

function parseAge(params: URLSearchParams): Filters['age'] {
  const raw = params.get('age')?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  const unit = params.get('ageUnit') === 'months' ? 'months' : 'years';
  const years = unit === 'months' ? value / 12 : value;
  if (!Number.isFinite(value) || value < 0 || years > MAX_AGE_YEARS) return undefined;
  return { value, unit };
}

export function parseSearchParams(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const day = params.get('day')?.toUpperCase() ?? '';
  return {
    query: (params.get('q') ?? '').trim(),
    filters: {
      stages: list(params, 'stage'),
      categories: list(params, 'cat'),
      age: parseAge(params),
      freeOnly: params.get('free') === '1' || params.get('free') === 'on',
      delivery: list(params, 'how').filter((d): d is Delivery => (DELIVERIES as string[]).includes(d)),
      openNow: params.get('open') === 'now',
      day: isWeekday(day) ? day : undefined,
      languages: list(params, 'lang'),
      district: params.get('district')?.trim() || undefined,
    },
  };
}

/** The canonical query string (no leading "?"), in a stable order, empty fields left out. */
export function toSearchParams({ query, filters: f }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const s of f.stages) params.append('stage', s);
  for (const c of f.categories) params.append('cat', c);
  if (f.age) {
    params.set('age', String(f.age.value));
    params.set('ageUnit', f.age.unit);
  }
  if (f.freeOnly) params.set('free', '1');
  for (const d of f.delivery) params.append('how', d);
  if (f.openNow) params.set('open', 'now');
  if (f.day) params.set('day', f.day);
  for (const l of f.languages) params.append('lang', l);
  if (f.district) params.set('district', f.district);
  return params.toString();
}

export function searchUrl(state: SearchState): string {
  const qs = toSearchParams(state);
  return qs ? `/search?${qs}` : '/search';
}
