/**
 * "Report a problem with this service": a mailto link prefilled with the service's id and
 * name. The address is set in one place (data/area.json `report_problem_email`); while it
 * is empty the email opens with no recipient and the page says who to send it to.
 */
import type { ServiceView } from '../catalogue/model';
import { reportProblemEmail } from '../../config/area';
import { useT } from '../../i18n/i18n';
import { servicePath } from '../../lib/paths';

/** A mailto: link; `to` may be empty (the mail app then asks for a recipient). */
export function reportProblemHref(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export function ReportProblem({ service }: { service: ServiceView }) {
  const t = useT();
  const page = typeof location === 'undefined' ? servicePath(service.id) : location.href;
  const subject = t('serviceMore.reportSubject', { name: service.name, id: service.id });
  const body = t('serviceMore.reportBody', { name: service.name, id: service.id, page });
  return (
    <section class="report-problem" aria-labelledby="report-problem-heading">
      <h2 id="report-problem-heading">{t('serviceMore.reportHeading')}</h2>
      <p>{t('serviceMore.reportLead')}</p>
      <p>
        <a href={reportProblemHref(reportProblemEmail, subject, body)}>{t('serviceMore.reportLink')}</a>
      </p>
      {!reportProblemEmail && (
        <p class="hint">{t('serviceMore.reportNoAddress', { organisation: service.organisation.name || service.name })}</p>
      )}
    </section>
  );
}
