/** The Healthy Babies offer page: every strand, for each part of the area, lists services or says plainly that none is listed. */
import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import HealthyBabiesPage from '../../src/pages/healthy-babies-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

describe('the Healthy Babies offer page', () => {
  beforeEach(() => {
    const loaded = normaliseCatalogue(validCatalogue());
    // The fixture has no strand tags: tag its Watford family centre as a health visiting service, as data/curation does.
    loaded.services.find((s) => s.id === 'svc-watford-family-centre')!.offerStrands.push('hb-health-visiting');
    setCatalogue(loaded);
  });

  it('shows the five funded strands and the five always listed, each part with services or "none listed yet"', () => {
    render(
      <LocationProvider>
        <HealthyBabiesPage />
      </LocationProvider>,
    );
    const strands = [...document.querySelectorAll('.offer-strand')];
    expect(strands.map((s) => s.querySelector('h3')?.textContent)).toEqual([
      'Parenting support',
      'Mental health in and after pregnancy, and your relationship with your baby',
      'Feeding your baby',
      'Early language and learning at home',
      'Children with additional needs',
      'Health visiting',
      'Maternity',
      'Vaccinations',
      'Registering a birth',
      'Healthy growth and nutrition',
    ]);
    for (const strand of strands) {
      for (const part of strand.querySelectorAll('.offer-part[data-part]')) {
        const listed = part.querySelectorAll('a[href^="/services/"]').length > 0;
        const saysNone = part.textContent?.includes('No service is listed for this here yet.');
        expect(listed !== saysNone, `${strand.getAttribute('data-strand')} in ${part.getAttribute('data-part')}`).toBe(true);
      }
    }
    // The fixture's Watford family centre does health visiting: listed under Hertfordshire, not west Essex
    // (each part under the area's own name for it, data/area.json's parts).
    const visiting = document.querySelector('[data-strand="health-visiting"]')!;
    expect(visiting.querySelector('[data-part="Hertfordshire"] a')?.getAttribute('href')).toBe('/services/svc-watford-family-centre');
    expect(visiting.querySelector('[data-part="west Essex"]')?.textContent).toContain('No service is listed for this here yet.');
    expect(visiting.querySelector('[data-part="west Essex"] h4')?.textContent).toBe('west Essex');
    expect(screen.getByText('Print a copy to give before birth')).toBeTruthy();
  });
});
