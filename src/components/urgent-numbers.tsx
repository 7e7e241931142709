/** 999 and NHS 111 first, before anything else, wherever a worried parent starts. */
import type { ComponentChildren } from 'preact';
import { lang, useT } from '../i18n/i18n';

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
      {/* The call itself is in English: the words to say, and how to ask for an interpreter.
          Sources (all in data/sources/safety_wording_sources.csv):
          https://www.eastamb.nhs.uk/contact-us/faqs.htm "When you call 999, an operator will ask you
          which emergency service you need. You should say, Ambulance."
          https://www.myhealth.london.nhs.uk/nhs-111 "Simply call 111 and, when an adviser answers your
          call, say the language you wish to use."
          https://ntk.eastamb.nhs.uk/news/use-of-interpreters-when-at-scene.htm "Language Line, can help
          you either on scene or in the control room."
          https://111.wales.nhs.uk/localservices/informationinotherlanguages/LSInfoOtherLanguagePage8/
          "If you need an interpreter, tell the ambulance service the name of your language - in English." */}
      {lang.value !== 'en' && (
        <>
          <p>{t('safety.say999')}</p>
          <p>{t('safety.interpreter')}</p>
        </>
      )}
      {children}
    </section>
  );
}
