/**
 * The sheet the family keeps: each contact with its numbers, what it is for and what to say
 * (in the family's language with English beside it), its hours, then the 999/111 safety line,
 * the date and who gave it. Everything is text rendered by Preact, never HTML.
 */
import type { ServiceView } from '../catalogue/model';
import { ContactDetails } from '../service/contact-details';
import { OpeningTimes } from '../service/opening-times';
import { hoursAreByLine } from '../opening-times/open-now';
import { SideBySide } from '../pathways/side-by-side';
import { useText, type Text } from '../pathways/text';
import { showsHours, type PackContact } from './pack-entries';

interface Props {
  contacts: readonly PackContact[];
  /** The 999 and NHS 111 services from the catalogue (left out when the catalogue lacks one). */
  safety: { emergency?: ServiceView; nhs111?: ServiceView };
  /** "Given on …" already formatted, or none when the date is not known. */
  givenOn?: (text: Text) => string;
  givenBy?: string;
  /** Whether to show the family's language with English beside it. */
  both: boolean;
  /** Renders each contact's remove button (the health visitor's own pack only). */
  remove?: (contact: PackContact) => preact.ComponentChildren;
}

/** The family's language and English side by side, or the one language when it is English. */
function InBoth({ both, render }: { both: boolean; render: (text: Text) => preact.ComponentChildren }) {
  const text = useText();
  return both ? <SideBySide>{render}</SideBySide> : <>{render(text)}</>;
}

function Advice({ entry, text }: { entry: PackContact; text: Text }) {
  return (
    <>
      {entry.ending && <p class="visit-pack__for">{text(entry.ending.title)}</p>}
      {entry.contact?.say && (
        <>
          <h4>{text('pathways.ui.say')}</h4>
          <p>{text(entry.contact.say)}</p>
        </>
      )}
    </>
  );
}

export function PackSheet({ contacts, safety, givenOn, givenBy, both, remove }: Props) {
  const text = useText();
  const hasAdvice = (entry: PackContact) => Boolean(entry.ending || entry.contact?.say);
  return (
    <section class="visit-pack__sheet" aria-labelledby="pack-contacts-heading">
      <h2 id="pack-contacts-heading" tabIndex={-1}>
        {text('pathways.ui.contactsHeading')}
      </h2>
      {(givenOn || givenBy) && (
        <InBoth
          both={both}
          render={(columnText) => (
            <>
              {givenOn && <p class="visit-pack__given">{givenOn(columnText)}</p>}
              {givenBy && <p class="visit-pack__given">{columnText('pathways.ui.pack.givenByLine', { name: givenBy })}</p>}
            </>
          )}
        />
      )}
      <ol class="pathway-contacts">
        {contacts.map((entry) => (
          <li key={entry.service.id} class="pathway-contact visit-pack__contact">
            {/* Who and how to reach them, then (beside it on paper) what it is for and what to say. */}
            <div class="visit-pack__reach">
              <h3 class="pathway-contact__name">
                <span lang="en" dir="ltr">
                  {entry.service.name}
                </span>
              </h3>
              <ContactDetails service={entry.service} />
              {/* Hours that go with each phone line are already under its number (ContactDetails). */}
              {showsHours(entry.service) && !hoursAreByLine(entry.service) && (
                <>
                  {/* Off the paper, where the hours line speaks for itself and space is short. */}
                  <h4 class="visit-pack__hours-heading">{text('service.openingTimes')}</h4>
                  <OpeningTimes schedules={entry.service.schedules} />
                </>
              )}
              {remove?.(entry)}
            </div>
            {hasAdvice(entry) && (
              <div class="visit-pack__advice">
                <InBoth both={both} render={(columnText) => <Advice entry={entry} text={columnText} />} />
              </div>
            )}
          </li>
        ))}
      </ol>
      {(safety.emergency || safety.nhs111) && (
        <div class="visit-pack__safety">
          <InBoth
            both={both}
            render={(columnText) => (
              <>
                <h3 class="visit-pack__safety-heading">{columnText('home.urgentHeading')}</h3>
                {safety.emergency && <p>{columnText('home.urgent999')}</p>}
                {safety.nhs111 && <p>{columnText('home.urgent111')}</p>}
              </>
            )}
          />
        </div>
      )}
    </section>
  );
}
