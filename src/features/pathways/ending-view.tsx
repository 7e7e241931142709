/** An ending: the contacts in the order to contact them, and the child 'I' statements it serves. */
import type { Catalogue } from '../catalogue/model';
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
  const byId = new Map(catalogue.services.map((s) => [s.id, s]));
  const contacts = contactsFor(ending, area).flatMap((contact) => {
    const service = byId.get(contact.service);
    return service ? [{ contact, service }] : [];
  });
  const tags = catalogue.terms.filter((term) => ending.tags.includes(term.id));
  return (
    <section aria-labelledby="contacts-heading">
      {both && <SideBySide>{(columnText) => <p class="side-by-side__title">{columnText(ending.title)}</p>}</SideBySide>}
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
      {tags.length > 0 && (
        <div class="pathway-tags">
          {both ? <SideBySide>{(columnText) => <p>{columnText('pathways.ui.helpsChild')}</p>}</SideBySide> : <p>{text('pathways.ui.helpsChild')}</p>}
          <ul class="tag-list">
            {tags.map((term) => (
              <li key={term.id}>
                <span>{term.name}</span>
              </li>
            ))}
          </ul>
        </div>
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
