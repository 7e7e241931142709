/**
 * One contact in an ending: who, then the call (first action on the card, so on an urgent
 * ending the first tel: link is on the first screen), what to say or ask, what happens next,
 * the hours (the whole service's: a phone line's own hours sit under its number, so there is one
 * list of hours), and last "About this information": the service's note and where the advice comes from.
 * The catalogue's numbers, hours and notes are read at render time so they stay current.
 */
import type { ServiceView } from '../catalogue/model';
import { ContactDetails } from '../service/contact-details';
import { isFree } from '../filters/match';
import { OpeningTimes } from '../service/opening-times';
import type { AreaId, PathwayContact } from './types';
import { SideBySide } from './side-by-side';
import { useText, type Text } from './text';
import { servicePath } from '../../lib/paths';

interface Props {
  contact: PathwayContact;
  service: ServiceView;
  /** The family's area; when unknown, area-only contacts are labelled. */
  area?: AreaId;
  /** Hand-over "side by side": what to say and what happens next, in English too. */
  both?: boolean;
}

/** What to say or ask, and what happens next: the pathway's own words for this contact. */
function Advice({ contact, text }: { contact: PathwayContact; text: Text }) {
  return (
    <>
      {contact.say && (
        <>
          <h4>{text('pathways.ui.say')}</h4>
          <p>{text(contact.say)}</p>
        </>
      )}
      {contact.then && (
        <>
          <h4>{text('pathways.ui.then')}</h4>
          <p>{text(contact.then)}</p>
        </>
      )}
    </>
  );
}

export function ContactCard({ contact, service, area, both = false }: Props) {
  const text = useText();
  return (
    <li class="pathway-contact">
      {/* Service records are in English in every interface language: marked so, they read and run the right way. */}
      <h3 class="pathway-contact__name">
        <span lang="en" dir="ltr">
          {service.name}
        </span>
        {contact.area && !area && <span class="pathway-contact__area"> {text(`pathways.ui.onlyIn.${contact.area}`)}</span>}
      </h3>
      <ContactDetails service={service} />
      {/* "Free" only where the source says so: the fees text is the catalogue's, never assumed. */}
      {isFree(service) && service.fees && (
        <p class="pathway-contact__cost">
          {text('service.cost')}:{' '}
          <span lang="en" dir="ltr">
            {service.fees}
          </span>
        </p>
      )}
      <p lang="en" dir="ltr">
        {service.description}
      </p>
      {both && (contact.say || contact.then) ? (
        <SideBySide>{(columnText) => <Advice contact={contact} text={columnText} />}</SideBySide>
      ) : (
        <Advice contact={contact} text={text} />
      )}
      {service.schedules.length > 0 && <OpeningTimes schedules={service.schedules} />}
      {(service.alert || contact.source_url) && (
        <div class="pathway-about">
          <h4>{text('pathways.ui.aboutInfo')}</h4>
          {service.alert && (
            <p lang="en" dir="ltr">
              {service.alert}
            </p>
          )}
          {contact.source_url && (
            <p class="hint pathway-contact__source">
              {text('pathways.ui.adviceSource')}:{' '}
              {contact.source_url.map((url, i) => (
                <span key={url}>
                  {i > 0 && ', '}
                  <a href={url} rel="noopener noreferrer">
                    {new URL(url).hostname}
                  </a>
                </span>
              ))}
            </p>
          )}
        </div>
      )}
      <p class="pathway-contact__more">
        <a href={servicePath(service.id)}>{text('pathways.ui.moreAbout', { name: service.name })}</a>
      </p>
    </li>
  );
}
