/** What the app is, when its directory was built and how old its sources are, where the data comes from, and the licences. */
import meta from 'virtual:catalogue-meta';
import { Page } from '../components/page';
import { ATTRIBUTION_LINES, OGL_URL } from '../content/attribution';
import { formatDate } from '../lib/dates';
import { sourceYearsText } from '../lib/freshness';
import { locale, useT } from '../i18n/i18n';
import '../i18n/about-strings';

export default function AboutPage() {
  const t = useT();
  const years = sourceYearsText(meta);
  return (
    <Page title={t('about.title')}>
      <p class="lead">{t('about.lead')}</p>
      <h2>{t('about.offlineHeading')}</h2>
      <p>{t('about.offline')}</p>
      <h2>{t('about.dataHeading')}</h2>
      <p>{t('about.data')}</p>
      <p>
        {years
          ? t('about.dataBuilt', { date: formatDate(meta.builtOn, locale.value), years })
          : t('about.dataBuiltNoSources', { date: formatDate(meta.builtOn, locale.value) })}
      </p>
      <h2>{t('about.translationsHeading')}</h2>
      <p>{t('about.translations')}</p>
      <p>{t('about.translationsReport')}</p>
      <h2>{t('about.privacyHeading')}</h2>
      <p>{t('about.privacy')}</p>
      <h2>{t('about.problemHeading')}</h2>
      <p>{t('about.problem')}</p>
      <h2>{t('about.attributionHeading')}</h2>
      <div class="attribution" lang="en">
        {ATTRIBUTION_LINES.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          <a href={OGL_URL}>{OGL_URL}</a>
        </p>
      </div>
    </Page>
  );
}
