// Services that cover the life-stage topics of seed 002's table and seed 000's indicators that
// the other selections left out (stopping smoking, alcohol, registering a birth, school places,
// the universal 15 hours, maternity leave, teeth, accidents), and a childcare helpline that gives
// the childcare pathway endings someone to call (Tax-Free Childcare). Each entry names its area itself, because one
// topic can need a national, a Hertfordshire and a west Essex entry. Facts come from
// data/sources/extra_sourced_facts.csv (x… rows), each with its page, quotation and date.
// Topic → service mapping lives in data/topics.json; `npm run coverage` reports it.
import { ALL_STAGES } from './taxonomy.mjs';

const BABY_AND_EARLY = ['stage-babies-toddlers', 'stage-early-years'];

export const TOPICS = [
  {
    area: 'herts',
    id: 'herts-stop-smoking',
    org: 'hcc',
    name: 'Hertfordshire stop smoking service',
    rows: ['x002', 'x003'],
    description:
      "Free support to stop smoking from Hertfordshire County Council's Health Improvement Service: talk to a trained adviser by phone or face to face, and get medicines to help you stop.",
    fees: 'Free',
    phones: [{ from: 'x002', description: 'Health Improvement Service (stop smoking)' }],
    alert:
      'We found this number on a GP practice page from 2020 or later, not on a council page. Check it before you rely on it, or ask your GP, pharmacist or midwife to refer you.',
    terms: ['cat-healthy-living', ...ALL_STAGES, 'child-looked-after'],
  },
  {
    area: 'west-essex',
    id: 'essex-stop-smoking',
    org: 'essex-wellbeing-service',
    name: 'Essex stop smoking service',
    rows: ['x018', 'x019'],
    description:
      'Free help to stop smoking from the Essex Wellbeing Service, for people who live or work in Essex: support from trained staff, and free nicotine replacement therapy through pharmacies taking part.',
    fees: 'Free',
    phones: [{ from: 'x018', description: 'Essex Stop Smoking Service' }],
    terms: ['cat-healthy-living', ...ALL_STAGES, 'child-looked-after'],
  },
  {
    area: 'herts',
    id: 'herts-spectrum-alcohol-drugs',
    org: 'change-grow-live',
    name: 'Spectrum drug and alcohol service',
    rows: ['x012', 'x013'],
    description:
      'Spectrum, run by the charity Change Grow Live and funded by Hertfordshire County Council, supports adults with drug or alcohol use. Anyone worried about their drinking can talk to them by phone or video call.',
    phones: [{ from: 'x012', description: 'Alcohol support line' }],
    alert: 'This number comes from a local news report from November 2020. Check it before you rely on it.',
    terms: ['cat-healthy-living', ...ALL_STAGES, 'child-safe-happy'],
  },
  {
    area: 'country',
    id: 'register-a-birth',
    org: 'gov-uk',
    name: 'Register a birth',
    rows: ['x004'],
    description:
      "Every birth in England must be registered within 42 days. Register at the register office for the area where your baby was born, or at the hospital before you leave if they offer it. If you cannot get to that area, another register office can take your details and send them on. Take some identification and your baby's red book.",
    url: 'x004',
    alert:
      'We could not find a phone number for the Hertfordshire register offices. Use the website to find your register office and book.',
    terms: ['cat-birth-school', 'stage-babies-toddlers', 'child-looked-after'],
  },
  {
    area: 'west-essex',
    id: 'essex-register-a-birth',
    org: 'ecc',
    name: 'Register a birth in Essex',
    rows: ['x005'],
    description:
      'Births must be registered within 42 days, in the district where the baby was born. If your baby was born in Essex, book an appointment to register the birth. If your baby was born outside Essex, you can phone to book an appointment to register by declaration at an Essex office.',
    url: 'x005',
    phones: [{ from: 'x005', description: 'Appointments to register by declaration (baby born outside Essex)' }],
    alert: 'Our source page is from February 2019. Check the number and how to book on the website before you rely on them.',
    terms: ['cat-birth-school', 'stage-babies-toddlers', 'child-looked-after'],
  },
  {
    area: 'herts',
    id: 'herts-school-admissions',
    org: 'hcc',
    name: 'Apply for a school place in Hertfordshire',
    rows: ['x006', 'x007'],
    description:
      'Apply to Hertfordshire County Council for a Reception place at a primary school. The easiest way is online at www.hertfordshire.gov.uk/admissions. Call the admissions team if you have a question about your application.',
    phones: [{ from: 'x007', description: 'Admissions (County Hall)' }],
    alert: 'The number comes from a school page written in 2023. Application dates change every year: check them with the council.',
    terms: ['cat-birth-school', 'stage-early-years', 'child-likes-learning'],
  },
  {
    area: 'west-essex',
    id: 'essex-school-admissions',
    org: 'ecc',
    name: 'Apply for a school place in Essex',
    rows: ['x008'],
    description:
      'Apply to Essex County Council for a Reception place at an Essex primary school. Contact the School Admissions Team about your application or if you move house.',
    url: 'x008',
    email: 'x008',
    phones: [{ from: 'x008', description: 'School Admissions Team' }],
    alert: 'Our source page is from November 2021. Application dates change every year: check them on the website.',
    terms: ['cat-birth-school', 'stage-early-years', 'child-likes-learning'],
  },
  {
    area: 'country',
    id: 'free-early-education-3-4-year-olds',
    org: 'dfe',
    name: '15 hours for every 3 and 4 year old',
    rows: ['x009'],
    description:
      'Every 3 and 4 year old in England can get 15 hours a week of free childcare or early education, for 38 weeks a year, from the term after their 3rd birthday. It is for every family in England. Ask your childcare provider how to use the hours.',
    fees: 'Free',
    minimumAge: 3,
    eligibility: 'Every 3 and 4 year old in England, from the start of the term after their 3rd birthday.',
    alert: 'Our source is a council page, not GOV.UK. Ask your childcare provider or your council how to use the hours.',
    terms: ['cat-funded-early-education', 'stage-early-years', 'child-likes-learning', 'child-friends-play'],
  },
  {
    area: 'west-essex',
    id: 'essex-free-early-education-3-4-year-olds',
    org: 'ecc',
    name: '15 hours for 3 and 4 year olds in Essex',
    rows: ['x010'],
    description:
      "All 3 and 4 year olds can get 15 hours of free early learning a week, from the term after they turn 3 until they start Reception. You don't have to apply: your chosen childcare provider does it for you.",
    url: 'x010',
    fees: 'Free',
    minimumAge: 3,
    maximumAge: 5,
    terms: ['cat-funded-early-education', 'stage-early-years', 'child-likes-learning', 'child-friends-play'],
    rulesFrom: '§4a, §4c',
  },
  {
    area: 'country',
    id: 'childcare-service-helpline',
    org: 'hmrc',
    name: 'Tax-Free Childcare helpline',
    rows: ['x011'],
    description:
      'A phone number for Tax-Free Childcare. If you work and have children under 12 (under 17 if disabled), you can open an online account to pay for registered childcare, and the government tops up what you pay in.',
    phones: [{ from: 'x011' }],
    alert:
      'We found this number in a council directory, not on GOV.UK, and its opening hours were not given. Check it before you rely on it.',
    terms: ['cat-funded-early-education', 'cat-money-benefits', ...BABY_AND_EARLY],
    rulesFrom: '§4f',
  },
  {
    area: 'country',
    id: 'maternity-leave-and-pay',
    org: 'nhs',
    name: 'Maternity leave and pay',
    rows: ['x014'],
    description:
      'Statutory Maternity Leave is 52 weeks; you must take at least 2 weeks after your baby is born (4 if you work in a factory). Statutory Maternity Pay is paid for up to 39 weeks if you qualify.',
    url: 'x014',
    alert: 'The weekly amounts change every April, so we do not show them. Check the current rules before you plan your leave.',
    terms: ['cat-money-benefits', 'stage-pregnancy', 'stage-babies-toddlers'],
  },
  {
    area: 'country',
    id: 'nhs-dental-care-children-pregnancy',
    org: 'nhs',
    name: 'Free NHS dental care for children and in pregnancy',
    rows: ['x015'],
    description:
      "Look after your child's teeth from the start. NHS dental treatment is free for children under 18, in pregnancy, and for 12 months after your baby is born. Take your child to the dentist when their first tooth comes through, or before their first birthday, and then at least once a year.",
    url: 'x015',
    fees: 'Free for children, in pregnancy and for 12 months after the birth',
    alert: 'We could not find a local NHS dental service to list. Ask a dental practice near you whether it is taking NHS patients.',
    terms: ['cat-healthy-living', 'stage-pregnancy', ...BABY_AND_EARLY, 'child-looked-after'],
  },
  {
    area: 'herts',
    id: 'herts-accident-prevention',
    org: 'hct',
    name: 'Preventing accidents at home',
    rows: ['x016'],
    description:
      'Advice from the NHS trust that runs health visiting in Hertfordshire on the main causes of serious accidents to children under 5 (choking, falls, poisoning, burns and scalds, drowning) and how to prevent them at each age.',
    url: 'x016',
    terms: ['cat-healthy-living', 'stage-pregnancy', ...BABY_AND_EARLY, 'child-safe-happy'],
  },
  {
    area: 'country',
    id: 'hungry-little-minds',
    org: 'dfe',
    name: 'Hungry Little Minds: learning at home',
    rows: ['x017'],
    description:
      "A Department for Education website with simple tips and activities to help your child's talking, language and early reading at home. Reading, playing and chatting with your child help them develop, even before they can say much back. You can also search for activities near you.",
    url: 'x017',
    // No "fees": its source does not say it is free (issue 20: "Free" only where the source says so).
    alert: 'This campaign started in 2019. If the website has moved, ask your health visitor or family centre about learning at home.',
    terms: ['cat-parenting-support', ...BABY_AND_EARLY, 'child-likes-learning'],
  },
];
