/**
 * Loads the shipped geography files (public/geo, precached by the service worker) once each.
 * A failed load is forgotten so "Try again" can fetch afresh.
 */
import type { PostcodeData } from './lookup';

const pending = new Map<string, Promise<unknown>>();

export function loadGeo<T>(file: 'postcodes.json' | 'boundaries.json' | 'basemap.json' | 'places.json'): Promise<T> {
  let promise = pending.get(file);
  if (!promise) {
    promise = fetch(`${import.meta.env.BASE_URL}geo/${file}`).then((response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.json();
    });
    promise.catch(() => pending.delete(file));
    pending.set(file, promise);
  }
  return promise as Promise<T>;
}

export const loadPostcodes = () => loadGeo<PostcodeData>('postcodes.json');
