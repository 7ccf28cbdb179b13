import 'server-only';
import type { RouteContract } from '@/server/http/contract';
import * as account from './account';
import * as badges from './badges';
import * as candidates from './candidates';
import * as docs from './docs';
import * as emailAddresses from './email-addresses';
import * as embed from './embed';
import * as search from './search';
import * as sharing from './sharing';
import * as verify from './verify';
import * as wallet from './wallet';

/** Every route of the API, for the OpenAPI document and the route-coverage test. */
export const contracts = { ...badges, ...search, ...account, ...docs, ...verify, ...wallet, ...sharing, ...embed, ...emailAddresses, ...candidates } as const;

export const allContracts: RouteContract[] = Object.values(contracts).filter(
  (value): value is RouteContract & typeof value => typeof value === 'object' && value !== null && 'operationId' in value,
);
