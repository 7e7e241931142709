// Our three taxonomies and their terms. Term ids are used by the app and its tests: do not rename.
// No LGA (esd) or DfE term URI was found in a stored source, so term_uri is left out and the
// closest DfE family-services term is named in the description instead.

export const TAXONOMIES = [
  {
    id: 'bsf-life-stage',
    name: 'Life stage',
    description: "The four stages of Hertfordshire's Early Childhood Strategy (2015), from before pregnancy to starting school.",
  },
  {
    id: 'bsf-category',
    name: 'Type of help',
    description: 'What kind of help a service gives.',
  },
  {
    id: 'bsf-child-outcome',
    name: "Child's outcome",
    description: "The child 'I' statements of Hertfordshire's early childhood outcomes: what the help is for, in the child's words.",
  },
];

const stage = (id, name, description) => ({ id, name, description, taxonomy_id: 'bsf-life-stage' });
const cat = (id, name, description) => ({ id, name, description, taxonomy_id: 'bsf-category' });
const outcome = (id, name, description) => ({ id, name, description, taxonomy_id: 'bsf-child-outcome' });

// One term per line, read as a table.
// prettier-ignore
export const TERMS = [
  stage(
    'stage-preconception',
    'Pre-conception and very early pregnancy',
    'Planning a pregnancy and the first weeks: early booking with a midwife, your mental health, healthy diet and vitamins, stopping smoking, alcohol and drugs.',
  ),
  stage(
    'stage-pregnancy',
    'Pregnancy',
    'Antenatal care, screening and immunisation, getting ready to be a parent, bonding with your baby, a healthy lifestyle and your mental health, stopping smoking, maternity rights and benefits.',
  ),
  stage(
    'stage-babies-toddlers',
    'Babies and toddlers',
    'Vitamins, parenting, breastfeeding, diet and weaning, bonding, immunisation, teeth, physical, language and social development, childcare, going back to work, your mental health, early learning.',
  ),
  stage(
    'stage-early-years',
    'Early years and school readiness',
    'Getting ready for school, learning at home, parenting, childcare, how your child is developing, healthy weight, minor illnesses and preventing accidents.',
  ),

  cat('cat-family-centres', 'Family centres and hubs', 'Local centres where families can get support, join sessions and ask for advice. DfE family-services group: Family support.'),
  cat('cat-health-visiting', 'Health visiting', 'Health visitors support families with babies and young children. DfE family-services term: Health visiting.'),
  cat('cat-midwifery-antenatal', 'Midwives and maternity', 'Care in pregnancy, birth and just after, from midwives and hospital maternity teams. DfE family-services term: Midwife and maternity.'),
  cat('cat-infant-feeding', 'Feeding your baby', 'Help with breastfeeding and feeding your baby. DfE family-services term: Infant feeding support.'),
  cat('cat-perinatal-mental-health', 'Mental health in and after pregnancy', "Support for a parent's mental health during pregnancy and after the birth. DfE family-services term: Perinatal mental health support."),
  cat('cat-healthy-start-vitamins', 'Healthy Start and vitamins', 'Help to buy food and milk, and vitamins for pregnancy and young children. No DfE family-services term covers this.'),
  cat('cat-immunisations', 'Vaccinations', "Your child's NHS vaccinations. DfE family-services group: Health."),
  cat('cat-speech-language', 'Speech, language and therapies', "Help with your child's talking, understanding and movement. DfE family-services term: Speech, language and communication needs."),
  cat('cat-send', 'Special educational needs and disabilities (SEND)', 'Information, advice and support for children with special educational needs or disabilities. DfE family-services term: SEND early years support.'),
  cat('cat-funded-early-education', 'Free childcare and early education', 'Free hours of early education and help with childcare costs. No DfE family-services term covers this.'),
  cat('cat-parenting-support', 'Parenting support', 'Advice and support for parents and carers. DfE family-services group: Family support.'),
  cat('cat-groups-stay-play', 'Groups and activities', 'Sessions and activities for children and families. DfE family-services group: Activities, clubs and groups.'),
  cat('cat-urgent-help', 'Urgent help', 'Help now: when a child is ill or hurt, or someone is in danger. DfE family-services group: Health.'),
  cat('cat-mental-health', "Parents' mental health", "Support for a parent's own mental health and wellbeing. DfE family-services group: Health."),
  cat('cat-domestic-abuse', 'Domestic abuse', 'Help if you or someone you know is being abused at home. DfE family-services group: Family support.'),
  cat('cat-crying-sleep', 'Crying babies and safer sleep', 'Coping with a crying baby and helping your baby sleep safely. DfE family-services group: Pregnancy, birth and early years.'),
  cat('cat-money-benefits', 'Money and benefits', 'Help with money, benefits and the cost of essentials. DfE family-services group: Family support.'),
  cat('cat-healthy-living', 'Healthy living', 'Stopping smoking, alcohol and drugs, teeth, and preventing accidents. DfE family-services group: Health.'),
  cat('cat-birth-school', 'Registering a birth and school places', "Registering your baby's birth and applying for a school place. No DfE family-services term covers this."),

  outcome('child-looked-after', 'I am looked after and supported to be my best', 'Help that keeps the child healthy and supported to grow well.'),
  outcome('child-safe-happy', 'I feel safe and happy at home', 'Help that keeps the child safe and the home calm and happy.'),
  outcome('child-friends-play', 'I have friends and time to play', 'Help that gives the child time to play and to be with other children.'),
  outcome('child-likes-learning', 'I like learning', "Help with the child's early learning, talking and getting ready for school."),
];

export const ALL_STAGES = ['stage-preconception', 'stage-pregnancy', 'stage-babies-toddlers', 'stage-early-years'];
export const URGENT = ['cat-urgent-help', ...ALL_STAGES];
