/** A plain list of links to services by name (names are English data, so marked as such). */
import { servicePath } from '../lib/paths';

export function ServiceLinks({
  services,
  class: className = 'list',
}: {
  services: readonly { id: string; name: string }[];
  class?: string;
}) {
  return (
    <ul class={className}>
      {services.map((s) => (
        <li key={s.id}>
          <a href={servicePath(s.id)} lang="en" dir="auto">
            {s.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
