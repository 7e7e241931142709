// West Essex services (Epping Forest, Harlow, Uttlesford). See selection-national.mjs.
import { ALL_DAY, WEEKDAYS } from './days.mjs';
import { URGENT } from './taxonomy.mjs';

const SEND_STAGES = ['stage-babies-toddlers', 'stage-early-years'];
const PAH = {
  key: 'princess-alexandra-hospital',
  place: 'Harlow',
  from: 's065',
  name: 'Princess Alexandra Hospital',
  description: 'Only the town is known here, not the street address. Check the hospital website before you go.',
};

export const ESSEX = [
  {
    id: 'essex-child-family-wellbeing',
    org: 'essex-cfws',
    name: 'Essex Child and Family Wellbeing Service',
    rows: ['c048', 's060', 'c049'],
    description:
      "Help for children and families from before birth to age 19 (25 with SEND), bringing together children's centres, health visitors, school nurses and the Family Nurse Partnership. In west Essex it also offers children's community nursing, speech and language therapy, occupational therapy and physiotherapy, community paediatricians, and allergy and dietetics services.",
    url: 's060',
    maximumAge: 19,
    phones: [{ from: 'c049', description: 'West Essex central point of contact' }],
    alert: 'This number comes from a 2020 page. Check it on the website before you rely on it.',
    terms: [
      'cat-family-centres',
      'cat-health-visiting',
      'cat-speech-language',
      'cat-send',
      'stage-pregnancy',
      'stage-babies-toddlers',
      'stage-early-years',
      'child-looked-after',
    ],
  },
  {
    id: 'essex-children-families-hub',
    org: 'ecc',
    name: 'Essex Children and Families Hub: concerned about a child',
    rows: ['s059', 'c055'],
    description:
      'Call if you are concerned about a child or young person in Essex. Out of hours, use the second number. If a child is in immediate danger, call 999.',
    url: 's059',
    phones: [
      { from: 's059' },
      { from: 'c055', field: 'description_from_source', after: 'Out of hours', key: 'out-of-hours', description: 'Out of hours' },
    ],
    terms: [...URGENT, 'child-safe-happy'],
  },
  {
    id: 'essex-send-operations-west',
    org: 'ecc',
    name: 'Essex SEND Operations (west Essex)',
    rows: ['s061'],
    description:
      'The SEND Operations team for west Essex (Epping, Harlow and Uttlesford) deals with education, health and care plans (EHCPs). It is not an advice line.',
    url: 's061',
    phones: [{ from: 's061' }],
    alert: 'Our source page is undated. Check the number on the Essex Local Offer website.',
    terms: ['cat-send', ...SEND_STAGES, 'child-likes-learning'],
  },
  {
    id: 'essex-local-offer',
    org: 'ecc',
    name: 'Essex Local Offer',
    rows: ['s062'],
    description: 'The Essex Local Offer website has information about help for children and young people aged 0 to 25 with SEND.',
    url: 's062',
    minimumAge: 0,
    maximumAge: 25,
    terms: ['cat-send', ...SEND_STAGES, 'child-likes-learning'],
  },
  {
    id: 'essex-sendiass',
    org: 'essex-sendiass',
    name: 'Essex SENDIASS',
    rows: ['s063'],
    description:
      'Free, impartial and confidential information, advice and support about special educational needs and disabilities (SEND) in Essex.',
    url: 's063',
    fees: 'Free',
    alert: 'We could not find a phone number or email. Use the website.',
    terms: ['cat-send', ...SEND_STAGES, 'child-likes-learning'],
  },
  {
    id: 'essex-free-early-education-2-year-olds',
    org: 'ecc',
    name: 'Free early education for 2-year-olds in Essex',
    rows: ['s064'],
    description:
      'Some 2-year-olds can get up to 15 hours of free early education until the term after their third birthday. The website lists who qualifies and when your child can start.',
    url: 's064',
    fees: 'Free',
    minimumAge: 2,
    maximumAge: 3,
    eligibility:
      'Families on certain benefits, including Universal Credit if you and your partner have a combined income from work of £15,400 or less a year, after tax.',
    rulesFrom: '§4b',
    terms: ['cat-funded-early-education', 'stage-babies-toddlers', 'stage-early-years', 'child-likes-learning', 'child-friends-play'],
  },
  {
    id: 'pah-early-pregnancy-unit',
    org: 'pah',
    name: 'Early Pregnancy Unit, Princess Alexandra Hospital',
    rows: ['s065'],
    description:
      'Call the Early Pregnancy Unit triage reception and a nurse will call you back within working hours. You must have an appointment to attend. For urgent help, call 111 or speak to your GP.',
    url: 's065',
    email: 's065',
    eligibility: 'For pregnancy concerns below 15 weeks 6 days. Appointment only.',
    phones: [{ from: 's065', description: 'EPU triage reception' }],
    schedules: [
      {
        from: 's065',
        byday: WEEKDAYS,
        opens: '08:30',
        closes: '18:00',
        validFrom: '2024-06-10',
        note: 'appointment only; closed weekends and public holidays',
      },
    ],
    locations: [PAH],
    terms: ['cat-midwifery-antenatal', 'stage-preconception', 'stage-pregnancy', 'child-looked-after'],
  },
  {
    id: 'pah-birthing-unit',
    org: 'pah',
    name: 'Birthing Unit, Princess Alexandra Hospital',
    rows: ['s066'],
    description: 'A 24-hour, warm and friendly, midwife-led birthing unit.',
    url: 's066',
    eligibility: 'For healthy women over 37 weeks with straightforward pregnancies.',
    schedules: [{ from: 's066', ...ALL_DAY, attending: 'in person' }],
    alert: 'This comes from an older version of the hospital page. We did not find a phone number for maternity triage or the labour ward.',
    locations: [PAH],
    terms: ['cat-midwifery-antenatal', 'stage-pregnancy', 'child-looked-after'],
  },
  {
    id: 'pah-maternity-advice',
    org: 'pah',
    name: 'Princess Alexandra Hospital maternity advice line',
    rows: ['x021', 'x023', 'x024'],
    description:
      'Call if your baby is moving less than usual, you cannot feel your baby moving, or the pattern of movements has changed; and for bleeding, your waters breaking or leaking, a severe headache or changes in your vision, or a high temperature in pregnancy. Do not wait until the next day: call straight away, even in the middle of the night.',
    phones: [{ from: 'x021', description: 'Maternity advice for pregnancy worries' }],
    alert:
      'This number is from an undated NHS Healthier Together page. If your maternity notes give a different number, call the number on your notes.',
    locations: [PAH],
    terms: ['cat-midwifery-antenatal', 'stage-pregnancy', 'child-looked-after'],
  },
];
