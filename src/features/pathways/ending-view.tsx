/**
 * An ending: the one thing to do (when the data gives it), then the contacts in the order to
 * contact them, each with its call first. The child 'I' statements the ending serves stay in the
 * data (tags) but are not shown: parents read them as framework language (issue 20).
 */
import type { Catalogue } from '../catalogue/model';
import { servicesById } from '../catalogue/queries';
import meta from 'virtual:catalogue-meta';
import { formatDate } from '../../lib/dates';
import { sourceYearsText } from '../../lib/freshness';
import { locale } from '../../i18n/i18n';
import { contactsFor } from './engine';
import type { AreaId, PathwayEnding } from './types';
import { ContactCard } from './contact-card';
import { TermsExplained } from '../glossary/terms-explained';
import { SideBySide } from './side-by-side';
import { useText } from './text';

interface Props {
  ending: PathwayEnding;
  area?: AreaId;
  catalogue: Catalogue;
  /** Hand-over "side by side": the ending's own texts in English too (service records are English already). */
  both?: boolean;
}

export function EndingView({ ending, area, catalogue, both = false }: Props) {
  const text = useText();
  const byId = servicesById(catalogue.services);
  const contacts = contactsFor(ending, area).flatMap((contact) => {
    const service = byId.get(contact.service);
    return service ? [{ contact, service }] : [];
  });
  return (
    <section aria-labelledby="contacts-heading">
      {both && <SideBySide>{(columnText) => <p class="side-by-side__title">{columnText(ending.title)}</p>}</SideBySide>}
      {ending.lead &&
        (both ? (
          <SideBySide>{(columnText) => <p class="pathway-lead">{columnText(ending.lead as string)}</p>}</SideBySide>
        ) : (
          <p class="pathway-lead">{text(ending.lead)}</p>
        ))}
      <h2 id="contacts-heading">{text('pathways.ui.contactsHeading')}</h2>
      <ol class="pathway-contacts">
        {contacts.map(({ contact, service }) => (
          <ContactCard key={service.id} contact={contact} service={service} area={area} both={both} />
        ))}
      </ol>
      <TermsExplained texts={contacts.flatMap(({ service }) => [service.name, service.description])} />
      {ending.noPhone && !contacts.some(({ service }) => service.phones.length > 0) && (
        <p class="pathway-no-phone">{text(ending.noPhone)}</p>
      )}
      <p class="hint">{directoryNote(text)}</p>
    </section>
  );
}

/** Where the contacts' details come from: the directory's build date and source years, never a "checked" date. */
function directoryNote(text: ReturnType<typeof useText>) {
  const date = formatDate(meta.builtOn, locale.value);
  const years = sourceYearsText(meta);
  return years ? text('pathways.ui.fromDirectory', { date, years }) : text('pathways.ui.fromDirectoryNoSources', { date });
}
