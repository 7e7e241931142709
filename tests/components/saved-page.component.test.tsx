/**
 * The Saved page and the Save button as a parent meets them after the directory has changed:
 * a saved service that is no longer listed keeps its name and can be removed; a list saved by
 * an older version still shows; saving works whatever the browser says about keeping storage,
 * and with the storage full.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { resetAskedThisVisit } from '../../src/features/saved/persistent-storage';
import { reloadSaved } from '../../src/features/saved/saved';
import { OLD_SAVED_KEY, SAVED_KEY } from '../../src/features/saved/saved-list';
import SavedPage from '../../src/pages/saved-page';
import ServicePage from '../../src/pages/service-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

const GONE = { id: 'svc-closed-drop-in', name: 'Tuesday drop-in at the old library' };
const NHS_111 = { id: 'svc-nhs-111', name: 'NHS 111' };

function showSaved() {
  return render(
    <LocationProvider>
      <SavedPage />
    </LocationProvider>,
  );
}

function showService(id: string) {
  return render(
    <LocationProvider>
      <ServicePage id={id} />
    </LocationProvider>,
  );
}

const storedEntries = () => JSON.parse(localStorage.getItem(SAVED_KEY) ?? 'null') as unknown;

/** Replaces navigator.storage for one test (happy-dom has none of its own). */
function stubStorageManager(value: unknown) {
  Object.defineProperty(navigator, 'storage', { value, configurable: true });
}

beforeEach(() => {
  setCatalogue(normaliseCatalogue(validCatalogue()));
  localStorage.clear();
  resetAskedThisVisit();
  reloadSaved(() => localStorage);
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  localStorage.clear();
  reloadSaved(() => localStorage);
});

describe('a saved service the directory no longer lists', () => {
  it('shows by its old name as "no longer listed", beside the services still listed, and can be removed', async () => {
    localStorage.setItem(SAVED_KEY, JSON.stringify([GONE, NHS_111]));
    reloadSaved();
    showSaved();

    const gone = screen.getByRole('heading', { level: 2, name: GONE.name }).closest('li')!;
    expect(gone.textContent).toContain('No longer listed');
    expect(gone.textContent).toContain('You saved this service, but it is no longer in the directory.');
    // The service still listed is a normal card with its link.
    expect(screen.getByRole('link', { name: 'NHS 111' })).toBeTruthy();
    expect(screen.getByText('2 saved services')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Remove ${GONE.name}` }));
    await screen.findByText('1 saved service');
    expect(screen.queryByRole('heading', { name: GONE.name })).toBeNull();
    expect(storedEntries()).toEqual([NHS_111]);
  });

  it('shows a list saved by an older version (ids only), and learns the names of those still listed', async () => {
    localStorage.setItem(OLD_SAVED_KEY, JSON.stringify([NHS_111.id, GONE.id]));
    reloadSaved();
    showSaved();

    expect(screen.getByRole('link', { name: 'NHS 111' })).toBeTruthy();
    // No name was kept for it then: it is named by its reference.
    expect(screen.getByRole('heading', { level: 2, name: 'No longer listed' })).toBeTruthy();
    expect(screen.getByText(/\(reference svc-closed-drop-in\) is no longer in the directory/)).toBeTruthy();
    // Nothing lost in the move to the new format; NHS 111 would now keep its name if it left.
    await vi.waitFor(() => expect(storedEntries()).toEqual([NHS_111, { id: GONE.id }]));
    expect(localStorage.getItem(OLD_SAVED_KEY)).toBeNull();
  });
});

describe('saving, whatever the browser says about keeping storage', () => {
  it('asks to keep storage after the first save, and only once', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    stubStorageManager({ persist });
    showService(NHS_111.id);
    fireEvent.click(screen.getByRole('button', { name: /^Save NHS 111/ }));
    await screen.findByRole('button', { name: /^Saved \(remove\) NHS 111/ });
    fireEvent.click(screen.getByRole('button', { name: /^Saved \(remove\) NHS 111/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Save NHS 111/ }));
    await screen.findByRole('button', { name: /^Saved \(remove\) NHS 111/ });
    expect(persist).toHaveBeenCalledTimes(1);
    expect(storedEntries()).toEqual([NHS_111]);
  });

  it.each([
    ['refused', { persist: () => Promise.resolve(false) }],
    ['missing', undefined],
    [
      'throwing',
      {
        persist: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      },
    ],
    ['rejecting', { persist: () => Promise.reject(new Error('blocked')) }],
  ])('saves and shows the service when keeping storage is %s', async (_, manager) => {
    stubStorageManager(manager);
    showService(NHS_111.id);
    fireEvent.click(screen.getByRole('button', { name: /^Save NHS 111/ }));
    const saved = await screen.findByRole('button', { name: /^Saved \(remove\) NHS 111/ });
    expect(saved.getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(storedEntries()).toEqual([NHS_111]);
  });

  it('with the storage full, keeps the service saved for this visit and says plainly it will not be kept', async () => {
    const full = {
      ...localStorage,
      getItem: (key: string) => localStorage.getItem(key),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: (key: string) => localStorage.removeItem(key),
    } as Storage;
    reloadSaved(() => full);
    stubStorageManager({ persist: () => Promise.resolve(false) });
    const { unmount } = showService(NHS_111.id);
    fireEvent.click(screen.getByRole('button', { name: /^Save NHS 111/ }));
    await screen.findByRole('button', { name: /^Saved \(remove\) NHS 111/ });
    expect(screen.getByRole('alert').textContent).toContain('Your device’s storage is full');
    unmount();

    // The Saved page still lists it for the rest of the visit.
    showSaved();
    expect(screen.getByRole('link', { name: 'NHS 111' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('storage is full');
  });
});
