/**
 * The summary shown when a marker is chosen, built as DOM nodes with textContent (never an
 * HTML string, so no catalogue text can ever run as markup).
 */
import type { t as translate } from '../../i18n/i18n';
import { roundMiles } from '../postcodes/distance';
import type { MapPoint } from './map-points';
import { servicePath } from '../../lib/paths';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function popupContent(point: MapPoint, t: typeof translate, formatMiles: (miles: number) => string): HTMLElement {
  const root = element('div', 'map-popup');
  for (const entry of point.entries) {
    const item = element('div', 'map-popup__service');
    const title = element('p', 'map-popup__name');
    const link = element('a', '', entry.service.name);
    link.href = servicePath(entry.service.id);
    title.append(link);
    item.append(title, element('p', 'map-popup__org', entry.service.organisation.name));
    item.append(element('p', 'map-popup__where', t('map.at', { place: entry.location.name })));
    if (entry.miles !== undefined) {
      const rounded = roundMiles(entry.miles);
      item.append(element('p', 'map-popup__miles', t('map.miles', { count: rounded, formatted: formatMiles(rounded) })));
    }
    if (entry.approximate) item.append(element('p', 'map-popup__approx', t('map.approximate')));
    root.append(item);
  }
  return root;
}
