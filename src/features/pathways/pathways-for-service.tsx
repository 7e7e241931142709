/**
 * For the service page: links to the "Who can I contact?" pathways that end at this service,
 * each straight to an ending that lists it. Loads the pathways chunk only when shown.
 */
import { walkRoutes } from './engine';
import { usePathways } from './pathways';
import type { Pathway } from './types';
import { useText } from './text';
import { pathwayUrl } from './urls';

/** The first route through each pathway whose contacts include the service (pure). */
export function pathwaysEndingAt(pathways: Pathway[], serviceId: string): { pathway: Pathway; href: string; endingTitle: string }[] {
  return pathways.flatMap((pathway) => {
    const route = walkRoutes(pathway).find((r) => r.contacts.some((c) => c.service === serviceId));
    return route ? [{ pathway, href: pathwayUrl(pathway.id, route.answers), endingTitle: route.ending.title }] : [];
  });
}

export function PathwaysForService({ serviceId }: { serviceId: string }) {
  const text = useText();
  const pathways = usePathways();
  if (!pathways) return null;
  const links = pathwaysEndingAt(pathways, serviceId);
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="pathways-for-service">
      <h2 id="pathways-for-service">{text('pathways.ui.leadsHere')}</h2>
      <p>{text('pathways.ui.leadsHereIntro')}</p>
      <ul class="list">
        {links.map(({ pathway, href, endingTitle }) => (
          <li key={pathway.id}>
            <a href={href}>{text(pathway.ask)}</a>
            <span class="hint"> ({text(endingTitle)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
