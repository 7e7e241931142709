/** The pathway screens as a user meets them: questions, errors, change links, endings and service-page links. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeAll, describe, expect, it } from 'vitest';
import { PathwaysForService } from '../../src/features/pathways/pathways-for-service';
import { loadRealCatalogue, openPathways as open } from './pathways-harness';

beforeAll(loadRealCatalogue);

describe('pathways page', () => {
  it('lists the five parent I statements as the way in', async () => {
    open('/contact');
    await screen.findByRole('heading', { level: 1, name: 'Who can I contact?' });
    expect(screen.getByRole('link', { name: 'I can meet with other parents/carers and develop local support networks' }).getAttribute('href')).toBe(
      '/contact/meet-parents',
    );
    expect(screen.getAllByRole('link', { name: /^I (can|know)/ })).toHaveLength(5);
  });

  it('asks again, with a clear error, when Continue is pressed with no answer', async () => {
    open('/contact/concern');
    await screen.findByRole('heading', { level: 1, name: 'How urgent is it?' });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getAllByText('Select an answer').length).toBeGreaterThan(0);
    expect(location.pathname + location.search).toBe('/contact/concern');
  });

  it('puts each answer in the URL and offers to change earlier answers without starting again', async () => {
    open('/contact/concern?a=urgency:advice');
    await screen.findByRole('heading', { level: 1, name: 'Where do you live?' });
    fireEvent.click(screen.getByLabelText('Hertfordshire'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'What is your concern about?' });
    expect(location.search).toBe('?a=urgency:advice,advice-area:herts');
    const change = screen.getByRole('link', { name: /Change your answer to: Where do you live\?/ });
    expect(change.getAttribute('href')).toBe('/contact/concern?a=urgency:advice,advice-area:herts&step=advice-area');
  });

  it('ends at the contacts in order, labelling area-only services when the area is not known', async () => {
    open('/contact/concern?a=urgency:safety,safety-area:unsure,safety-who:child');
    await screen.findByRole('heading', { level: 1, name: 'Report a concern about a child' });
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names[0]).toContain('Report a concern about a child (Children’s Services)'.replace('’', "'"));
    expect(names[0]).toContain('Hertfordshire only');
    expect(names[1]).toContain('West Essex only');
    expect(screen.getByRole('link', { name: 'Call 0300 123 4043' }).getAttribute('href')).toBe('tel:03001234043');
    expect(screen.getByRole('link', { name: 'Give to family' }).getAttribute('href')).toBe(
      '/contact/concern/give?a=urgency:safety,safety-area:unsure,safety-who:child',
    );
  });

  it('says plainly when a pathway does not exist', async () => {
    open('/contact/no-such-pathway');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});

describe('PathwaysForService', () => {
  it('links a service page to the pathways that end at it, straight to the ending', async () => {
    render(
      <LocationProvider>
        <PathwaysForService serviceId="svc-ipsea" />
      </LocationProvider>,
    );
    const link = await screen.findByRole('link', { name: /additional needs/ });
    expect(link.getAttribute('href')).toBe('/contact/additional-needs?a=area:herts,need:ehcp');
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(1));
  });
});
