// National childcare, money and vaccination entries (England). See selection-national.mjs.

export const CHILDCARE = [
  {
    id: 'free-childcare-2-year-olds',
    org: 'dfe',
    name: 'Free childcare for 2-year-olds',
    rows: ['s030', 's031'],
    description:
      'Some 2-year-olds can get 15 hours of free childcare a week (570 hours a year), starting the term after their second birthday. It depends on your benefits and income, or on your child.',
    url: 's030',
    fees: 'Free',
    minimumAge: 2,
    maximumAge: 3,
    eligibility:
      "Your household gets one of these: Income Support; income-based Jobseeker's Allowance; income-related Employment and Support Allowance; Universal Credit with household income of £15,400 a year or less after tax (not counting benefits); the guaranteed element of Pension Credit; Child Tax Credit and/or Working Tax Credit with household income of £16,190 a year or less before tax; or the Working Tax Credit 4-week run on. Or your child is looked after by a local authority, has an education, health and care (EHC) plan, gets Disability Living Allowance, or has left care under an adoption, special guardianship or child arrangements order.",
    terms: ['cat-funded-early-education', 'stage-babies-toddlers', 'stage-early-years', 'child-likes-learning', 'child-friends-play'],
  },
  {
    id: 'working-parents-childcare',
    org: 'dfe',
    name: "Childcare hours for working parents",
    rows: ['s032'],
    description:
      'Working families can get help with childcare from when their child is 9 months old. From September 2025, working families with children aged 9 months up to 3 years can get 30 hours a week.',
    url: 's032',
    eligibility:
      'You, and your partner, each expect to earn at least the same as 16 hours a week at the national minimum or living wage, and each have an adjusted net income under £100,000.',
    terms: ['cat-funded-early-education', 'cat-money-benefits', 'stage-babies-toddlers', 'stage-early-years', 'child-likes-learning'],
  },
  {
    id: 'tax-free-childcare',
    org: 'hmrc',
    name: 'Tax-Free Childcare',
    rows: ['s033'],
    description:
      'For every £8 you pay in, the government adds £2, up to £2,000 per child per year (£4,000 for a disabled child). You apply online and reconfirm every 3 months.',
    url: 's033',
    eligibility: "You can't use Tax-Free Childcare together with Tax Credits, Universal Credit or Childcare Vouchers.",
    terms: ['cat-money-benefits', 'stage-babies-toddlers', 'stage-early-years'],
  },
  {
    id: 'childhood-vaccinations',
    org: 'nhs',
    name: 'NHS childhood vaccinations',
    rows: ['s037', 's038'],
    description:
      'The NHS childhood vaccination schedule changed on 1 July 2025 and 1 January 2026. For children born on or after 1 July 2024, the second MenB dose moves to 12 weeks and the pneumococcal vaccine moves to 16 weeks. There is a new vaccine visit at 18 months, with a fourth dose of the 6-in-1 vaccine and the second dose of MMR.',
    alert: 'Many GP pages still show the old schedule. Check the live NHS page for the ages that apply to your child.',
    terms: ['cat-immunisations', 'stage-babies-toddlers', 'stage-early-years', 'child-looked-after'],
  },
];
