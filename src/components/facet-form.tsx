'use client';

import Form from 'next/form';
import { useSearchParams } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';

/**
 * A GET form that applies itself as soon as a checkbox changes (the URL is the state, so Back undoes it).
 * Without JavaScript the "Apply filters" button does the same. Keyboard and screen-reader users stay where they were:
 * when the results come back, focus returns to the control they changed (or, if it is gone, the results heading).
 */
/**
 * The control last changed, kept outside the component: the results page re-renders (and may remount the sidebar) on
 * every change, and there are two copies of the form (sidebar and phone drawer), so the focus is restored page-wide.
 */
let pendingFocus: { name: string; value: string; at: number } | null = null;

function restoreFocus(): void {
  const last = pendingFocus;
  if (!last || Date.now() - last.at > 15_000) return;
  const active = document.activeElement;
  if (active && active !== document.body && active.closest('form')) return;
  const selector = `input[name="${CSS.escape(last.name)}"][value="${CSS.escape(last.value)}"]`;
  const visible = [...document.querySelectorAll<HTMLElement>(selector)].find((element) => element.getClientRects().length > 0);
  const target = visible ?? document.querySelector<HTMLElement>('[data-results-heading]');
  if (!visible) target?.setAttribute('tabindex', '-1');
  target?.focus({ preventScroll: true });
  pendingFocus = null;
}

export function FacetForm({ action, children, label }: { action: string; children: ReactNode; label: string }) {
  const params = useSearchParams();
  useEffect(() => restoreFocus(), [params]);

  return (
    <Form
      action={action}
      scroll={false}
      aria-label={label}
      onChange={(event) => {
        const control = event.target as unknown as HTMLInputElement;
        if (control.name) pendingFocus = { name: control.name, value: control.value, at: Date.now() };
        event.currentTarget.requestSubmit();
      }}
    >
      {children}
      <noscript>
        <button type="submit" className="mt-4 rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-medium text-white">
          Apply filters
        </button>
      </noscript>
    </Form>
  );
}
