import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import ServicePage from '../../src/pages/service-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

function show(id: string) {
  return render(
    <LocationProvider>
      <ServicePage id={id} />
    </LocationProvider>,
  );
}

describe('how old the contact details are', () => {
  beforeEach(() => {
    setCatalogue(normaliseCatalogue(validCatalogue()));
    // Ages are judged against today: pin it to the fixture's date.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-30T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns by the oldest fact shown (a 2023 number), not the newest page (2025)', () => {
    show('svc-watford-family-centre');
    expect(screen.getByText(/^Some of these details come from a page dated March 2023, more than 2 years ago/)).toBeTruthy();
    // The website is the organisation's own (no page of its own), so it counts as undated.
    expect(
      screen.getByText(
        'These contact details come from pages dated March 2023 to 20 May 2025. Some of them come from a page that shows no date.',
      ),
    ).toBeTruthy();
  });

  it('gives NHS 111 no age warning: its numbers are national numbers from an official page', () => {
    show('svc-nhs-111');
    expect(screen.queryByText(/more than 2 years ago/)).toBeNull();
    expect(screen.queryByText(/cannot tell how old/)).toBeNull();
    expect(screen.getByText('National numbers, from an official page: 111, 18001 111.')).toBeTruthy();
  });

  it('says plainly that no one has checked the details, when no verification is recorded', () => {
    show('svc-nhs-111');
    expect(screen.getByText('No one has checked these details with the service. Call before you go.')).toBeTruthy();
    expect(screen.queryByText(/^Checked/)).toBeNull();
  });

  it('shows a recorded verification: who (a role), when and how', () => {
    show('svc-watford-family-centre');
    expect(screen.getByText('Checked with the service by a family centre manager on 2 June 2025 (by phone).')).toBeTruthy();
    expect(screen.queryByText(/No one has checked/)).toBeNull();
  });

  it('lists the date of the page behind each contact detail', async () => {
    show('svc-watford-family-centre');
    expect(await screen.findByText('Phone 0300 123 4043: from a page dated March 2023')).toBeTruthy();
    expect(screen.getByText('Email watford.fc@hertfordshire.gov.uk: from a page dated 20 May 2025')).toBeTruthy();
    expect(screen.getByText('Town: Watford: from a page dated 20 May 2025')).toBeTruthy();
  });

  it('says when some details come from undated pages', () => {
    const files = validCatalogue();
    files.phones = files.phones.map((p) => (p.id === 'ph-watford-fc' ? { ...p, source_date: 'undated' } : p));
    setCatalogue(normaliseCatalogue(files));
    show('svc-watford-family-centre');
    expect(screen.getByText(/^We cannot tell how old some of these details are/)).toBeTruthy();
    expect(screen.queryByText(/more than 2 years ago/)).toBeNull();
  });
});

describe('service page', () => {
  beforeEach(() => {
    setCatalogue(normaliseCatalogue(validCatalogue()));
  });

  it('offers tap-to-call and text links built from the numbers', () => {
    show('svc-watford-family-centre');
    expect(screen.getByRole('link', { name: 'Call 0300 123 4043' }).getAttribute('href')).toBe('tel:03001234043');
    expect(screen.getByRole('link', { name: 'Text 07480 635164' }).getAttribute('href')).toBe('sms:07480635164');
    expect(screen.getByRole('link', { name: 'watford.fc@hertfordshire.gov.uk' }).getAttribute('href')).toBe(
      'mailto:watford.fc@hertfordshire.gov.uk',
    );
  });

  it('says opening times in plain words, with the source link', async () => {
    show('svc-nhs-111');
    expect(screen.getByRole('heading', { level: 1, name: 'NHS 111' })).toBeTruthy();
    expect(screen.getByText('24 hours a day, every day')).toBeTruthy();
    // Sources are below the first screen, rendered a task after the top of the page.
    const source = await screen.findByRole('link', { name: /Source 1/ });
    expect(source.getAttribute('href')).toBe('https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/');
  });

  it('tells people to check before they go when a fact is missing', () => {
    setCatalogue(normaliseCatalogue({ ...validCatalogue(), schedules: [] }));
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

  it('puts the call before Save, and the record\'s note under "About this information" after the contacts', () => {
    show('svc-nhs-111');
    const call = screen.getByRole('link', { name: 'Call 111' });
    const save = screen.getByRole('button', { name: /^Saved? .*NHS 111/ });
    expect(call.compareDocumentPosition(save) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows an editor\'s note under "About this information", after the contact details, not above them', () => {
    const files = validCatalogue();
    const watford = files.services.find((s) => s.id === 'svc-watford-family-centre')!;
    watford.alert = 'This group comes from a 2020 page: check it before you go.';
    setCatalogue(normaliseCatalogue(files));
    show('svc-watford-family-centre');
    const contact = screen.getByRole('heading', { level: 2, name: 'Contact' });
    const about = screen.getByRole('heading', { level: 2, name: 'About this information' });
    expect(contact.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const note = screen.getByText('This group comes from a 2020 page: check it before you go.');
    expect(about.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
