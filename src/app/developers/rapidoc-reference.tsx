'use client';

// RapiDoc (a web component) renders the OpenAPI document. Chosen because it runs under the page's strict CSP: no eval,
// no CDN (its web fonts are switched off below), and it fetches nothing but the document and, on "Try", our own API.
import 'rapidoc';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type RapiDocAttributes = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Record<`${string}-${string}` | 'theme', string | undefined>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'rapi-doc': RapiDocAttributes;
    }
  }
}

/** The API reference: every operation of `specUrl`, with its parameters, bodies, answers and problems. */
export function RapiDocReference({ specUrl }: { specUrl: string }) {
  return (
    <rapi-doc
      spec-url={specUrl}
      // Web fonts would come from Google's CDN: the page's own fonts instead.
      load-fonts="false"
      regular-font="var(--font-geist-sans), ui-sans-serif, system-ui, sans-serif"
      mono-font="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"
      theme="light"
      bg-color="#ffffff"
      text-color="#0f172a"
      primary-color="#4338ca"
      nav-bg-color="#f8fafc"
      nav-text-color="#334155"
      nav-hover-bg-color="#eef2ff"
      nav-accent-color="#4338ca"
      render-style="read"
      show-header="false"
      show-info="false"
      allow-spec-url-load="false"
      allow-spec-file-load="false"
      allow-server-selection="false"
      allow-authentication="true"
      persist-auth="false"
      schema-style="table"
      default-schema-tab="schema"
      schema-description-expanded="true"
      show-method-in-nav-bar="as-colored-text"
      nav-item-spacing="compact"
      className="block h-[85dvh] w-full"
    />
  );
}
