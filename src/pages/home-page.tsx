/** Home: search, the four life stages and the urgent numbers, with no catalogue load needed. */
import { Page } from '../components/page';
import { SearchForm } from '../components/search-form';
import { UrgentNumbers } from '../components/urgent-numbers';
import { LIFE_STAGE_IDS } from '../features/catalogue/queries';
import { termLabel } from '../features/catalogue/term-label';
import { useT } from '../i18n/i18n';
import { lifeStagePath } from '../lib/paths';

export function HomePage() {
  const t = useT();
  return (
    <Page title={t('home.title')}>
      {/* Search and "Who can I contact?" come first, so both are in a small phone's first screen. */}
      <SearchForm />
      <section class="card card--link card--feature">
        <a href="/contact" class="card__link">
          {t('home.contactLink')}
        </a>
        <p class="card__summary">{t('home.contactLead')}</p>
      </section>
      <p class="lead">{t('home.lead')}</p>
      <p>
        <a href="/plan">{t('home.planLink')}</a>
      </p>
      <section aria-labelledby="stages-heading">
        <h2 id="stages-heading">{t('home.lifeStagesHeading')}</h2>
        <ul class="card-list card-list--stages">
          {LIFE_STAGE_IDS.map((id) => (
            <li key={id} class="card card--link">
              <a href={lifeStagePath(id)} class="card__link">
                {termLabel(t, id)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <UrgentNumbers>
        <p>
          <a href="/categories/cat-urgent-help">{t('home.urgentLink')}</a>
        </p>
      </UrgentNumbers>
    </Page>
  );
}
