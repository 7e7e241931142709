/**
 * "Give to family": a QR code made on the device (the contacts as text, or a link), Web Share
 * where the browser has it, copy link, and print (one A4 page with the contacts, the code and the
 * date it was given, no navigation: pathways.css).
 */
import { useState } from 'preact/hooks';
import type { ServiceView } from '../catalogue/model';
import { locale, useT } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { londonTime } from '../opening-times/london-time';
import { contactsAsText } from './contacts-text';
import { contactsFor } from './engine';
import { QrCode } from './qr-code';
import { QrChoice } from './qr-choice';
import type { AreaId, PathwayEnding } from './types';
import { useText } from './text';

interface Props {
  ending: PathwayEnding;
  area?: AreaId;
  servicesById: ReadonlyMap<string, ServiceView>;
  /** The absolute link to the ending. */
  link: string;
  backHref: string;
}

type Holds = 'text' | 'link';

export function GiveToFamily({ ending, area, servicesById, link, backHref }: Props) {
  const text = useText();
  const t = useT();
  const [holds, setHolds] = useState<Holds>('text');
  const [copyStatus, setCopyStatus] = useState('');
  const contactsText = contactsAsText(contactsFor(ending, area), servicesById, area, {
    heading: text('pathways.ui.give.textHeading', { title: text(ending.title) }),
    call: (number) => t('service.call', { number }),
    text: (number) => t('service.text', { number }),
    onlyIn: (a) => text(`pathways.ui.onlyIn.${a}`),
  });
  const qrText = holds === 'text' ? contactsText : link;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const share = async () => {
    try {
      await navigator.share({ title: text(ending.title), text: contactsText, url: link });
    } catch {
      // The family closed the share sheet, or sharing is blocked: nothing is lost.
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus(text('pathways.ui.give.copied'));
    } catch {
      setCopyStatus(text('pathways.ui.give.copyFailed'));
    }
  };

  return (
    // The code first, so it is in the first screen; what it holds is chosen under it.
    <div class="give">
      <figure class="give__qr">
        <QrCode
          text={qrText}
          label={text('pathways.ui.give.qrLabel', { what: text(holds === 'text' ? 'pathways.ui.give.qrText' : 'pathways.ui.give.qrLink') })}
          tooLong={<p class="warning">{text('pathways.ui.give.tooLong')}</p>}
        />
        {/* The hint is for the health visitor on screen; the family's printout does not need it. */}
        <figcaption class="hint no-print">{text('pathways.ui.give.scanHint')}</figcaption>
      </figure>
      <p class="give__date print-only">
        {text('pathways.ui.give.givenOn', { date: formatDate(londonTime(new Date()).date, locale.value) })}
      </p>
      <QrChoice idPrefix="qr" holds={holds} onChange={setHolds} linkHintKey="pathways.ui.give.qrLinkHint" />
      <div class="give__actions no-print">
        {canShare && (
          <button type="button" class="button" onClick={() => void share()}>
            {text('pathways.ui.give.share')}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={() => void copy()}>
          {text('pathways.ui.give.copy')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {text('pathways.ui.give.print')}
        </button>
      </div>
      <p role="status" class="give__status no-print">
        {copyStatus}
      </p>
      <p class="give__link">
        {text('pathways.ui.give.linkLabel')}:{' '}
        <a href={link} class="print-bare">
          {link}
        </a>
      </p>
      <pre class="give__text">{contactsText}</pre>
      <p class="no-print">
        <a href={backHref}>{text('pathways.ui.give.back')}</a>
      </p>
    </div>
  );
}
