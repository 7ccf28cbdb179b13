import type { ErrorCode } from '@/server/errors';

/** When each problem code is sent, and what to do: the /developers error table. Every code must have its line. */
export const problemExplanations: Record<ErrorCode, string> = {
  'input:invalid':
    'A parameter or body field failed its rule: `errors[]` names each field (dotted path and JSON Pointer) with what is wrong. Also: a body that is not valid JSON or multipart, text holding a NUL character or too long to store, or input that is not a badge at all.',
  'input:too_large':
    'The body passed the route’s byte limit. The body is read as a stream and abandoned at the limit, whatever Content-Length says. Also: an upload holding too many credentials at once.',
  'input:unsupported_media_type':
    'The Content-Type is not one the route accepts (each route lists its media types). Send application/json or multipart/form-data as documented.',
  not_found:
    'Nothing is at this address, or nothing there is shown to you: a path id that is not a UUID, a badge or candidate you may not see, or a list of another organisation.',
  conflict:
    'The thing already exists: the badge is already on your CV, another account proved it was issued to them, or a double submit. Reload to see the current state.',
  'search:bad_cursor':
    'The `after` cursor does not belong to this search: it came from another sort, or was altered. Start again from page 1, or pass the `next` of the same search.',
  'search:unavailable':
    'The search index is not answering for a moment. Nothing is wrong with the request: try again shortly (Badgeboard keeps working without search and catches up).',
  'auth:unauthenticated':
    'The route needs a signed-in person and the request carried no valid session (none, expired, or signed out). Portals send an API key instead, where the route takes one.',
  'auth:forbidden':
    'Signed in, but without the role the route needs — candidate search is for members of employer organisations, badge changes for the badge’s owner.',
  'auth:cross_origin':
    'A write authenticated by the session cookie came from another site (Origin or Sec-Fetch-Site say so). Badgeboard’s own pages are the only cookie clients; portals use an API key.',
  'auth:invalid_api_key':
    'The bearer token is not a valid key: mistyped, revoked, or not of the form `Bearer bb_…`. Also sent when a key is presented to a route that takes none: call it without the Authorization header.',
  'auth:insufficient_scope':
    'The key is valid but lacks the scope this route needs; `requiredScope` names it. An organisation owner creates a key with that scope.',
  'wallet:exchange_expired':
    'The wallet exchange (the QR code or link from the CV page) is older than its 10 minutes, or its seeker deleted it. Nothing was stored: start a new one from the CV page.',
  'wallet:exchange_used':
    'The exchange already received a presentation: each one is single use, so a replayed or second presentation is refused. Nothing more was stored; start a new exchange to add more badges.',
  'wallet:challenge_mismatch':
    'The presentation’s proof signs a challenge (VC-API) or nonce (OpenID4VP) other than this exchange’s: it was made for another request. Let the wallet answer this request afresh.',
  'wallet:domain_mismatch':
    'The presentation’s proof names another domain (VC-API) or client_id audience (OpenID4VP) than this site, so it could be a presentation meant for someone else. Let the wallet answer this request afresh.',
  'wallet:invalid_presentation':
    'The presentation could not be accepted as proof of who holds it: malformed, no authentication proof, a signature that does not verify, or a key its holder DID does not list for authentication. `reason` says which.',
  'email:already_added':
    'The address is already on your account: your sign-in address, or one you added (verified or still waiting for its link). Send its link again instead of adding it twice.',
  'email:taken':
    'Another Badgeboard account uses this address (it signs in with it, or proved it is theirs). Which account is never said. If the address is yours, sign in to that account instead.',
  'email:limit_reached': 'An account holds at most 5 addresses besides its sign-in address. Remove one you no longer use, then add the new one.',
  'email:not_verified': 'Only a verified address can become the sign-in address. Follow the link mailed to it (or send it again), then make it primary.',
  'email:cannot_remove':
    'The address is your sign-in address (make another verified address primary first), or your only verified address (badges issued to you could no longer be confirmed).',
  rate_limited: 'Over the route’s limit for this key, person or address. Wait the seconds in the Retry-After header, and spread requests out.',
  'auth:rate_limited':
    'Too many failed sign-ins for this account from this address (sign-in form). Each further failure waits longer; the owner signing in from elsewhere is not blocked.',
  'auth:invalid_credentials': 'Wrong email or password (sign-in and password change, not the API).',
  'auth:email_taken': 'An account already uses this address (completing a sign-up). The sign-up form itself answers alike for new and known addresses.',
  internal: 'A fault on Badgeboard’s side, logged for us; nothing in the request caused it, and no detail is shown. Try again in a moment.',
};
