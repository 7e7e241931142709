/**
 * The week as Open Referral UK (and iCalendar's BYDAY) writes it, Monday first: the UK week, and
 * the order ORUK v1 numbers its days 1–7. Every list of days in the app is this one.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

export const isWeekday = (code: string): code is Weekday => (WEEKDAYS as readonly string[]).includes(code);
