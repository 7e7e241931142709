/**
 * A life stage's or category's name in the interface language. The locales hold these names
 * (src/i18n/locales/en/app.json "lifeStages" and "categories"); a term they do not know, such as
 * one from another council's feed, keeps the name the catalogue gives it.
 */
import type { TFunction } from 'i18next';
import app from '../../i18n/locales/en/app.json';

export type LifeStageId = keyof typeof app.lifeStages;
export type CategoryId = keyof typeof app.categories;

const isLifeStageId = (id: string): id is LifeStageId => Object.hasOwn(app.lifeStages, id);
const isCategoryId = (id: string): id is CategoryId => Object.hasOwn(app.categories, id);

export function termLabel(t: TFunction, id: string, catalogueName: string = id): string {
  if (isLifeStageId(id)) return t(`lifeStages.${id}`);
  if (isCategoryId(id)) return t(`categories.${id}`);
  return catalogueName;
}
