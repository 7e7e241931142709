// Hertfordshire services. See selection-national.mjs for the entry format.
import { ALL_DAY, WEEKDAYS } from './days.mjs';
import { ALL_STAGES, URGENT } from './taxonomy.mjs';

const BASE_ROWS = ['c004', 'c005', 'c006', 'c007', 'c008', 'c009', 'c010', 'c011', 'c012', 'c013'];

/** A district base known only by its town (the town is copied from the row). */
const base = (rowId) => ({
  key: 'family-centre-{town}',
  townFrom: rowId,
  name: '{town} base',
  description: 'Known only by its town. Call or check the website for venues and session times.',
});

export const HERTS = [
  {
    id: 'herts-family-centre-service',
    org: 'hcc',
    name: 'Family Centre Service',
    rows: ['c001', 'c002', 'c003', 's044', ...BASE_ROWS],
    description:
      "Hertfordshire's Family Centre Service brings together health visiting and family support. It offers activity sessions for children and families, parenting support and courses, help with feeding your baby, benefits advice and support for parents of children with SEND. There is a staffed base in each district.",
    url: 's044',
    alert:
      'We could not confirm who runs this service since January 2025, or the current centre addresses. Check the website before you go.',
    schedules: [{ from: 'c004', byday: WEEKDAYS, opens: '08:00', closes: '18:00', attending: 'in person' }],
    locations: BASE_ROWS.map(base),
    terms: [
      'cat-family-centres',
      'cat-groups-stay-play',
      'cat-parenting-support',
      'cat-infant-feeding',
      'cat-health-visiting',
      'cat-send',
      'stage-pregnancy',
      'stage-babies-toddlers',
      'stage-early-years',
      'child-looked-after',
      'child-safe-happy',
      'child-friends-play',
    ],
  },
  {
    id: 'herts-health-visiting',
    org: 'hct',
    name: 'Health visiting',
    rows: ['c042', 's043'],
    description:
      'Health visitors are part of Public Health Nursing from Hertfordshire Community NHS Trust. Parents and carers of children aged 0 to 5 can text the health visiting team. Your message goes to a secure website and a member of the team replies.',
    minimumAge: 0,
    maximumAge: 5,
    phones: [{ from: 's043', description: 'Text only (ChatHealth)', textOnly: true }],
    // The text line's hours, not the health visiting service's.
    schedules: [{ from: 's043', phone: true, byday: WEEKDAYS, opens: '09:00', closes: '17:00', attending: 'text' }],
    alert: 'The text service started in April 2021: check it is still running. We could not confirm a phone number for health visitors.',
    terms: ['cat-health-visiting', 'stage-babies-toddlers', 'stage-early-years', 'child-looked-after'],
  },
  {
    id: 'herts-childrens-services-concern',
    org: 'hcc',
    name: "Report a concern about a child (Children's Services)",
    rows: ['s039'],
    description:
      "If you are worried about a child, call Hertfordshire County Council Children's Services or fill in the online form. If a child is in immediate danger, call 999.",
    phones: [{ from: 's039' }],
    alert: 'Opening hours were not given in our sources.',
    terms: [...URGENT, 'child-safe-happy'],
  },
  {
    id: 'herts-mental-health-spa',
    org: 'hpft',
    name: 'Mental health crisis line (Single Point of Access)',
    rows: ['s049'],
    description:
      'A free mental health helpline for all ages in Hertfordshire, open at any hour of the day or night, 365 days a year. You can also call NHS 111 and choose option 2 for mental health services.',
    fees: 'Free',
    phones: [{ from: 's049' }],
    schedules: [{ from: 's049', ...ALL_DAY }],
    terms: [...URGENT, 'cat-mental-health', 'child-safe-happy'],
  },
  {
    id: 'herts-community-perinatal-team',
    org: 'hpft',
    name: 'Community Perinatal Team',
    rows: ['s048'],
    description:
      'Specialist NHS mental health care for women who are planning a pregnancy, are pregnant, or have a young baby. A professional such as your GP, midwife, health visitor or Family Centre staff can refer you.',
    url: 's048',
    eligibility:
      'Women with a Hertfordshire GP who have moderate to severe mental health conditions and are planning a pregnancy, are pregnant, or have a child under 18 months. Care can continue up to 24 months where there is an ongoing perinatal need.',
    alert: 'There is no public phone number. Ask a professional to refer you.',
    terms: [
      'cat-perinatal-mental-health',
      'cat-mental-health',
      'stage-preconception',
      'stage-pregnancy',
      'stage-babies-toddlers',
      'child-safe-happy',
    ],
  },
  {
    id: 'herts-mind-network',
    org: 'herts-mind-network',
    name: 'Herts Mind Network',
    rows: ['s050'],
    description:
      'Mental health support for all of Hertfordshire: peer support, group activities, counselling and a crisis helpline. You can get help online, by phone or at their wellbeing centres.',
    url: 's050',
    alert: 'We did not find the helpline number. Check the website.',
    terms: ['cat-mental-health', ...ALL_STAGES],
  },
  {
    id: 'herts-domestic-abuse-helpline',
    org: 'herts-da-helpline',
    name: 'Herts Domestic Abuse Helpline',
    rows: ['s041'],
    description: 'Call for support and advice about domestic abuse. The line is free to call and run by volunteers.',
    url: 's041',
    fees: 'Free',
    phones: [{ from: 's041' }],
    schedules: [
      { from: 's041', key: 'weekdays', byday: WEEKDAYS, opens: '09:00', closes: '21:00' },
      { from: 's041', key: 'weekends', byday: 'SA,SU', opens: '09:00', closes: '16:00' },
    ],
    terms: [...URGENT, 'cat-domestic-abuse', 'child-safe-happy'],
  },
  {
    id: 'hertshelp',
    org: 'hertshelp',
    name: 'HertsHelp',
    rows: ['s054'],
    description:
      'HertsHelp points people to support in Hertfordshire. In November 2024 it was giving out vouchers for food, energy, water and other essentials.',
    url: 's054',
    alert: 'We could not confirm the phone number. Use the website.',
    terms: ['cat-money-benefits', ...ALL_STAGES, 'child-safe-happy'],
  },
];
