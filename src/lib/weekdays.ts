/**
 * The week as Open Referral UK (and iCalendar's BYDAY) writes it, Monday first: the UK week, and
 * the order ORUK v1 numbers its days 1–7. Every list of days in the app is this one. iCalendar
 * calls each of the seven a "weekday", hence the type's name; the curated catalogue selections
 * (data/curation/) write Monday to Friday as "MO,TU,WE,TH,FR".
 */
export const DAYS_OF_WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export type Weekday = (typeof DAYS_OF_WEEK)[number];

export const isWeekday = (code: string): code is Weekday => (DAYS_OF_WEEK as readonly string[]).includes(code);
