/**
 * The visit pack's store and link: contacts from several endings and service pages gather in
 * one pack, each service once; a corrupt stored value starts an empty pack with a reason;
 * "End visit" leaves nothing; the link carries the language, the ids and the date, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { addItems, packItemsFor, parseItems, formatItems, removeItem } from '../../src/features/visit-pack/pack-items';
import { packLink, readPackQuery } from '../../src/features/visit-pack/pack-link';
import { addToPack, endVisit, PACK_KEY, readPack, removeFromPack } from '../../src/features/visit-pack/pack-store';
import { packAsText } from '../../src/features/visit-pack/pack-text';
import type { StorageSource } from '../../src/lib/storage';
import { memoryStorage } from '../fixtures/memory-storage';

const from =
  (storage: Storage): StorageSource =>
  () =>
    storage;

const emergency = packItemsFor('concern', 'end-emergency', [{ service: 'svc-999-emergency' }, { service: 'svc-nhs-111' }]);
const development = packItemsFor('development', 'end-talking', [{ service: 'svc-herts-speech' }, { service: 'svc-nhs-111' }]);

describe('visit pack store', () => {
  it('gathers the contacts of two endings and a service page in one pack, each service once, in the order added', () => {
    const storage = memoryStorage();
    expect(addToPack(emergency, from(storage))).toEqual({ added: 2, result: 'ok' });
    expect(addToPack(development, from(storage))).toEqual({ added: 1, result: 'ok' });
    expect(addToPack([{ service: 'svc-healthy-start' }], from(storage))).toEqual({ added: 1, result: 'ok' });
    expect(readPack(from(storage)).items.map((i) => i.service)).toEqual([
      'svc-999-emergency',
      'svc-nhs-111',
      'svc-herts-speech',
      'svc-healthy-start',
    ]);
    // NHS 111 keeps the ending it was first added from (its "what to say").
    expect(readPack(from(storage)).items[1]).toEqual({ service: 'svc-nhs-111', pathway: 'concern', ending: 'end-emergency' });
  });

  it('adding the same contacts again adds nothing', () => {
    const storage = memoryStorage();
    addToPack(emergency, from(storage));
    expect(addToPack(emergency, from(storage)).added).toBe(0);
    expect(readPack(from(storage)).items).toHaveLength(2);
  });

  it('a service added from its page takes the advice of an ending that reaches it later, in the same place', () => {
    const { items, added } = addItems([{ service: 'svc-nhs-111' }, { service: 'svc-a' }], emergency);
    expect(added).toBe(1);
    expect(items).toEqual([{ service: 'svc-nhs-111', pathway: 'concern', ending: 'end-emergency' }, { service: 'svc-a' }, emergency[0]]);
  });

  it('removes one contact and keeps the rest', () => {
    const storage = memoryStorage();
    addToPack([...emergency, ...development], from(storage));
    removeFromPack('svc-nhs-111', from(storage));
    expect(readPack(from(storage)).items.map((i) => i.service)).toEqual(['svc-999-emergency', 'svc-herts-speech']);
    expect(removeItem(emergency, 'svc-none')).toEqual(emergency);
  });

  it('a corrupt stored pack reads as empty with a reason, and the next contact starts a fresh pack', () => {
    for (const corrupt of ['{not json', '{"service":"svc-a"}', '[{"service":"<b>"}]', '[{"service":"svc-a","pathway":"concern"}]', '[1]']) {
      const storage = memoryStorage({ [PACK_KEY]: corrupt });
      expect(readPack(from(storage))).toEqual({ items: [], problem: 'unreadable' });
      addToPack([{ service: 'svc-a' }], from(storage));
      expect(readPack(from(storage))).toEqual({ items: [{ service: 'svc-a' }] });
    }
  });

  it('storage the browser refuses is reported, never thrown', () => {
    const blocked = memoryStorage(
      {},
      { get: new DOMException('denied', 'SecurityError'), set: new DOMException('denied', 'SecurityError') },
    );
    expect(readPack(from(blocked))).toEqual({ items: [], problem: 'unavailable' });
    expect(addToPack(emergency, from(blocked)).result).toBe('unavailable');
    expect(() => endVisit(from(blocked))).not.toThrow();
  });

  it('"End visit" leaves nothing of the pack in storage', () => {
    const storage = memoryStorage({ 'bsf:language': 'ur' });
    addToPack(emergency, from(storage));
    endVisit(from(storage));
    expect(storage.getItem(PACK_KEY)).toBeNull();
    expect(readPack(from(storage))).toEqual({ items: [] });
    // Only the pack: the family's language choice is not the visit's to clear.
    expect(storage.getItem('bsf:language')).toBe('ur');
  });
});

describe('visit pack link', () => {
  const offered = (code: string) => ['en', 'ur', 'pl'].includes(code);

  it('carries the language, the contacts with their endings, and the date, and reads back the same', () => {
    const items = [...emergency, { service: 'svc-healthy-start' }];
    const link = packLink(items, 'ur', '2026-11-29');
    expect(link).toBe(
      '/visit-pack?lang=ur&c=svc-999-emergency~concern~end-emergency,svc-nhs-111~concern~end-emergency,svc-healthy-start&d=2026-11-29',
    );
    const query = Object.fromEntries(new URL(link, 'https://example.org').searchParams);
    expect(readPackQuery(query, offered)).toEqual({ items, dropped: 0, language: 'ur', givenOn: '2026-11-29' });
  });

  it('drops malformed parts, an unknown language and a bad date, and counts what it dropped', () => {
    expect(readPackQuery({ c: 'svc-a,svc-b~x,svc-c~p~e~z,<script>,svc-a', lang: 'xx', d: '29/11/2026' }, offered)).toEqual({
      items: [{ service: 'svc-a' }],
      dropped: 3,
      language: undefined,
      givenOn: undefined,
    });
    expect(readPackQuery({ lang: 'ur' }, offered)).toBeUndefined();
    expect(parseItems(formatItems(development)).items).toEqual(development);
  });
});

describe('visit pack as text', () => {
  it('lists each contact with its numbers and hours, the date and the 999/111 safety line', () => {
    const textOf = packAsText(
      [
        { name: 'NHS 111', phones: [{ number: '111' }], hours: ['24 hours a day, every day'] },
        { name: 'A text line', phones: [{ number: '07000 000000', textOnly: true }], hours: [] },
        { name: '999 emergency', phones: [{ number: '999' }] },
      ],
      {
        heading: 'Who to contact',
        givenOn: 'Given on 29 November 2026',
        call: (n) => `Call ${n}`,
        text: (n) => `Text ${n}`,
        hoursUnknown: 'Opening times not known.',
        safety: ['Call 999 in danger.', 'Call 111 for advice.'],
      },
    );
    expect(textOf.split('\n')).toEqual([
      'Who to contact',
      'Given on 29 November 2026',
      '1. NHS 111',
      '   Call 111',
      '   24 hours a day, every day',
      '2. A text line',
      '   Text 07000 000000',
      '   Opening times not known.',
      '3. 999 emergency',
      '   Call 999',
      'Call 999 in danger.',
      'Call 111 for advice.',
    ]);
  });
});
