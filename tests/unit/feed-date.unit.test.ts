/**
 * feed.json's feed_date (issue 15) is the date the directory gives its feed as a whole: a modified
 * date at the top of its own JSON, else the HTTP Last-Modified of its pages; never the import date.
 */
import { describe, expect, it } from 'vitest';
import { contentDate, feedDateOf, httpDate, metadataDate, statedFeedDate } from '../../tools/oruk/feed-date';
import type { FeedDocument } from '../../tools/oruk/import-feed';

const TODAY = '2026-06-01';
const page = (top: Record<string, unknown>, name = 'page-1.json'): FeedDocument => ({
  name,
  kind: 'services',
  json: { ...top, contents: [{ id: 'a', assured_date: '2020-01-01' }] },
});

describe("the directory's own date for its feed", () => {
  it('takes a modified date the feed states at its top level, the earliest over its pages', () => {
    expect(statedFeedDate([page({ last_modified: '2026-03-16T10:00:00Z' }), page({ last_modified: '2026-03-10' }, 'page-2.json')])).toBe(
      '2026-03-10',
    );
    const index: FeedDocument = { name: 'index.json', kind: 'meta', json: { modified: '2026-02-01' } };
    expect(statedFeedDate([index])).toBe('2026-02-01');
  });

  it("never takes a record's date for the feed's", () => {
    expect(statedFeedDate([page({})])).toBeUndefined();
  });

  it('falls back to the pages’ HTTP Last-Modified, the earliest, when the JSON states none', () => {
    expect(httpDate('Tue, 10 Mar 2026 09:00:00 GMT')).toBe('2026-03-10');
    expect(httpDate('yesterday-ish')).toBeUndefined();
    expect(feedDateOf([page({})], ['2026-03-16', undefined, '2026-03-10'], TODAY)).toBe('2026-03-10');
    expect(feedDateOf([page({ updated: '2026-01-05' })], ['2026-03-16'], TODAY)).toBe('2026-01-05');
  });

  it('does not take a Last-Modified that is only the moment of the response (an API stamping every answer)', () => {
    expect(contentDate('Tue, 10 Mar 2026 09:00:00 GMT', 'Tue, 10 Mar 2026 09:00:00 GMT')).toBeUndefined();
    expect(contentDate('Tue, 10 Mar 2026 09:00:00 GMT', 'Mon, 30 Nov 2026 01:00:00 GMT')).toBe('2026-03-10');
    expect(contentDate('Tue, 10 Mar 2026 09:00:00 GMT', null)).toBe('2026-03-10');
  });

  it('gives none when the feed states none, rather than the import date, and does not believe a date after today', () => {
    expect(feedDateOf([page({})], [], TODAY)).toBeUndefined();
    expect(feedDateOf([page({})], [undefined], TODAY)).toBeUndefined();
    expect(feedDateOf([page({ last_modified: '2026-07-01' })], [], TODAY)).toBeUndefined();
  });

  it("reads an ORUK 3.0 record's metadata: the latest change is when it was modified", () => {
    expect(
      metadataDate({
        metadata: [{ last_action_date: '2026-01-02' }, { last_action_date: '2026-02-03T09:00:00Z' }, { last_action_date: 'soon' }],
      }),
    ).toBe('2026-02-03');
    expect(metadataDate({})).toBeUndefined();
  });
});
