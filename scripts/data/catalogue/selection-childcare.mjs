// National childcare, money and vaccination entries (England). See selection-national.mjs.

export const CHILDCARE = [
  {
    id: 'free-childcare-2-year-olds',
    org: 'dfe',
    name: 'Free childcare for 2-year-olds',
    rows: ['s030', 's031'],
    description:
      'Some 2-year-olds can get 570 hours of free early education a year (15 hours a week for 38 weeks), from the term after they turn 2: the term starting on or after 1 January, 1 April or 1 September. It depends on your benefits and income, or on your child.',
    url: 's030',
    fees: 'Free',
    minimumAge: 2,
    maximumAge: 3,
    eligibility:
      "Your household gets one of these: Universal Credit, if your household income is £15,400 a year or less after tax (not counting benefits); tax credits, with an income under £16,190 a year before tax; Income Support; income-based Jobseeker's Allowance; income-related Employment and Support Allowance; the guaranteed element of Pension Credit; support under Part 6 of the Immigration and Asylum Act; or the Working Tax Credit 4-week run-on. Or your child is looked after by a local authority, has an education, health and care (EHC) plan, gets Disability Living Allowance, or has left care under an adoption, special guardianship or child arrangements order.",
    rulesFrom: '§4a, §4b',
    terms: ['cat-funded-early-education', 'stage-babies-toddlers', 'stage-early-years', 'child-likes-learning', 'child-friends-play'],
  },
  {
    id: 'working-parents-childcare',
    org: 'dfe',
    name: 'Childcare hours for working parents',
    rows: ['s032', 'r001'],
    description:
      "Eligible working families in England can get up to 30 hours of funded childcare a week (for 38 weeks a year) from the term after their child turns 9 months until they start school. Apply from when your child is 23 weeks old, before the deadline the day before the new term starts, and reconfirm every 3 months. All 3 and 4 year olds get 15 hours a week from the term after they turn 3; for eligible working families, this adds 15 more. The government's childcare website, formerly Childcare Choices, is now Best Start in Life.",
    url: 'r001',
    eligibility:
      'You, and any partner, each expect to earn on average at least the equivalent of 16 hours a week at the National Minimum or Living Wage, and each have an adjusted net income of no more than £100,000 a year. There are exceptions for parental leave, sick pay, carers and disability.',
    rulesFrom: '§4a, §4c, §4d, §4e',
    terms: ['cat-funded-early-education', 'cat-money-benefits', 'stage-babies-toddlers', 'stage-early-years', 'child-likes-learning'],
  },
  {
    id: 'tax-free-childcare',
    org: 'hmrc',
    name: 'Tax-Free Childcare',
    rows: ['s033'],
    description:
      'For every £8 you pay into an online childcare account, the government adds £2: up to £500 every 3 months (£2,000 a year) for each child, or £1,000 every 3 months (£4,000 a year) if your child is disabled. You apply online, reconfirm every 3 months, and can use it alongside the free hours.',
    url: 's033',
    eligibility:
      "You usually need to be working, and your child must be 11 or younger (16 or younger if they are disabled). You can't use Tax-Free Childcare together with Tax Credits, Universal Credit or Childcare Vouchers.",
    rulesFrom: '§4f',
    terms: ['cat-money-benefits', 'stage-babies-toddlers', 'stage-early-years'],
  },
  {
    id: 'childhood-vaccinations',
    org: 'nhs',
    name: 'NHS childhood vaccinations',
    // The current schedule (gov.uk, 1 January 2026) and the MMRV dates by birth date; the 2025
    // letters' plan to give the second MMR dose at 18 months was overtaken by MMRV (rules §3b).
    rows: ['r002', 'r003'],
    description:
      'The NHS childhood vaccination schedule changed on 1 July 2025 and 1 January 2026, and what your child is offered depends on their date of birth. Babies have vaccines at 8, 12 and 16 weeks: the second MenB dose is now at 12 weeks and the pneumococcal vaccine at 16 weeks. At 1 year they have the pneumococcal and MenB vaccines, and MMR or MMRV (measles, mumps, rubella and chickenpox) depending on their date of birth: see below. Children born on or after 1 July 2024 have a new appointment at 18 months: a fourth dose of the 6-in-1 vaccine and MMRV. At 3 years 4 months there is a pre-school booster.',
    eligibility:
      'MMR and MMRV by date of birth. Born on or after 1 January 2025: MMRV at 12 months and at 18 months. Born 1 July to 31 December 2024: MMR at 12 months, then MMRV at 18 months and at 3 years 4 months. Born 1 September 2022 to 30 June 2024: MMR at 12 months, then MMRV at 3 years 4 months. Born 1 January 2020 to 31 August 2022 with no chickenpox vaccine: one MMRV catch-up dose between 1 November 2026 and 31 March 2028.',
    rulesFrom: '§3a, §3b, §3c',
    alert: 'Many GP pages still show the old schedule. Check the live NHS page for the ages that apply to your child.',
    terms: ['cat-immunisations', 'stage-babies-toddlers', 'stage-early-years', 'child-looked-after'],
  },
];
