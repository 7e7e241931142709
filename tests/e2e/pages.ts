/** Every kind of page the app has, one address each: the routes the accessibility and small-phone tests walk. */
export const PAGES = [
  '/',
  '/search?q=vitamins',
  '/search?q=zzzzqqq',
  // Urgent words and a place: "Need help now?" above the results, with the maternity line.
  '/search?q=my%20waters%20have%20gone%20harlow',
  '/life-stages/stage-pregnancy',
  '/categories/cat-urgent-help',
  '/services/svc-healthy-start',
  '/services/svc-herts-family-centre-service',
  '/contact',
  '/contact/concern',
  '/contact/concern?a=urgency:emergency',
  '/contact/concern/give?a=urgency:emergency',
  '/contact/concern?handover=1',
  // Hand-over "side by side": two columns in Urdu runs (English alone shows no columns).
  '/contact/concern?a=urgency:emergency&handover=1&both=1',
  // "Pregnant and worried now": its first question and the baby-moving-less ending, and a maternity advice line.
  '/contact/pregnant-worried',
  '/contact/pregnant-worried?a=weeks:16-plus,later:moving-less',
  '/services/svc-pah-maternity-advice',
  '/map',
  '/saved',
  '/plan',
  '/healthy-babies',
  '/about',
  '/privacy',
  '/words',
  '/leave-quickly',
  '/no-such-page',
];
