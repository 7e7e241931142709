/** The plan page as a parent uses it: dates in, items with dates out, errors in plain words, kept on the device.
 * Text queries with a selector rather than role queries: the page is long and happy-dom's role walk is slow. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import PlanPage from '../../src/pages/plan-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

function show() {
  return render(
    <LocationProvider>
      <PlanPage />
    </LocationProvider>,
  );
}

function enter(kind: 'Due date' | 'Date of birth', day: string, month: string, year: string) {
  const form = within(document.querySelector('form')!);
  fireEvent.click(form.getByLabelText(kind));
  fireEvent.input(form.getByLabelText('Day'), { target: { value: day } });
  fireEvent.input(form.getByLabelText('Month'), { target: { value: month } });
  fireEvent.input(form.getByLabelText('Year'), { target: { value: year } });
  fireEvent.click(form.getByText('Add to my plan', { selector: 'button' }));
}

// A long page in happy-dom on a shared machine: room for a slow render (no test measures time).
describe('my family plan', { timeout: 30_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    setCatalogue(normaliseCatalogue(validCatalogue()));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a due date lists pregnancy items with their dates, now and next', () => {
    show();
    enter('Due date', '20', '5', '2027');
    expect(screen.getByText('Child 1: Due 20 May 2027', { selector: 'h2' })).toBeTruthy();
    const now = screen.getByText('Now', { selector: 'h3' }).parentElement!;
    expect(within(now).getByText('Healthy Start')).toBeTruthy();
    const next = screen.getByText('Next', { selector: 'h3' }).parentElement!;
    const rsv = within(next).getByText('RSV vaccine').closest('li')!;
    expect(within(rsv).getByText('25 February 2027 to 20 May 2027')).toBeTruthy();
    const source = rsv.querySelector('.plan-item__source')!;
    expect(source.textContent).toBe('Rule: §3d. Source: gov.uk (12 July 2024)');
    expect(within(rsv).getByText('gov.uk').getAttribute('href')).toMatch(
      /^https:\/\/gov\.uk\/government\/publications\/respiratory-syncytial-virus/,
    );
    const register = within(next).getByText('Register the birth').closest('li')!;
    expect(within(register).getByText('By 1 July 2027')).toBeTruthy();
    expect(within(register).getByText('(Worked out from the due date)')).toBeTruthy();
  });

  it('"Who can help" on an item links into the pathway that fits it, its answers already given', async () => {
    show();
    enter('Due date', '20', '5', '2027');
    const rsv = screen.getByText('RSV vaccine', { selector: 'h4' }).closest('li')!;
    const help = rsv.querySelector('details')!;
    help.open = true;
    fireEvent(help, new Event('toggle'));
    // The list is drawn when "Who can help" opens (the toggle handler's render lands a tick later).
    const link = await waitFor(() => {
      const found = rsv.querySelector<HTMLAnchorElement>('a[href^="/contact/"]');
      if (!found) throw new Error('no pathway link yet');
      return found;
    });
    expect(link.textContent).toBe('Who can I contact about this?: RSV vaccine');
    expect(link.getAttribute('href')).toBe('/contact/community?a=need:pregnancy,pregnancy-urgency:later');
    const register = screen.getByText('Register the birth', { selector: 'h4' }).closest('li')!;
    const registerHelp = register.querySelector('details')!;
    registerHelp.open = true;
    fireEvent(registerHelp, new Event('toggle'));
    await waitFor(() =>
      expect(within(register).getByText('All services: Registering a birth and school places', { exact: false })).toBeTruthy(),
    );
    expect(register.querySelector('a[href^="/contact/"]')).toBeNull();
  });

  it('a date of birth gives MMRV or MMR by date, and the plan survives a reload from this device', () => {
    const first = show();
    enter('Date of birth', '15', '1', '2025');
    const oneYear = screen.getByText('Vaccines at 1 year').closest('li')!;
    expect(within(oneYear).getByText(/^Vaccines: .*MMRV/)).toBeTruthy();
    expect(localStorage.getItem('bsf:plan')).toContain('2025-01-15');
    first.unmount();
    show();
    expect(screen.getByText('Child 1: Born 15 January 2025', { selector: 'h2' })).toBeTruthy();
  });

  it('a working family is reminded to reconfirm the childcare code every 3 months, with the next date and the page that says so', () => {
    show();
    enter('Date of birth', '15', '1', '2025');
    // Hours from 1 January 2026 (the term after 9 months), so reconfirm from 1 April 2026; today is 29 November 2026.
    const now = screen.getByText('Now', { selector: 'h3' }).parentElement!;
    const reconfirm = within(now).getByText('Reconfirm your childcare code every 3 months').closest('li')!;
    expect(within(reconfirm).getByText('Every 3 months, from about 1 April 2026 to 1 July 2029')).toBeTruthy();
    expect(within(reconfirm).getByText('Next: about 1 January 2027')).toBeTruthy();
    expect(within(reconfirm).getByText('For working families who qualify')).toBeTruthy();
    expect(reconfirm.querySelector('.plan-item__source')!.textContent).toBe('Rule: §4d. Source: dorsetcouncil.gov.uk (page shows no date)');
  });

  it('says what is wrong with an impossible or future date, and adds nothing', () => {
    show();
    enter('Date of birth', '29', '2', '2025');
    expect(screen.getByRole('alert').textContent).toContain('Date of birth must be a real date');
    enter('Date of birth', '1', '12', '2026');
    expect(screen.getByRole('link', { name: 'Date of birth must be today or in the past' })).toBeTruthy();
    enter('Due date', '1', '1', '2028');
    expect(screen.getByRole('link', { name: 'Due date must be within the next 42 weeks' })).toBeTruthy();
    expect(screen.getByText('No child added yet.')).toBeTruthy();
    expect(localStorage.getItem('bsf:plan')).toBeNull();
  });

  it('keeps several children, and removes one', () => {
    show();
    enter('Due date', '20', '5', '2027');
    enter('Date of birth', '31', '8', '2022');
    expect(screen.getByText('Child 2: Born 31 August 2022', { selector: 'h2' })).toBeTruthy();
    const firstChild = screen.getByText('Child 1: Due 20 May 2027', { selector: 'h2' }).closest('section')!;
    fireEvent.click(within(firstChild).getByText('Remove from plan', { selector: 'button', exact: false }));
    expect(screen.queryByText('Child 1: Due 20 May 2027', { selector: 'h2' })).toBeNull();
    expect(screen.getByText('Chickenpox (MMRV) catch-up', { selector: 'h4' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('bsf:plan')!).children).toHaveLength(1);
  });
});
