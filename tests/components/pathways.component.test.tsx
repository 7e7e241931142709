/** The pathway screens as a user meets them: questions, errors, change links, endings and service-page links. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeAll, describe, expect, it } from 'vitest';
import { PathwaysForService } from '../../src/features/pathways/pathways-for-service';
import { loadRealCatalogue, openPathways as open } from './pathways-harness';

beforeAll(loadRealCatalogue);

describe('pathways page', () => {
  it('leads with what a parent would say, the I statement under each as its aim, and "Pregnant and worried now" first', async () => {
    open('/contact');
    await screen.findByRole('heading', { level: 1, name: 'Who can I contact?' });
    const links = screen.getAllByRole('link', { name: /^(I|My)\b/ }).filter((a) => a.classList.contains('card__link'));
    expect(links.map((a) => a.textContent)).toEqual([
      'I’m pregnant and worried now',
      'My child may have additional needs',
      'I’m looking for services and help near me',
      'I’m worried about my child and want advice',
      'I’m worried about my child’s development',
      'I’m looking for groups to meet other parents',
    ]);
    const groups = screen.getByRole('link', { name: 'I’m looking for groups to meet other parents' });
    expect(groups.getAttribute('href')).toBe('/contact/meet-parents');
    expect(groups.closest('li')?.textContent).toContain(
      'The aim: “I can meet with other parents/carers and develop local support networks”',
    );
    expect(links[0]?.getAttribute('href')).toBe('/contact/pregnant-worried');
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
    // Call first: the first tel: link comes before "Give to family", and no child statement list.
    const firstCall = document.querySelector('a[href^="tel:"]')!;
    const give = screen.getByRole('link', { name: 'Give to family' });
    expect(firstCall.compareDocumentPosition(give) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText(/This helps your child to say/)).toBeNull();
  });

  it('Pregnant and worried now, 16 weeks or more, baby moving less: the maternity lines with the call first on each card, and the notes-or-111 advice', async () => {
    open('/contact/pregnant-worried?a=weeks:16-plus,later:moving-less');
    await screen.findByRole('heading', { level: 1, name: 'Your baby is moving less: call your maternity unit now' });
    expect(
      screen.getByText('Call your maternity unit now. Its number is on your maternity notes. If you cannot find it, call 111.'),
    ).toBeTruthy();
    const cards = [...document.querySelectorAll('.pathway-contact')];
    expect(cards[0]?.querySelector('h3')?.textContent).toContain('Princess Alexandra Hospital maternity advice line');
    expect(cards[0]?.querySelector('h3')?.textContent).toContain('West Essex only');
    // On each card the call comes before the description and the "About this information" note.
    const call = cards[0]!.querySelector('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).toBe('tel:01279827286');
    const about = [...cards[0]!.querySelectorAll('h4')].find((h) => h.textContent === 'About this information')!;
    expect(call.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(about.parentElement?.textContent).toContain('call the number on your notes');
    expect(cards.map((c) => c.querySelector('h3')?.textContent ?? '').some((n) => n.includes('Early Pregnancy Unit'))).toBe(false);
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
