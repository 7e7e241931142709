/**
 * Every eligibility, entitlement and schedule statement in data/ follows the current rules in
 * ../shared/data/timeline/timeline_rules_sources.md. Each pin ties a phrase the app shows to the
 * verbatim quote in the section it comes from: it fails if the quote leaves that section of the
 * file, if the data stops saying the rule, or if the service no longer names the section.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import type { Service } from '../../src/features/catalogue/oruk';

const root = path.resolve(import.meta.dirname, '../..');
const RULES = path.resolve(root, '../shared/data/timeline/timeline_rules_sources.md');
const { files } = readCatalogueDir(path.join(root, 'data/catalogue'));
const services = files.services as unknown as Service[];

type Field = 'description' | 'eligibility_description' | 'url';
interface Pin {
  service: string;
  field: Field;
  /** What the app says (a phrase of the field's text). */
  says: string;
  /** The section of the rules file, e.g. "§1a". */
  section: string;
  /** Verbatim from that section. */
  quote: string;
}

// One pin per line, read as a table.
// prettier-ignore
const PINS: Pin[] = [
  // Healthy Start: who can get it (Child Tax Credit ended), and what it pays.
  { service: 'svc-healthy-start', field: 'eligibility_description', says: 'more than 10 weeks pregnant or have a child under 4', section: '§1a', quote: 'you’re more than 10 weeks pregnant or have at least one child under 4 years old' },
  { service: 'svc-healthy-start', field: 'eligibility_description', says: 'take-home pay from work is £408 a month or less', section: '§1a', quote: 'is £408 or less from employment' },
  { service: 'svc-healthy-start', field: 'eligibility_description', says: 'under 18, you qualify even without benefits', section: '§1a', quote: 'under 18 years old and not getting any benefits' },
  { service: 'svc-healthy-start', field: 'eligibility_description', says: 'income-related Employment and Support Allowance (ESA)', section: '§1a', quote: 'getting Income-related Employment and Support Allowance (ESA)' },
  { service: 'svc-healthy-start', field: 'eligibility_description', says: 'Child Tax Credit ended on 5 April 2025', section: '§1a', quote: 'Child Tax Credit is ending on 5 April 2025' },
  { service: 'svc-healthy-start', field: 'description', says: '£4.25 a week in pregnancy (from week 10)', section: '§1b', quote: '£4.25 each week of your pregnancy (from the 10th week of your pregnancy)' },
  { service: 'svc-healthy-start', field: 'description', says: '£8.50 a week for a baby under 1', section: '§1b', quote: '£8.50 each week for children from birth to 1 year old' },
  { service: 'svc-healthy-start', field: 'description', says: '£4.25 a week for a child aged 1 to 4, until their 4th birthday', section: '§1b', quote: 'Your money will stop after your child’s 4th birthday' },
  { service: 'svc-healthy-start', field: 'description', says: 'added to the card every 4 weeks', section: '§1b', quote: 'You’ll get money added onto your Healthy Start card every 4 weeks.' },
  { service: 'svc-healthy-start-vitamins', field: 'description', says: 'drops for children from birth to 4 (vitamins A, C and D)', section: '§1c', quote: 'vitamins A, C and D for children aged from birth to four years' },
  { service: 'svc-healthy-start-vitamins', field: 'description', says: 'tablets for pregnant and breastfeeding women (folic acid and vitamins C and D)', section: '§1c', quote: 'folic acid and vitamins C and D for pregnant and breastfeeding women' },
  // Immunisations: the schedule from 1 January 2026, MMRV by date of birth.
  { service: 'svc-childhood-vaccinations', field: 'description', says: 'the second MenB dose is now at 12 weeks', section: '§3b', quote: 'will now be offered at 8 and 12 weeks of age' },
  { service: 'svc-childhood-vaccinations', field: 'description', says: 'the pneumococcal vaccine at 16 weeks', section: '§3b', quote: 'previously offered at 12 weeks of age will be offered at 16 weeks of age' },
  { service: 'svc-childhood-vaccinations', field: 'description', says: 'Children born on or after 1 July 2024 have a new appointment at 18 months: a fourth dose of the 6-in-1 vaccine and MMRV', section: '§3a', quote: '18 months old Born on or after 1 July 2024 DTaP/IPV/Hib/HepB. Measles, mumps, rubella and varicella' },
  { service: 'svc-childhood-vaccinations', field: 'description', says: 'MMRV (measles, mumps, rubella and chickenpox)', section: '§3a', quote: 'Measles, mumps, rubella and varicella (chickenpox) MMRV' },
  { service: 'svc-childhood-vaccinations', field: 'eligibility_description', says: 'Born on or after 1 January 2025: MMRV at 12 months and at 18 months', section: '§3c', quote: 'Children born on or after 1 January 2025 | 1 dose given at 12 months and 1 dose given at 18 months' },
  { service: 'svc-childhood-vaccinations', field: 'eligibility_description', says: 'Born 1 July to 31 December 2024: MMR at 12 months, then MMRV at 18 months and at 3 years 4 months', section: '§3c', quote: 'Children born between 1 July 2024 and 31 December 2024 | 1 dose given at 18 months and 1 dose given at 3 years 4 months' },
  { service: 'svc-childhood-vaccinations', field: 'eligibility_description', says: 'Born 1 September 2022 to 30 June 2024: MMR at 12 months, then MMRV at 3 years 4 months', section: '§3c', quote: 'Children born between 1 September 2022 and 30 June 2024 | 1 dose given at 3 years 4 months' },
  { service: 'svc-childhood-vaccinations', field: 'eligibility_description', says: 'one MMRV catch-up dose between 1 November 2026 and 31 March 2028', section: '§3c', quote: '1 dose given sometime between 1 November 2026 and 31 March 2028' },
  // Funded hours: 2-year-olds (families getting support), from 9 months and at 3-4 for working families, 15 hours for all 3-4s.
  { service: 'svc-free-childcare-2-year-olds', field: 'description', says: '570 hours of free early education a year (15 hours a week for 38 weeks), from the term after they turn 2', section: '§4b', quote: 'Your 2 year old can get 570 hours free early education a year from the term after they turn 2' },
  { service: 'svc-free-childcare-2-year-olds', field: 'description', says: 'the term starting on or after 1 January, 1 April or 1 September', section: '§4a', quote: '1 January to 31 March Term starting on or after 1 April 1 April to 31 August Term starting on or after 1 September 1 September to 31 December Term starting on or after 1 January' },
  { service: 'svc-free-childcare-2-year-olds', field: 'eligibility_description', says: 'Universal Credit, if your household income is £15,400 a year or less after tax (not counting benefits)', section: '§4b', quote: 'Universal Credit (where household income is £15,400 a year or less after tax, not including benefit payments)' },
  { service: 'svc-free-childcare-2-year-olds', field: 'eligibility_description', says: 'tax credits, with an income under £16,190 a year before tax', section: '§4b', quote: 'tax credits and you have an annual income of under £16,190 before tax' },
  { service: 'svc-herts-free-early-education-2-year-olds', field: 'eligibility_description', says: '570 hours of free early education a year from the term after they turn 2', section: '§4b', quote: 'Your 2 year old can get 570 hours free early education a year from the term after they turn 2' },
  { service: 'svc-herts-free-early-education-2-year-olds', field: 'eligibility_description', says: 'a combined income from work of less than £15,400 a year after tax', section: '§4b', quote: 'if you and your partner have a combined income from work of less than £15,400 a year after tax' },
  { service: 'svc-essex-free-early-education-2-year-olds', field: 'description', says: 'Some 2-year-olds can get up to 15 hours of free early education until the term after their third birthday.', section: '§4b', quote: 'Some 2-year-olds can get up to 15 hours of free early education until the term after their third birthday.' },
  { service: 'svc-working-parents-childcare', field: 'description', says: 'up to 30 hours of funded childcare a week (for 38 weeks a year) from the term after their child turns 9 months until they start school', section: '§4d', quote: 'Up to 30 hours for eligible working families in England with a child between 9 months and school age.' },
  { service: 'svc-working-parents-childcare', field: 'description', says: 'Apply from when your child is 23 weeks old', section: '§4d', quote: 'You can apply from when your child is 23 weeks old' },
  { service: 'svc-working-parents-childcare', field: 'description', says: 'the day before the new term starts', section: '§4d', quote: 'which falls the day before the new term starts' },
  { service: 'svc-working-parents-childcare', field: 'description', says: 'All 3 and 4 year olds get 15 hours a week from the term after they turn 3', section: '§4c', quote: 'All 3 and 4 year olds can get 15 hours free early education (570 hours per year). You can use these from the term after your child turns 3.' },
  { service: 'svc-working-parents-childcare', field: 'description', says: 'for eligible working families, this adds 15 more', section: '§4e', quote: 'Some 3 and 4 year olds can get an extra 15 hours childcare, this is known as 30 hours free childcare.' },
  { service: 'svc-working-parents-childcare', field: 'description', says: 'formerly Childcare Choices, is now Best Start in Life', section: '§4a', quote: 'Best Start in Life (Gov.UK) service (formerly Childcare Choices)' },
  { service: 'svc-working-parents-childcare', field: 'url', says: 'https://www.beststartinlife.gov.uk', section: '§4a', quote: 'The parent site is https://www.beststartinlife.gov.uk/' },
  { service: 'svc-working-parents-childcare', field: 'eligibility_description', says: 'the equivalent of 16 hours a week at the National Minimum or Living Wage', section: '§4d', quote: 'the equivalent of 16 hours a week national minimum or living wage' },
  { service: 'svc-working-parents-childcare', field: 'eligibility_description', says: 'no more than £100,000 a year', section: '§4d', quote: 'no more than £100,000 a year.' },
  { service: 'svc-essex-free-early-education-3-4-year-olds', field: 'description', says: 'All 3 and 4 year olds can get 15 hours of free early learning a week, from the term after they turn 3', section: '§4c', quote: 'All 3 and 4 year olds can get 15 hours free early education (570 hours per year). You can use these from the term after your child turns 3.' },
  { service: 'svc-childcare-service-helpline', field: 'description', says: 'children under 12 (under 17 if disabled)', section: '§4f', quote: 'your child must be 11 or younger (16 or younger if they’re disabled)' },
  { service: 'svc-tax-free-childcare', field: 'description', says: 'For every £8 you pay into an online childcare account, the government adds £2', section: '§4f', quote: 'For every £8 you pay into the account, the government will top it up by £2.' },
  { service: 'svc-tax-free-childcare', field: 'description', says: 'up to £500 every 3 months (£2,000 a year) for each child, or £1,000 every 3 months (£4,000 a year) if your child is disabled', section: '§4f', quote: 'The total top up you can get for each child is £500 every 3 months (up to £2,000 a year). This goes up to £1,000 every 3 months if your child is disabled (up to £4,000 a year).' },
  { service: 'svc-tax-free-childcare', field: 'eligibility_description', says: 'your child must be 11 or younger (16 or younger if they are disabled)', section: '§4f', quote: 'your child must be 11 or younger (16 or younger if they’re disabled)' },
  { service: 'svc-tax-free-childcare', field: 'eligibility_description', says: "can't use Tax-Free Childcare together with Tax Credits, Universal Credit or Childcare Vouchers", section: '§4f', quote: "You can't use Tax-Free Childcare together with: Tax Credits Universal Credit Childcare Vouchers" },
];

/** The text of one section ("§3c" → from "### 3c." to the next heading of level 2 or 3). */
function sectionText(rules: string, section: string): string {
  const id = section.replace('§', '');
  const start = rules.search(new RegExp(`^###? ${id}\\. `, 'm'));
  if (start < 0) return '';
  const afterHeading = rules.indexOf('\n', start) + 1;
  const rest = rules.slice(afterHeading);
  const end = rest.search(/^###? /m);
  return rules.slice(start, afterHeading) + (end < 0 ? rest : rest.slice(0, end));
}

const byId = (id: string) => services.find((s) => s.id === id);

describe.skipIf(!existsSync(RULES))('current rules: each statement in data/ is pinned to its section of timeline_rules_sources.md', () => {
  const rules = existsSync(RULES) ? readFileSync(RULES, 'utf8') : '';

  it.each(PINS)('$service says "$says" ($section)', (pin) => {
    expect(sectionText(rules, pin.section), `quote not in ${pin.section}`).toContain(pin.quote);
    const service = byId(pin.service);
    expect(service, `${pin.service} is not in the catalogue`).toBeDefined();
    expect(service?.[pin.field] ?? '').toContain(pin.says);
    expect(service?.rules_from ?? '', `${pin.service} must name ${pin.section} in rules_from`).toContain(pin.section);
  });

  it('every service that states a rule (funded hours, Healthy Start, vaccines, Tax-Free Childcare) names its section', () => {
    const RULE_WORDS =
      /\b(MMRV?|Healthy Start|Tax-Free Childcare|\d+ hours (of )?(free|funded)|free early education|vaccination schedule)\b/;
    const unnamed = services.filter(
      (s) => RULE_WORDS.test(`${s.description} ${s.eligibility_description ?? ''}`) && !/§\d[a-z]?/.test(s.rules_from ?? ''),
    );
    expect(unnamed.map((s) => s.id)).toEqual([]);
  });
});

describe('no superseded rule is left in data/', () => {
  const texts = services.map((s) => ({ id: s.id, text: `${s.name} ${s.description} ${s.eligibility_description ?? ''} ${s.alert ?? ''}` }));

  it('the 18-month appointment gives MMRV, not "the second dose of MMR" (§3b: that plan was overtaken)', () => {
    expect(texts.filter((t) => /second (dose of )?MMR\b/i.test(t.text)).map((t) => t.id)).toEqual([]);
  });

  it('Healthy Start no longer lists Child Tax Credit as a qualifying benefit (§1a: it ended on 5 April 2025)', () => {
    const healthyStart = byId('svc-healthy-start')?.eligibility_description ?? '';
    expect(healthyStart.replace('Child Tax Credit ended on 5 April 2025', '')).not.toMatch(/Child Tax Credit/);
  });

  it('the renamed childcare service is not sent to by its old name (§4a)', () => {
    expect(services.filter((s) => /childcarechoices\.gov\.uk/.test(s.url ?? '')).map((s) => s.id)).toEqual([]);
    expect(texts.filter((t) => /Childcare Choices/.test(t.text.replace('formerly Childcare Choices', ''))).map((t) => t.id)).toEqual([]);
  });
});
