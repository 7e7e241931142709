/**
 * Above the results when the family's postcode is saved on this device: where the distances are
 * measured from, a way to change or forget it, and "Nearest first". The order lives in the URL,
 * like the filters, so Back and a reload keep it.
 */
import { useT } from '../../i18n/i18n';
import type { ResultOrder } from '../postcodes/place-ranking';

export const RESULT_ORDER_ID = 'result-order';

interface Props {
  place: string;
  order: ResultOrder;
  onOrder: (order: ResultOrder) => void;
}

export function ResultOrderField({ place, order, onOrder }: Props) {
  const t = useT();
  return (
    <div class="result-order">
      <p class="result-order__from">
        {t('place.distancesFrom', { place })} <a href="/map">{t('place.change')}</a>
      </p>
      <label for={RESULT_ORDER_ID} class="label">
        {t('place.orderLabel')}
      </label>
      <select
        id={RESULT_ORDER_ID}
        class="input filters__select"
        value={order}
        onChange={(event) => onOrder(event.currentTarget.value === 'nearest' ? 'nearest' : 'best')}
      >
        <option value="best">{t('place.orderBest')}</option>
        <option value="nearest">{t('place.orderNearest')}</option>
      </select>
    </div>
  );
}
