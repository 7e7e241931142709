/**
 * The catalogue build (scripts/data/build-catalogue.mjs) checks its tables with the app build's own
 * validator. It used to carry a phone rule of its own that let through numbers the app build then
 * refused ("18001 12") and refused real ones the app accepts (Childline's 0800 1111).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build module, without types
import { checkCatalogue } from '../../scripts/data/catalogue/check.mjs';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { TEST_AREA, VALID_TODAY, validCatalogue } from '../fixtures/catalogue/valid';

/** The valid fixture, with the service area and address source our own build requires, then changed. */
function check(change: (files: CatalogueFiles) => void): Promise<void> {
  const files = validCatalogue();
  files.service_areas.push({
    id: 'area-harlow',
    service_id: 'svc-harlow-baby-group',
    name: 'Harlow',
    extent_type: 'lad_codes',
    extent: 'E07000073',
  });
  for (const address of files.addresses) {
    address.source_url ??= ['http://www.example.org/harlow-baby-group'];
    address.source_date ??= 'undated';
  }
  change(files);
  const { dataset, ...tables } = files;
  return checkCatalogue(tables, dataset, TEST_AREA, { today: VALID_TODAY });
}

const textphone = (files: CatalogueFiles) => {
  const phone = files.phones.find((p) => p.id === 'ph-111-textphone');
  if (!phone) throw new Error('fixture changed: no ph-111-textphone');
  return phone;
};

describe('the catalogue build checks its tables with the app build validator', () => {
  it('passes a valid catalogue', async () => {
    await expect(check(() => {})).resolves.toBeUndefined();
  });

  it('refuses a Relay UK number with too few digits, as the app build does', async () => {
    await expect(check((files) => (textphone(files).number = '18001 12'))).rejects.toThrow(
      'data/catalogue/phones.json ph-111-textphone number: "18001 12" is not a well-formed UK phone number',
    );
  });

  it("accepts Childline's eight-digit freephone number, as the app build does", async () => {
    await expect(check((files) => (textphone(files).number = '0800 1111'))).resolves.toBeUndefined();
  });

  it('still refuses a phone number with no source page', async () => {
    await expect(check((files) => delete textphone(files).source_url)).rejects.toThrow(/ph-111-textphone/);
  });
});
