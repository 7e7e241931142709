/**
 * Map and "near me" (/map, /map?postcode=…): a postcode or the user's location puts services
 * nearest first, in a list that always holds every service, with the map beside it.
 * Postcodes resolve offline from the shipped file; the map loads Leaflet on its own.
 * A postcode found is remembered on this device (remembered-place.ts) for search's distances,
 * shown again on the next visit, and forgotten with one button.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Page } from '../components/page';
import { RenderLater } from '../components/render-later';
import { WithCatalogue } from '../components/with-catalogue';
import type { Catalogue } from '../features/catalogue/model';
import { ErrorSummary } from '../components/error-summary';
import { milesFormatter } from '../features/map/format';
import { mapPoints } from '../features/map/map-points';
import { AnywhereList, PlacedList } from '../features/map/near-list';
import { PostcodeForm, POSTCODE_FIELD_ID } from '../features/map/postcode-form';
import { ServiceMap } from '../features/map/service-map';
import { useGeolocation } from '../features/map/use-geolocation';
import '../features/map/near-me.css';
import { districtAt, type BoundaryFeature } from '../features/postcodes/in-area';
import { loadGeo, loadPostcodes } from '../features/postcodes/load';
import { nearPostcode } from '../features/postcodes/near-postcode';
import { servicesByPlace, type ServicesByPlace } from '../features/postcodes/nearest';
import { parsePostcode } from '../lib/postcode';
import { forgetPlace, readRememberedPlace, rememberPlace, type RememberedPlace } from '../features/postcodes/remembered-place';
import { locale, useT } from '../i18n/i18n';

interface Origin {
  lat: number;
  lon: number;
  label: string;
  inArea: boolean;
  /** The centre of a sector or outcode rather than an exact point. */
  approximate: boolean;
  /** The services, nearest this point first. */
  nearby: ServicesByPlace;
}

/** Keeps a found postcode on this device, with its district when it is in the area (for "your area first"). */
function rememberPostcode(label: string, lat: number, lon: number, inArea: boolean, saved: (place: RememberedPlace) => void) {
  const save = (ladCode?: string) => {
    const place: RememberedPlace = ladCode ? { label, lat, lon, ladCode } : { label, lat, lon };
    // Private browsing or a full storage: nothing is kept, so nothing claims to be.
    if (rememberPlace(place) === 'ok') saved(place);
  };
  if (!inArea) return save();
  void loadGeo<{ features: BoundaryFeature[] }>('boundaries.json').then(
    ({ features }) => save(districtAt(features, { lat, lon })),
    () => save(),
  );
}

function NearMe({ catalogue, postcode: asked }: { catalogue: Catalogue; postcode: string }) {
  const t = useT();
  const { route } = useLocation();
  const [remembered, setRemembered] = useState(() => readRememberedPlace());
  const [forgotten, setForgotten] = useState(false);
  const postcodeField = useRef<HTMLInputElement>(null);
  // With no postcode in the address, the one remembered on this device.
  const postcode = asked || remembered?.label || '';
  const [value, setValue] = useState(postcode);
  const [origin, setOrigin] = useState<Origin | undefined>();
  const [error, setError] = useState<string | undefined>();
  // Counts submissions, so submitting the same postcode again looks it up (and focuses errors) again.
  const [attempt, setAttempt] = useState(0);
  const geo = useGeolocation((lat, lon) => {
    if (asked) route('/map');
    setValue('');
    setError(undefined);
    const label = t('map.yourLocation');
    const here = { lat, lon, label, approximate: false, nearby: servicesByPlace(catalogue.services, { lat, lon }) };
    void loadGeo<{ features: BoundaryFeature[] }>('boundaries.json').then(
      ({ features }) => setOrigin({ ...here, inArea: districtAt(features, { lat, lon }) !== undefined }),
      () => setOrigin({ ...here, inArea: true }),
    );
  });

  useEffect(() => {
    setValue(postcode);
    if (!postcode.trim()) return;
    let current = true;
    loadPostcodes().then(
      (data) => {
        if (!current) return;
        const near = nearPostcode(data, catalogue.services, postcode);
        if (!near.ok) {
          setError(t(`map.errors.${near.error}`, { postcode: near.text }));
          return;
        }
        const { lat, lon, label, inArea, precision } = near.place;
        setError(undefined);
        setValue(label);
        setOrigin({ lat, lon, label, inArea, approximate: precision !== 'unit', nearby: near });
        setForgotten(false);
        rememberPostcode(label, lat, lon, inArea, setRemembered);
      },
      () => current && setError(t('map.errors.loadFailed')),
    );
    return () => {
      current = false;
    };
  }, [postcode, attempt, t, catalogue]);

  // GOV.UK: the page title starts "Error: " while the error summary shows.
  useEffect(() => {
    const base = `${t('map.title')} – ${t('app.name')}`;
    document.title = error ? `${t('map.errorPrefix')} ${base}` : base;
  }, [error, t]);

  const localeCode = locale.value;
  const formatMiles = useMemo(() => milesFormatter(localeCode), [localeCode]);
  const unplaced = useMemo(() => servicesByPlace(catalogue.services), [catalogue]);
  const { placed, anywhere } = origin?.nearby ?? unplaced;
  const nearest = origin ? placed[0] : undefined;
  const points = useMemo(
    () => mapPoints(placed, (entries) => entries.map((e) => `${e.service.name}, ${e.location.name}`).join('; ')),
    [placed],
  );

  function submit() {
    setAttempt((n) => n + 1);
    const parsed = parsePostcode(value);
    if (parsed.kind === 'empty' || parsed.kind === 'invalid') {
      setError(t(parsed.kind === 'empty' ? 'map.errors.empty' : 'map.errors.format'));
      return;
    }
    route(`/map?postcode=${encodeURIComponent(parsed.text)}`);
  }

  function forget() {
    forgetPlace();
    setRemembered(null);
    setForgotten(true);
    setOrigin(undefined);
    setValue('');
    if (asked) route('/map');
    // The button has gone: the postcode box is where a parent would go next.
    postcodeField.current?.focus();
  }

  return (
    <Page title={t('map.title')}>
      <ErrorSummary errors={error ? [{ fieldId: POSTCODE_FIELD_ID, message: error }] : []} attempt={attempt} />
      <p class="lead">{t('map.lead')}</p>
      <PostcodeForm
        value={value}
        error={error}
        onInput={setValue}
        onSubmit={submit}
        onUseLocation={geo.request}
        locating={geo.locating}
        inputRef={postcodeField}
      />
      {remembered && (
        <div class="remembered-place">
          <p>{t('place.saved', { place: remembered.label })}</p>
          <button type="button" class="button button--secondary" onClick={forget}>
            {t('place.forget')}
          </button>
        </div>
      )}
      <p role="status" class="remembered-place__status">
        {forgotten ? t('place.forgotten') : ''}
      </p>
      {geo.problem && (
        <p class="warning" role="alert">
          {t(`map.location.${geo.problem}`)}
        </p>
      )}
      <div class="near-me">
        <div class="near-me__map">
          <ServiceMap
            points={points}
            origin={origin}
            alsoShow={nearest && { lat: nearest.location.latitude, lon: nearest.location.longitude }}
            label={t('map.mapLabel')}
            formatMiles={formatMiles}
            stillFirst
          />
        </div>
        <section class="near-me__list" aria-labelledby="near-heading">
          <h2 id="near-heading">{origin ? t('map.nearHeading', { place: origin.label }) : t('map.allHeading')}</h2>
          <div role="status">
            {origin && !origin.inArea && <p class="warning">{t('map.outsideArea', { place: origin.label })}</p>}
            {origin?.approximate && <p>{t('map.approximatePlace', { place: origin.label })}</p>}
          </div>
          <PlacedList placed={placed} formatMiles={formatMiles} />
        </section>
      </div>
      <RenderLater>
        <AnywhereList services={anywhere} />
      </RenderLater>
    </Page>
  );
}

export default function MapPage() {
  const { query } = useLocation();
  const postcode = query.postcode ?? '';
  return <WithCatalogue>{(catalogue) => <NearMe catalogue={catalogue} postcode={postcode} />}</WithCatalogue>;
}
