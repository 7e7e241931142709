/**
 * The search page as a parent meets it: results for the words in the address, and the filters.
 * The filter fields are only built when the panel is opened (a closed panel costs nothing on a
 * cheap phone), but once a filter is applied they must stay in the form, or the next search
 * typed would silently drop it.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSearchCatalogue } from '../fixtures/search-catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { showSearchAt } from '../fixtures/search-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

const showSearch = showSearchAt;

const filterPanel = () => document.querySelector('details.filters') as HTMLDetailsElement;

describe('search page', () => {
  beforeEach(() => {
    setSearchCatalogue(normaliseCatalogue(validCatalogue()));
  });

  it('lists the services matching the words in the address and says how many', () => {
    showSearch('/search?q=111');
    const results = screen.getAllByRole('listitem').filter((li) => li.closest('.search-results'));
    expect(within(results[0] as HTMLElement).getByRole('link', { name: /NHS 111/ })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/found for “111”/);
  });

  it('builds the filter fields when the panel is opened', async () => {
    showSearch('/search?q=111');
    expect(filterPanel().open).toBe(false);
    expect(screen.queryByRole('checkbox', { name: 'Free only' })).toBeNull();
    filterPanel().open = true;
    fireEvent(filterPanel(), new Event('toggle'));
    expect(await screen.findByRole('checkbox', { name: 'Free only' })).toBeTruthy();
  });

  it('keeps an applied filter in the form even with the panel closed, so the next search keeps it', () => {
    showSearch('/search?q=111&free=1');
    filterPanel().open = false;
    fireEvent(filterPanel(), new Event('toggle'));
    const free = screen.getByRole('checkbox', { name: 'Free only', hidden: true }) as HTMLInputElement;
    expect(free.checked).toBe(true);
    expect(new FormData(free.form as HTMLFormElement).get('free')).toBe('1');
  });

  it('echoes the query isolated in <bdi>, with bidi controls removed, so it cannot reorder the sentence', () => {
    // A right-to-left override would make the rest of the sentence read backwards.
    showSearch(`/search?q=${encodeURIComponent('111\u202E lanoitan\u2066 x\u2069\u200F\u061C')}`);
    const status = screen.getByRole('status');
    const echoed = status.querySelector('bdi');
    expect(echoed?.textContent).toBe('111 lanoitan x');
    expect(status.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(status.textContent).toMatch(/found for “111 lanoitan x”/);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('111 lanoitan x');
  });

  it('isolates the query in the "no results" sentence too', () => {
    showSearch(`/search?q=${encodeURIComponent('zzqqxx\u202E')}`);
    expect(screen.getByRole('status').querySelector('bdi')?.textContent).toBe('zzqqxx');
  });

  it('uses only the first 200 characters of a very long query, and says so plainly', () => {
    showSearch(`/search?q=${'a'.repeat(100_000)}`);
    expect(screen.getByText('Your search was too long, so only its first 200 characters were used.')).toBeTruthy();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toHaveLength(200);
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
  });

  it('says nothing about length for an ordinary query, only for one over 200 characters', () => {
    showSearch(`/search?q=${'a'.repeat(200)}`);
    expect(screen.queryByText(/too long/)).toBeNull();
    cleanup();
    showSearch(`/search?q=${'a'.repeat(201)}`);
    expect(screen.queryByText(/too long/)).not.toBeNull();
  });
});
