// Hertfordshire SEND, early education and maternity entries. See selection-national.mjs.

const TOWN_ONLY = 'Only the town is known here, not the street address. Check the hospital website before you go.';
const SEND_STAGES = ['stage-babies-toddlers', 'stage-early-years'];

export const HERTS_MORE = [
  {
    id: 'herts-parent-carer-involvement',
    org: 'hpci',
    name: 'Hertfordshire Parent Carer Involvement (HPCI)',
    rows: ['s052', 'c046'],
    description:
      'HPCI is the parent carer forum for Hertfordshire, recognised by the Department for Education, Hertfordshire County Council and the local NHS. Its website has help with education and SEND.',
    url: 's052',
    terms: ['cat-send', 'cat-parenting-support', ...SEND_STAGES, 'child-looked-after'],
  },
  {
    id: 'herts-send-local-offer',
    org: 'hcc',
    name: 'Hertfordshire SEND Local Offer',
    rows: ['s053'],
    description: "Hertfordshire's SEND Local Offer website has detailed information about education and SEND support in Hertfordshire.",
    url: 's053',
    terms: ['cat-send', ...SEND_STAGES, 'child-likes-learning'],
  },
  {
    id: 'herts-sendiass',
    org: 'herts-sendiass',
    name: 'SENDIASS Hertfordshire',
    rows: ['c045', 's053'],
    description:
      "SENDIASS gives information, advice and support about special educational needs and disabilities (SEND). If you have questions about support in your child's nursery or school, Hertfordshire's SEND Local Offer suggests your setting, the Local Offer, SENDIASS or your DSPL lead. Find SENDIASS through the Local Offer website.",
    url: 's053',
    alert: 'We could not find a phone number, email or address for SENDIASS Hertfordshire.',
    terms: ['cat-send', ...SEND_STAGES, 'child-likes-learning'],
  },
  {
    id: 'herts-integrated-therapies',
    org: 'hct',
    name: "Children's Integrated Therapies advice line",
    rows: ['s051', 'c047'],
    description:
      "An advice line for Hertfordshire's children and young people's therapy service: occupational therapy, physiotherapy, and speech and language therapy.",
    phones: [{ from: 's051', description: 'Option 3, then option 1' }],
    alert:
      'An older 2020 page gave a different advice line number ({{c047.phone}}). We do not know which number is current: check with Hertfordshire Community NHS Trust.',
    terms: ['cat-speech-language', 'cat-send', ...SEND_STAGES, 'child-looked-after', 'child-likes-learning'],
  },
  {
    id: 'herts-free-early-education-2-year-olds',
    org: 'hcc',
    name: 'Free early education for 2-year-olds in Hertfordshire',
    rows: ['s045', 's046', 's047'],
    description:
      "Apply online around your child's 2nd birthday. You need your National Insurance or NASS number and your child's NHS number (in the red book, or ask your GP). If you are eligible, you get a reference code to give to childcare providers.",
    url: 's045',
    email: 's047',
    fees: 'Free',
    minimumAge: 2,
    maximumAge: 3,
    eligibility:
      'Your 2-year-old can get 570 hours of free early education a year from the term after they turn 2 if you get certain benefits: for example Universal Credit, if you and your partner have a combined income from work of less than £15,400 a year after tax. Some children qualify for other reasons, such as being looked after, having an EHC plan, getting DLA or having left care.',
    alert: 'The email address comes from an old page (before 2018). Check it still works.',
    rulesFrom: '§4a, §4b',
    terms: ['cat-funded-early-education', 'stage-babies-toddlers', 'stage-early-years', 'child-likes-learning', 'child-friends-play'],
  },
  {
    id: 'lister-maternity-wards',
    org: 'enherts',
    name: 'Lister Hospital maternity wards',
    rows: ['s056', 's057', 'x001'],
    description: 'Phone numbers for the antenatal ward (Dacre) and the postnatal ward (Gloucester) at the Lister Hospital.',
    url: 's056',
    phones: [
      { from: 's056', key: 'dacre', description: 'Dacre antenatal ward' },
      { from: 's057', key: 'gloucester', description: 'Gloucester postnatal ward' },
    ],
    alert: 'These are ward numbers, not a maternity triage line.',
    locations: [{ key: 'lister-hospital', place: 'Stevenage', from: 'x001', name: 'Lister Hospital', description: TOWN_ONLY }],
    terms: ['cat-midwifery-antenatal', 'stage-pregnancy', 'stage-babies-toddlers', 'child-looked-after'],
  },
  {
    id: 'watford-general-maternity',
    org: 'whth',
    name: 'Watford General Hospital maternity',
    rows: ['s058'],
    description:
      'Watford General is the main maternity hospital for West Hertfordshire Teaching Hospitals. You can choose to give birth at home, in the midwife-led Alexandra Birth Centre, or in the consultant-led delivery suite. Antenatal and postnatal clinics are also held at Hemel Hempstead General, St Albans City Hospital and local Family Centre hubs.',
    url: 's058',
    alert: 'We did not find a maternity phone number. Check the hospital website.',
    locations: [
      { key: 'watford-general-hospital', place: 'Watford', from: 's058', name: 'Watford General Hospital', description: TOWN_ONLY },
    ],
    terms: ['cat-midwifery-antenatal', 'stage-pregnancy', 'stage-babies-toddlers', 'child-looked-after'],
  },
  {
    id: 'lister-maternity-advice',
    org: 'enherts',
    name: 'Lister Hospital maternity advice line',
    rows: ['x020', 'x023', 'x024'],
    description:
      'Call if your baby is moving less than usual, you cannot feel your baby moving, or the pattern of movements has changed; and for bleeding, your waters breaking or leaking, a severe headache or changes in your vision, or a high temperature in pregnancy. Do not wait until the next day: call straight away, even in the middle of the night.',
    phones: [{ from: 'x020', description: 'Maternity advice for pregnancy worries' }],
    alert:
      'This number is from an undated NHS Healthier Together page. If your maternity notes give a different number, call the number on your notes.',
    locations: [{ key: 'lister-hospital', place: 'Stevenage', from: 'x001', name: 'Lister Hospital', description: TOWN_ONLY }],
    terms: ['cat-midwifery-antenatal', 'stage-pregnancy', 'child-looked-after'],
  },
  {
    id: 'watford-maternity-advice',
    org: 'whth',
    name: 'Watford General Hospital maternity advice line',
    rows: ['x022', 'x023', 'x024'],
    description:
      'Call if your baby is moving less than usual, you cannot feel your baby moving, or the pattern of movements has changed; and for bleeding, your waters breaking or leaking, a severe headache or changes in your vision, or a high temperature in pregnancy. Do not wait until the next day: call straight away, even in the middle of the night.',
    phones: [{ from: 'x022', description: 'Maternity advice for pregnancy worries' }],
    alert:
      'This number is from an undated NHS Healthier Together page. If your maternity notes give a different number, call the number on your notes.',
    locations: [
      { key: 'watford-general-hospital', place: 'Watford', from: 's058', name: 'Watford General Hospital', description: TOWN_ONLY },
    ],
    terms: ['cat-midwifery-antenatal', 'stage-pregnancy', 'child-looked-after'],
  },
];
