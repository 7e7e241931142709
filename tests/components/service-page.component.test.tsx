import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/features/catalogue/catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { ServicePage } from '../../src/pages/service-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

function show(id: string) {
  return render(
    <LocationProvider>
      <ServicePage id={id} />
    </LocationProvider>,
  );
}

describe('service page', () => {
  beforeEach(() => {
    catalogue.value = normaliseCatalogue(validCatalogue());
  });

  it('offers tap-to-call and text links built from the numbers', () => {
    show('svc-watford-family-centre');
    expect(screen.getByRole('link', { name: 'Call 0300 123 4043' }).getAttribute('href')).toBe('tel:03001234043');
    expect(screen.getByRole('link', { name: 'Text 07480 635164' }).getAttribute('href')).toBe('sms:07480635164');
    expect(screen.getByRole('link', { name: 'watford.fc@hertfordshire.gov.uk' }).getAttribute('href')).toBe(
      'mailto:watford.fc@hertfordshire.gov.uk',
    );
  });

  it('says opening times in plain words and when the facts were checked, with the source link', () => {
    show('svc-nhs-111');
    expect(screen.getByRole('heading', { level: 1, name: 'NHS 111' })).toBeTruthy();
    expect(screen.getByText('24 hours a day, every day')).toBeTruthy();
    expect(screen.getByText('Checked on 1 June 2025')).toBeTruthy();
    const source = screen.getByRole('link', { name: /Source 1/ });
    expect(source.getAttribute('href')).toBe(
      'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
    );
  });

  it('tells people to check before they go when a fact is missing', () => {
    catalogue.value = normaliseCatalogue({ ...validCatalogue(), schedules: [] });
    show('svc-watford-family-centre');
    expect(screen.getByText('Opening times not known. Check with the service before you go.')).toBeTruthy();
  });

  it('shows a plain "not found" page for an unknown service id', () => {
    show('svc-does-not-exist');
    expect(screen.getByRole('heading', { level: 1, name: 'Service not found' })).toBeTruthy();
  });
});
