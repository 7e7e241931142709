/**
 * The search page shows its form at once and its results when the catalogue and the search index
 * arrive (with a council's thousands of services they take a moment on a poor signal). A parent
 * can start typing straight away; what they typed stays when the results come; html[data-ready]
 * says "false" until the results are there; and a catalogue that cannot load says so, with a retry.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueFailed, setCatalogue } from '../../src/features/catalogue/catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { showSearchAt } from '../fixtures/search-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

const showSearch = showSearchAt;

const results = () => [...document.querySelectorAll('.search-results .card__title')].map((h) => h.textContent ?? '');
const searchBox = () => screen.getByRole('searchbox') as HTMLInputElement;

describe('search before its data has arrived', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    setCatalogue(null);
  });

  it('shows the search box at once, then the results, keeping what the parent typed', async () => {
    // No index file to be had (as offline before the first visit cached it): the page makes its own.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    setCatalogue(normaliseCatalogue(validCatalogue()));
    showSearch('/search?q=111');
    expect(searchBox().value).toBe('111');
    expect(results()).toEqual([]);
    expect(document.documentElement.dataset.ready).toBe('false');
    fireEvent.input(searchBox(), { target: { value: '111 and more' } });
    await waitFor(() => expect(results().some((name) => /NHS 111/.test(name))).toBe(true));
    await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
    expect(searchBox().value).toBe('111 and more');
  });

  it('says plainly when the directory could not be loaded, and offers to try again', async () => {
    setCatalogue(null);
    catalogueFailed.value = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    showSearch('/search?q=vitamins');
    expect(searchBox().value).toBe('vitamins');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not|couldn’t|try again/i));
    expect(screen.getByRole('button', { name: /try again/i })).toBeTruthy();
  });
});
