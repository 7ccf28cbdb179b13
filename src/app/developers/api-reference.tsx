'use client';

import dynamic from 'next/dynamic';

// The viewer touches `window` as it loads: only in the browser, and only on this page.
const RapiDocReference = dynamic(() => import('./rapidoc-reference').then((module) => module.RapiDocReference), {
  ssr: false,
  loading: () => <p className="px-4 py-10 text-center text-sm text-slate-500">Loading the API reference…</p>,
});

export function ApiReference({ specUrl }: { specUrl: string }) {
  return <RapiDocReference specUrl={specUrl} />;
}
