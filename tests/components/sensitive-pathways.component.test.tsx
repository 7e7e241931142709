/**
 * Sensitive "Who can I contact?" screens (danger, abuse at home, crisis): the browser tab and
 * history keep a neutral title, and answering does not add a history entry per answer.
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRealCatalogue, openPathways as open } from './pathways-harness';

beforeAll(loadRealCatalogue);

describe('sensitive pathway screens', () => {
  it('show the question as the heading but a neutral tab title, and answering replaces the history entry', async () => {
    open('/contact/concern?a=urgency:safety,safety-area:herts');
    await screen.findByRole('heading', { level: 1, name: 'Who are you worried about?' });
    await waitFor(() => expect(document.title).toBe('Who can I contact? – Best Start Finder'));
    const entries = history.length;
    fireEvent.click(screen.getByLabelText(/Me, or someone at home, is being hurt or threatened/));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /abuse/i });
    expect(location.search).toBe('?a=urgency:safety,safety-area:herts,safety-who:home');
    expect(history.length).toBe(entries);
    await waitFor(() => expect(document.title).toBe('Who can I contact? – Best Start Finder'));
    expect(document.title).not.toContain(heading.textContent!);
  });

  it('replace the history entry when a link on them is followed (Give to family, Back), so answers do not pile up in history', async () => {
    open('/contact/concern?a=urgency:safety,safety-area:herts,safety-who:home');
    await screen.findByRole('heading', { level: 1, name: /abuse/i });
    const entries = history.length;
    fireEvent.click(screen.getByRole('link', { name: 'Give to family' }));
    await screen.findByRole('heading', { level: 1, name: 'Give these contacts to the family' });
    expect(location.pathname).toBe('/contact/concern/give');
    expect(history.length).toBe(entries);
  });

  it('leave ordinary screens as they were: the heading is the tab title and each answer is a history entry', async () => {
    open('/contact/concern?a=urgency:advice');
    await screen.findByRole('heading', { level: 1, name: 'Where do you live?' });
    await waitFor(() => expect(document.title).toBe('Where do you live? – Best Start Finder'));
    const entries = history.length;
    fireEvent.click(screen.getByLabelText('Hertfordshire'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'What is your concern about?' });
    expect(history.length).toBe(entries + 1);
  });
});
