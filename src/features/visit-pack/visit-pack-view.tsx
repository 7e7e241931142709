/**
 * The visit pack: every contact gathered during one visit, with one QR code (the contacts as
 * text, or a link that opens the same pack in the same language) and one A4 sheet. The
 * health visitor's own pack (from this tab's session storage) can be edited and ended; a pack
 * opened from a link (the family's phone) is shown as it was given.
 * The "given by" name lives in this component's state only: never in storage or the link.
 */
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Catalogue } from '../catalogue/model';
import type { Pathway } from '../pathways/types';
import { QrCode } from '../pathways/qr-code';
import { QrChoice } from '../pathways/qr-choice';
import { useText, type Text } from '../pathways/text';
import { TextField } from '../../components/text-field';
import { lang, locale } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { londonTime } from '../opening-times/london-time';
import { packContacts, showsHours, type PackContact } from './pack-entries';
import { serviceHoursLines } from './pack-hours';
import { packLink, type SharedPack } from './pack-link';
import { packAsText } from './pack-text';
import { endVisit, removeFromPack, usePack } from './pack-store';
import { PackSheet } from './pack-sheet';

/** The national numbers' services in the catalogue (sourced: data/sources/national_fixed_numbers.csv). */
const EMERGENCY_ID = 'svc-999-emergency';
const NHS_111_ID = 'svc-nhs-111';

interface Props {
  catalogue: Catalogue;
  pathways: readonly Pathway[];
  /** The pack from a link; none for the health visitor's own pack. */
  shared?: SharedPack;
}

type Holds = 'text' | 'link';

export function VisitPackView({ catalogue, pathways, shared }: Props) {
  const text = useText();
  const { route } = useLocation();
  const own = usePack();
  const [givenBy, setGivenBy] = useState('');
  const [holds, setHolds] = useState<Holds>('text');
  const [status, setStatus] = useState('');
  const servicesById = useMemo(() => new Map(catalogue.services.map((s) => [s.id, s])), [catalogue]);

  const items = shared ? shared.items : own.items;
  const { contacts, missing } = packContacts(items, servicesById, pathways);
  const safety = { emergency: servicesById.get(EMERGENCY_ID), nhs111: servicesById.get(NHS_111_ID) };
  const today = londonTime(new Date()).date;
  const givenOnIso = shared ? shared.givenOn : today;
  // The family's column shows the date in its language; the English column (englishText) in British English.
  const givenOn = givenOnIso
    ? (columnText: Text) =>
        columnText('pathways.ui.give.givenOn', { date: formatDate(givenOnIso, columnText === text ? locale.value : 'en-GB') })
    : undefined;
  const both = lang.value !== 'en';
  const name = givenBy.trim();

  const remove = (entry: PackContact) => {
    removeFromPack(entry.service.id);
    setStatus(text('pathways.ui.pack.removed', { name: entry.service.name }));
    // The button is gone: keep the keyboard in the list rather than at the top of the page.
    document.getElementById('pack-contacts-heading')?.focus();
  };
  const end = () => {
    endVisit();
    setGivenBy('');
    route('/contact');
  };

  const problems = (
    <>
      {!shared && own.problem === 'unreadable' && <p class="warning">{text('pathways.ui.pack.unreadable')}</p>}
      {!shared && own.problem === 'unavailable' && <p class="warning">{text('pathways.ui.pack.cannotKeep')}</p>}
      {shared && (shared.dropped > 0 || missing > 0) && <p class="warning">{text('pathways.ui.pack.linkDropped')}</p>}
    </>
  );

  if (contacts.length === 0) {
    return (
      <>
        {!shared && <p class="lead">{text('pathways.ui.pack.intro')}</p>}
        {problems}
        {!shared && <p>{text('pathways.ui.pack.empty')}</p>}
        <p>
          <a href="/contact">{text('pathways.ui.title')}</a>
        </p>
      </>
    );
  }

  const contactsText = packAsText(
    contacts.map(({ service }) => ({
      name: service.name,
      phones: service.phones,
      website: service.url ?? service.organisation.website,
      hours: showsHours(service) ? serviceHoursLines(service, locale.value, text) : undefined,
    })),
    {
      heading: text('pathways.ui.contactsHeading'),
      givenOn: givenOn?.(text) ?? '',
      call: (number) => text('service.call', { number }),
      text: (number) => text('service.text', { number }),
      hoursUnknown: text('service.timesUnknown'),
      safety: [safety.emergency && text('home.urgent999'), safety.nhs111 && text('home.urgent111')].filter((s): s is string => Boolean(s)),
    },
  );
  const link = new URL(
    packLink(
      contacts.map((c) => c.item),
      lang.value,
      givenOnIso ?? today,
    ),
    location.origin,
  ).href;

  return (
    <div class="visit-pack">
      <p class="lead no-print">{text(shared ? 'pathways.ui.pack.sharedIntro' : 'pathways.ui.pack.intro')}</p>
      {problems}
      {!shared && (
        <>
          <figure class="give__qr visit-pack__qr">
            <QrCode
              text={holds === 'text' ? contactsText : link}
              label={text('pathways.ui.give.qrLabel', {
                what: text(holds === 'text' ? 'pathways.ui.give.qrText' : 'pathways.ui.give.qrLink'),
              })}
              tooLong={<p class="warning">{text('pathways.ui.give.tooLong')}</p>}
            />
          </figure>
          <QrChoice idPrefix="pack-qr" holds={holds} onChange={setHolds} linkHintKey="pathways.ui.pack.qrLinkHint" />
          <div class="visit-pack__given-by no-print">
            <TextField
              id="pack-given-by"
              label={text('pathways.ui.pack.givenBy')}
              hint={text('pathways.ui.pack.givenByHint')}
              type="text"
              autocomplete="off"
              spellcheck={false}
              maxLength={80}
              value={givenBy}
              onInput={(event) => setGivenBy(event.currentTarget.value)}
            />
          </div>
        </>
      )}
      <div class="visit-pack__actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {text('pathways.ui.give.print')}
        </button>
        {!shared && (
          <button type="button" class="button button--secondary" onClick={end} aria-describedby="pack-end-hint">
            {text('pathways.ui.pack.endVisit')}
          </button>
        )}
      </div>
      {!shared && (
        <p id="pack-end-hint" class="hint no-print">
          {text('pathways.ui.pack.endVisitHint')}
        </p>
      )}
      <p role="status" class="no-print">
        {status}
      </p>
      <PackSheet
        contacts={contacts}
        safety={safety}
        givenOn={givenOn}
        givenBy={shared ? undefined : name || undefined}
        both={both}
        remove={
          shared
            ? undefined
            : (entry) => (
                <p class="no-print">
                  <button type="button" class="button button--secondary" onClick={() => remove(entry)}>
                    {text('pathways.ui.pack.remove')}
                    <span class="visually-hidden"> {entry.service.name}</span>
                  </button>
                </p>
              )
        }
      />
      {!shared && (
        <p class="give__link">
          {text('pathways.ui.pack.linkLabel')}:{' '}
          <a href={link} class="print-bare">
            {link}
          </a>
        </p>
      )}
    </div>
  );
}
