/**
 * The street map (OpenStreetMap tiles) is off until the person asks for it: until then the map
 * is drawn from the app's own boundary and town data, so opening it sends nothing to another
 * site (the tile server would see their internet address and the area they look at). The choice
 * is remembered on this device.
 */
import { signal } from '@preact/signals';
import { readString, writeString } from '../../lib/storage';
import { useT } from '../../i18n/i18n';

const KEY = 'street-map';

export const streetMap = signal(readString(KEY) === 'on');

function setStreetMap(on: boolean): void {
  streetMap.value = on;
  writeString(KEY, on ? 'on' : 'off');
}

export function StreetMapToggle() {
  const t = useT();
  return (
    <p class="service-map__streets">
      <button type="button" class="button button--secondary button--small" onClick={() => setStreetMap(!streetMap.value)}>
        {streetMap.value ? t('map.streetMapHide') : t('map.streetMapShow')}
      </button>{' '}
      <span class="hint">{t('map.streetMapNote')}</span>
    </p>
  );
}
