/**
 * ORUK 3.0 (HSDS 3.0 UK profile) nested service records → a Draft of our tables.
 * Ages are on the service; terms arrive as attributes with a nested taxonomy_term.
 * Records from our own export carry bsf_* fields: our ids, taxonomy ids and extension fields.
 */
import { idOf, plain, type Draft, type MapContext } from './draft';
import { addLanguage, addServiceArea, ageOf, mapNested } from './map-nested';
import { compact, isRec, list, str, text, type Rec } from './text';

const V3 = { addresses: 'addresses', accessibility: 'accessibility', schedules: 'schedules', website: 'website' };

export function fromV3(raw: Rec, ctx: MapContext): Draft {
  const d = mapNested(raw, ctx, V3);
  const sid = String(d.service.id ?? '');
  Object.assign(
    d.service,
    compact({
      minimum_age: ageOf(d, sid, 'minimum_age', raw.minimum_age),
      maximum_age: ageOf(d, sid, 'maximum_age', raw.maximum_age),
    }),
  );

  list(raw.attributes).forEach((a, i) => {
    const t = isRec(a.taxonomy_term) ? a.taxonomy_term : {};
    const id = str(t.bsf_id) ?? str(t.id) ?? str(a.taxonomy_term_id);
    const name = plain(d, t.name) ?? plain(d, t.term);
    if (!id || !name) {
      d.notes.push({
        kind: 'row-dropped',
        table: 'attributes',
        id: idOf(a, `${sid}-attribute-${i + 1}`),
        field: 'taxonomy_term',
        reason: 'term has no id or no name',
      });
      return;
    }
    const taxonomy = isRec(t.taxonomy_detail) ? t.taxonomy_detail : undefined;
    d.terms.push(
      compact({
        id,
        name,
        description: plain(d, t.description),
        taxonomy_id: str(t.bsf_taxonomy_id) ?? str(t.taxonomy_id) ?? str(t.taxonomy),
        taxonomy_name: (taxonomy ? text(taxonomy.name) : undefined) ?? str(t.taxonomy),
        term_uri: str(t.term_uri),
        parent_id: str(t.bsf_parent_id) ?? str(t.parent_id),
        attribute_id: str(a.bsf_id) ?? str(a.id),
      }),
    );
  });

  list(raw.languages).forEach((l, i) => {
    addLanguage(d, sid, idOf(l, `${sid}-language-${i + 1}`), plain(d, l.name) ?? plain(d, l.language), l.code, 'code');
  });

  list(raw.service_areas).forEach((a: Rec, i) => {
    const id = idOf(a, `${sid}-area-${i + 1}`);
    const type = str(a.extent_type);
    if (d.ours && (type === 'lad_codes' || type === 'country')) {
      d.rows.service_areas.push(compact({ id, service_id: sid, name: str(a.name), extent_type: type, extent: str(a.extent) }));
      return;
    }
    const words = [a.name, a.service_area, a.extent].map(str).filter((s): s is string => s !== undefined);
    addServiceArea(d, ctx, sid, id, words, 'name');
  });
  return d;
}
