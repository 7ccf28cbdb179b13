import { day, str, type Reasons } from './types';

export const validityReasons: Reasons = {
  valid_until: (p) => `Valid until ${day(p.until)}.`,
  no_expiry: (p) => (p.issued ? `Issued ${day(p.issued)}; it does not expire.` : 'It does not expire.'),
  not_yet_valid: (p) => `Dated in the future (valid from ${day(p.from)}).`,
  expired: (p) => `Expired on ${day(p.on)}.`,
  bad_date: (p) => `The ${str(p.field, 'date')} "${str(p.value)}" is not a date.`,
};
