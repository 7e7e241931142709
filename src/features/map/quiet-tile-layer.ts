/**
 * Leaflet's tile layer cancels unwanted tiles by pointing them at a data: GIF, which the
 * Content-Security-Policy forbids (img-src has no data:). This one removes the src instead,
 * which cancels the request just the same, and it never retries.
 */
import L from 'leaflet';

interface TileRecord {
  el: HTMLImageElement;
  coords: L.Coords;
}
interface TileInternals {
  _tiles: Record<string, TileRecord>;
  _tileZoom?: number;
}

function silence(tile: HTMLImageElement): void {
  tile.onload = null;
  tile.onerror = null;
  tile.removeAttribute('src');
}

export const QuietTileLayer = L.TileLayer.extend({
  _abortLoading(this: L.TileLayer & TileInternals) {
    for (const [key, record] of Object.entries(this._tiles)) {
      if (record.coords.z === this._tileZoom || record.el.complete) continue;
      silence(record.el);
      L.DomUtil.remove(record.el);
      delete this._tiles[key];
      this.fire('tileabort', { tile: record.el, coords: record.coords });
    }
  },
  _removeTile(this: L.TileLayer & TileInternals, key: string) {
    const record = this._tiles[key];
    if (!record) return;
    silence(record.el);
    (L.GridLayer.prototype as unknown as { _removeTile(k: string): void })._removeTile.call(this, key);
  },
}) as unknown as new (url: string, options: L.TileLayerOptions) => L.TileLayer;
