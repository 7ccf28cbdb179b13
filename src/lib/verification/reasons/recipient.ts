import { str, type Reasons } from './types';

// The owner sees which of their identities matched; anyone else gets the verdict without the address.
export const recipientReasons: Reasons = {
  bound: (p, audience) =>
    audience === 'owner'
      ? p.kind === 'did'
        ? `Issued to ${str(p.identity)}, a DID you control.`
        : `Issued to ${str(p.identity)}, a verified address of yours.`
      : 'Issued to this person: it matches an identity they have verified with Badgeboard.',
  matches: (p) => `Issued to ${str(p.identity)}, the recipient given for this check.`,
  unverified_identity: (p, audience) =>
    audience === 'owner'
      ? `Issued to ${str(p.identity)}: verify that address to prove the badge is yours.`
      : 'Not confirmed yet: this person has not verified the identity the badge was issued to.',
  no_recipient: () => 'The badge names no recipient, so it cannot be tied to anyone.',
  other_recipient: (p, audience) =>
    audience === 'owner'
      ? p.kind === 'email'
        ? 'Issued to an email address that is not one of yours. Add the address it was issued to under Account → Email addresses and verify it: the badge is then checked again.'
        : 'Issued to an identifier that is not one of yours. Add and verify the address the badge was issued to.'
      : 'Issued to someone else: it does not match any identity this person has verified.',
  // The support CLI speaks to its operator; anyone else (the public verifier) is told what the verdict does not cover.
  not_checked: (p, audience) =>
    audience === 'owner'
      ? `Not checked: no recipient was given to compare with${p.names ? ` (the badge names ${str(p.names)})` : ''}. Pass --recipient to check it.`
      : `Not checked: this report is about the badge, not about a person. Nobody was compared with its recipient${p.names ? ` (the badge names ${str(p.names)})` : ''}, so it does not show that the badge belongs to whoever shared it.`,
};
