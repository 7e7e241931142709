/** Endings give a family someone to phone or text; where none could be sourced, they say so and what to do next. */
import { screen } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRealCatalogue, openPathways as open } from './pathways-harness';

beforeAll(loadRealCatalogue);

const NO_PHONE = /We could not find a phone number we could check for this answer/;

describe('pathway endings and phone contacts', () => {
  it('"Meet other parents" in Hertfordshire offers a number to text, not only a website', async () => {
    open('/contact/meet-parents?a=area:herts,who:groups');
    const text = await screen.findByRole('link', { name: /^Text 07480 635164/ });
    expect(text.getAttribute('href')).toMatch(/^sms:07480635164/);
    expect(screen.queryByText(NO_PHONE)).toBeNull();
  });

  it('a Hertfordshire SEND ending with no sourced number says why and what to do next', async () => {
    open('/contact/additional-needs?a=area:herts,need:rights');
    expect(await screen.findByText(NO_PHONE)).toBeTruthy();
    expect(screen.getByText(/ask your health visitor, GP or your child's nursery/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Call / })).toBeNull();
  });

  it('the same kind of ending in west Essex has a number to call, and no such note', async () => {
    open('/contact/additional-needs?a=area:essex,need:setting');
    expect(await screen.findByRole('link', { name: 'Call 0333 013 9911' })).toBeTruthy();
    expect(screen.queryByText(NO_PHONE)).toBeNull();
  });

  it('childcare for a 3 or 4 year old starts with the universal 15 hours and ends with a helpline to call', async () => {
    open('/contact/community?a=area:herts,need:childcare,child-age:three-four');
    const names = (await screen.findAllByRole('heading', { level: 3 })).map((h) => h.textContent ?? '');
    expect(names[0]).toContain('15 hours for every 3 and 4 year old');
    expect(names.some((n) => n.includes('Tax-Free Childcare helpline'))).toBe(true);
    expect(screen.getByRole('link', { name: 'Call 0300 123 4097' })).toBeTruthy();
  });
});
