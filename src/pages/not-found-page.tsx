/** "Page not found", or a more specific "not found" (a service, a pathway) with a link back to where to look. */
import { Page } from '../components/page';
import { useT } from '../i18n/i18n';

interface Props {
  title?: string;
  body?: string;
  link?: { href: string; text: string };
}

export function NotFoundPage({ title, body, link }: Props) {
  const t = useT();
  return (
    <Page title={title ?? t('notFound.title')}>
      <p>{body ?? t('notFound.body')}</p>
      <p>
        <a href={link?.href ?? '/'}>{link?.text ?? t('notFound.home')}</a>
      </p>
    </Page>
  );
}
