// Organisations that run the shipped services. Names as the source rows give them.
// Descriptions say only what the rows say; no contact details here (they live on services).

const org = (id, name, description) => ({ id: `org-${id}`, name, description });

export const ORGANIZATIONS = [
  org('nhs', 'NHS', 'The National Health Service in England.'),
  org('emergency-services', 'Emergency services', 'Ambulance, police and fire services, reached on 999.'),
  org('nhs-healthy-start', 'NHS Healthy Start (NHSBSA)', 'Runs the Healthy Start scheme for the NHS Business Services Authority.'),
  org(
    'breastfeeding-helpline',
    'Breastfeeding Network and Association of Breastfeeding Mothers',
    'The two charities that run the National Breastfeeding Helpline.',
  ),
  org('nspcc', 'NSPCC', 'Runs a helpline for adults who are worried about a child.'),
  org('samaritans', 'Samaritans', 'Volunteers who are there to talk, 24 hours a day.'),
  org('refuge', 'Refuge', 'The charity that runs the National Domestic Abuse Helpline.'),
  org('mens-advice-line', "Men's Advice Line", 'A helpline for men affected by domestic abuse.'),
  org('pandas', 'PANDAS Foundation', 'Support for anyone affected by mental illness in or after pregnancy.'),
  org('cry-sis', 'Cry-sis', 'A charity that helps families with crying and sleepless babies.'),
  org('icon', 'ICON', "A campaign that helps parents cope with a baby's crying."),
  org('lullaby-trust', 'The Lullaby Trust', 'Information on sudden infant death (SIDS) and safer sleep for babies.'),
  org('contact', 'Contact', 'Support for families with disabled children.'),
  org(
    'ipsea',
    'IPSEA (Independent Provider of Special Education Advice)',
    'Free advice on the law about special educational needs (English law).',
  ),
  org('family-lives', 'Family Lives', 'Support for parents and families.'),
  org('citizens-advice', 'Citizens Advice', 'Advice on benefits, living on a low income and work.'),
  org('dfe', 'Department for Education', 'The government department responsible for childcare and early education in England.'),
  org('hmrc', 'HMRC', 'The government department that runs Tax-Free Childcare.'),
  org('hcc', 'Hertfordshire County Council', 'The county council for Hertfordshire.'),
  org(
    'hct',
    'Hertfordshire Community NHS Trust',
    'The NHS trust that runs health visiting and other community health services for children in Hertfordshire.',
  ),
  org(
    'hpft',
    'Hertfordshire Partnership University NHS Foundation Trust (HPFT)',
    'The NHS trust for mental health services in Hertfordshire.',
  ),
  org('herts-mind-network', 'Herts Mind Network', 'A mental health support service for all of Hertfordshire.'),
  org(
    'herts-da-helpline',
    'Herts Domestic Abuse Helpline',
    'A Hertfordshire helpline for domestic abuse, part of the Herts Sunflower partnership.',
  ),
  org('hertshelp', 'HertsHelp', 'A Hertfordshire service that points people to local support.'),
  org('hpci', 'HPCI CIC', 'Runs Hertfordshire Parent Carer Involvement, the parent carer forum for Hertfordshire.'),
  org('herts-sendiass', 'Hertfordshire SENDIASS', "Hertfordshire's SEND information, advice and support service."),
  org('enherts', 'East and North Hertfordshire NHS Trust', 'The NHS trust that runs the Lister Hospital.'),
  org('whth', 'West Hertfordshire Teaching Hospitals NHS Trust', 'The NHS trust that runs Watford General Hospital.'),
  org('ecc', 'Essex County Council', 'The county council for Essex.'),
  org(
    'essex-cfws',
    'Essex Child and Family Wellbeing Service',
    'The service for children and families in Essex, from before birth to age 19.',
  ),
  org('essex-sendiass', 'Essex SEND Information, Advice and Support Service', 'Free, impartial and confidential SEND advice in Essex.'),
  org('pah', 'The Princess Alexandra Hospital NHS Trust', 'The NHS trust that runs the Princess Alexandra Hospital in Harlow.'),
  org('gov-uk', 'GOV.UK', "The UK government's website for public services and information."),
  org(
    'essex-wellbeing-service',
    'Essex Wellbeing Service',
    'A service commissioned by Essex County Council that helps people stop smoking.',
  ),
  org('change-grow-live', 'Change Grow Live', 'The charity that runs Spectrum, the drug and alcohol service for Hertfordshire.'),
];
