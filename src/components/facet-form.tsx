'use client';

import Form from 'next/form';
import type { ReactNode } from 'react';

/**
 * A GET form that applies itself as soon as a checkbox changes (the URL is the state, so Back undoes it).
 * Without JavaScript the "Apply filters" button does the same.
 */
export function FacetForm({ action, children, label }: { action: string; children: ReactNode; label: string }) {
  return (
    <Form action={action} scroll={false} aria-label={label} onChange={(event) => event.currentTarget.requestSubmit()}>
      {children}
      <noscript>
        <button type="submit" className="mt-4 rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
          Apply filters
        </button>
      </noscript>
    </Form>
  );
}
