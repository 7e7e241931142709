/**
 * The attribution block the data licences require, verbatim from ../shared/data/PROVENANCE.md.
 * Legal text: shown as written, in English, in every interface language.
 */
export const ATTRIBUTION_LINES = [
  'Contains OS data © Crown copyright and database right 2025.',
  'Contains Royal Mail data © Royal Mail copyright and database right 2025.',
  'Contains National Statistics data © Crown copyright and database right 2025.',
  'Boundaries: contains OS data © Crown copyright and database right 2014; Source: Office for National Statistics, licensed under the Open Government Licence v3.0. GeoJSON & TopoJSON UK Boundary Data by Martin Chorley (https://github.com/martinjc/UK-GeoJSON), CC BY 4.0.',
  'Place names: GeoNames (https://www.geonames.org), CC BY 4.0.',
  'Map tiles (when online): © OpenStreetMap contributors (https://www.openstreetmap.org/copyright).',
  'Open Referral UK / HSDS schemas: "Human Services Data Specification: an Open Referral resource (https://openreferral.org/)", CC BY-SA 4.0.',
] as const;

export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
