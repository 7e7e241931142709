import type { Page } from 'playwright-core';

/** How many pages a PDF from page.pdf() has (its /Type /Page objects, not the /Pages tree). */
export const countPdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Adds a child with the plan's form; given `heading`, waits until the child's section shows it. */
export async function addChild(page: Page, kind: 'Due date' | 'Date of birth', day: string, month: string, year: string, heading?: string) {
  const form = page.locator('form.plan-form');
  await form.getByLabel(kind, { exact: true }).check();
  await form.getByLabel('Day').fill(day);
  await form.getByLabel('Month').fill(month);
  await form.getByLabel('Year').fill(year);
  await form.getByRole('button', { name: 'Add to my plan' }).click();
  if (heading !== undefined) await page.getByRole('heading', { name: heading }).waitFor();
}
