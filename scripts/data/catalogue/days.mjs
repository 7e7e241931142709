// Weekday shorthands for schedules (ORUK byday).
export const EVERY_DAY = 'MO,TU,WE,TH,FR,SA,SU';
export const WEEKDAYS = 'MO,TU,WE,TH,FR';
/** Open 24 hours, every day. */
export const ALL_DAY = { byday: EVERY_DAY, opens: '00:00', closes: '24:00' };
