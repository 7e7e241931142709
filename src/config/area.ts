/**
 * The area's settings the app reads at run time, from data/area.json (one place to change
 * them): its districts and where "Report a problem" emails go. Small enough to bundle.
 */
import area from '../../data/area.json';
import { compareNames } from '../lib/intl';

export interface District {
  ladCode: string;
  name: string;
}

export const districts: District[] = area.districts
  .map((d) => ({ ladCode: d.lad_code, name: d.name }))
  .sort((a, b) => compareNames(a.name, b.name));

/** Empty when the area has not set one: the link then opens an email with no recipient. */
export const reportProblemEmail: string = area.report_problem_email.trim();

/** The whole file, for settings read directly (e.g. the safety exit's `exit_site`). */
export default area;
