/**
 * ORUK v1 nested service records (GET /services/{id}) → a Draft of our tables.
 * v1 keeps ages in `eligibilitys`, terms in `service_taxonomys`, hours in `regular_schedules`,
 * addresses in `physical_addresses` and languages as names.
 */
import { idOf, type Draft, type MapContext } from './draft';
import { addLanguage, addServiceArea, ageOf, mapNested } from './map-nested';
import { compact, isRec, list, str, text, type Rec } from './text';

const V1 = {
  addresses: 'physical_addresses',
  accessibility: 'accessibility_for_disabilities',
  schedules: 'regular_schedules',
  website: 'url',
};

/** Lowest minimum and highest maximum over a v1 service's eligibility rows. */
function ages(d: Draft, sid: string, rows: Rec[]): { min?: number; max?: number } {
  const mins = rows.map((r) => ageOf(d, sid, 'minimum_age', r.minimum_age)).filter((n): n is number => n !== undefined);
  const maxs = rows.map((r) => ageOf(d, sid, 'maximum_age', r.maximum_age)).filter((n): n is number => n !== undefined);
  return { min: mins.length ? Math.min(...mins) : undefined, max: maxs.length ? Math.max(...maxs) : undefined };
}

export function fromV1(raw: Rec, ctx: MapContext): Draft {
  const d = mapNested(raw, ctx, V1);
  const sid = String(d.service.id ?? '');
  const eligibility = list(raw.eligibilitys);
  const { min, max } = ages(d, sid, eligibility);
  const words = eligibility.map((e) => text(e.eligibility)).filter((s): s is string => s !== undefined);
  Object.assign(
    d.service,
    compact({
      minimum_age: min,
      maximum_age: max,
      eligibility_description: d.service.eligibility_description ?? (words.length ? words.join('\n') : undefined),
    }),
  );

  list(raw.service_taxonomys).forEach((st, i) => {
    const t = isRec(st.taxonomy) ? st.taxonomy : undefined;
    const id = t ? str(t.id) : str(st.taxonomy_id);
    const name = t ? text(t.name) : undefined;
    if (!id || !name) {
      d.notes.push({
        kind: 'row-dropped',
        table: 'attributes',
        id: idOf(st, `${sid}-taxonomy-${i + 1}`),
        field: 'taxonomy',
        reason: 'term has no id or no name',
      });
      return;
    }
    const vocabulary = t ? str(t.vocabulary) : undefined;
    d.terms.push(
      compact({
        id,
        name,
        taxonomy_id: vocabulary,
        taxonomy_name: vocabulary,
        parent_id: t ? str(t.parent_id) : undefined,
        attribute_id: str(st.id),
      }),
    );
  });

  list(raw.languages).forEach((l, i) => {
    addLanguage(d, sid, idOf(l, `${sid}-language-${i + 1}`), text(l.language) ?? text(l.name), l.code, 'language');
  });

  list(raw.service_areas).forEach((a, i) => {
    const words = [a.service_area, a.name, a.extent, a.description].map(str).filter((s): s is string => s !== undefined);
    addServiceArea(d, ctx, sid, idOf(a, `${sid}-area-${i + 1}`), words, 'service_area');
  });

  if (list(raw.holiday_schedules).length > 0) {
    d.notes.push({
      kind: 'not-stored',
      table: 'schedules',
      id: sid,
      field: 'holiday_schedules',
      reason: 'holiday opening times are not stored: check them with the service',
    });
  }
  return d;
}
