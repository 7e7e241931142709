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

  it('says opening times in plain words and when the facts were checked, with the source link', async () => {
    show('svc-nhs-111');
    expect(screen.getByRole('heading', { level: 1, name: 'NHS 111' })).toBeTruthy();
    expect(screen.getByText('24 hours a day, every day')).toBeTruthy();
    // Sources are below the first screen, rendered a task after the top of the page.
    expect(await screen.findByText('Checked on 1 June 2025')).toBeTruthy();
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

  it('offers "Report a problem" as an email prefilled with the service id and name, and says who to send it to', async () => {
    show('svc-nhs-111');
    const link = await screen.findByRole('link', { name: 'Email us about a problem with this service' });
    const href = decodeURIComponent(link.getAttribute('href') ?? '');
    expect(href.startsWith('mailto:?subject=')).toBe(true); // no address set in data/area.json yet
    expect(href).toContain('Problem with NHS 111 (svc-nhs-111)');
    expect(screen.getByText(/Send it to the organisation that runs the service/)).toBeTruthy();
  });

  it('says whether it is open now and lets the parent save it', () => {
    show('svc-nhs-111');
    expect(screen.getByText('Open 24 hours')).toBeTruthy();
    const save = screen.getByRole('button', { name: /^Save NHS 111/ });
    save.click();
    return Promise.resolve().then(() => {
      expect(screen.getByRole('button', { name: /^Saved \(remove\) NHS 111/ }).getAttribute('aria-pressed')).toBe('true');
    });
  });
});
