/**
 * A service imported from a council's directory says so on its page, with the date the directory
 * itself gave the record, or that it gave none; the day we imported it is called a copy, never a
 * check (issue 15). A core-only service says nothing about a directory.
 */
import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import ServicePage from '../../src/pages/service-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

const show = (id: string) =>
  render(
    <LocationProvider>
      <ServicePage id={id} />
    </LocationProvider>,
  );

describe('where an imported service came from', () => {
  beforeEach(() => {
    const files = validCatalogue();
    for (const s of files.services) {
      if (s.id === 'svc-watford-family-centre')
        s.from_feeds = [
          {
            feed_id: 'herts',
            feed_name: 'Hertfordshire',
            feed_url: 'https://directory.example.org/api',
            updated: '2025-03-14',
            imported_on: '2025-06-01',
          },
        ];
      if (s.id === 'svc-harlow-baby-group') {
        s.status = 'active'; // inactive in the fixture, and an inactive service has no page
        s.from_feeds = [{ feed_id: 'essex', feed_name: 'Essex', imported_on: '2025-06-01' }];
      }
    }
    setCatalogue(normaliseCatalogue(files));
  });

  it('names the directory and the date it gave, and calls the import date a copy, not a check', async () => {
    show('svc-watford-family-centre');
    // Under "Where this information comes from", rendered a task after the first screen.
    expect(await screen.findByText(/^From Hertfordshire's directory, updated 14 March 2025\./)).toBeTruthy();
    expect(screen.getByText(/We copied it on 1 June 2025: that is not a check of the details\./)).toBeTruthy();
    expect(screen.queryByText(/[Cc]hecked on/)).toBeNull();
  });

  it('says when the directory gave no date, rather than dating it by the import', async () => {
    show('svc-harlow-baby-group');
    expect(await screen.findByText(/^From Essex's directory: no date given by the directory\./)).toBeTruthy();
    expect(screen.queryByText(/updated 1 June 2025/)).toBeNull();
  });

  it('says nothing about a directory for a service only in the curated core', async () => {
    show('svc-nhs-111');
    await screen.findByText(/Source 1/);
    expect(screen.queryByText(/directory/)).toBeNull();
  });
});

describe('a record without a date of its own, from a directory that dates its whole feed', () => {
  beforeEach(() => {
    const files = validCatalogue();
    for (const s of files.services) {
      if (s.id === 'svc-watford-family-centre')
        s.from_feeds = [{ feed_id: 'herts', feed_name: 'Hertfordshire', directory_date: '2025-03-01', imported_on: '2025-06-01' }];
    }
    setCatalogue(normaliseCatalogue(files));
  });

  it("gives the directory's date as the directory's, not as the record's", async () => {
    show('svc-watford-family-centre');
    expect(
      await screen.findByText(/^From Hertfordshire's directory: no date on this record; the directory as a whole is dated 1 March 2025\./),
    ).toBeTruthy();
    expect(screen.queryByText(/updated 1 March 2025/)).toBeNull();
  });
});
