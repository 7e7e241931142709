/** 999 and NHS 111 first, before anything else, wherever a worried parent starts. */
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/i18n';

export function UrgentNumbers({ children }: { children?: ComponentChildren }) {
  const t = useT();
  return (
    <section aria-labelledby="urgent-heading" class="urgent">
      <h2 id="urgent-heading">{t('home.urgentHeading')}</h2>
      <p>
        <a href="tel:999" class="urgent__call">
          {t('home.urgent999')}
        </a>
      </p>
      <p>
        <a href="tel:111" class="urgent__call">
          {t('home.urgent111')}
        </a>
      </p>
      {children}
    </section>
  );
}
