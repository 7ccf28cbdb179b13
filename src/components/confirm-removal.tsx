'use client';

import { useId, type ReactNode } from 'react';
import { Button } from './button';

/**
 * An inline "remove this?" question with what removing does, so one stray click removes nothing.
 * Focus starts on the safe choice.
 */
export function ConfirmRemoval({
  question,
  consequence,
  confirmLabel,
  error,
  pending,
  onConfirm,
  onCancel,
  className = 'p-4',
}: {
  question: ReactNode;
  consequence: ReactNode;
  confirmLabel: string;
  error: string | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  className?: string;
}) {
  const questionId = useId();
  return (
    <div role="group" aria-labelledby={questionId} className={`rounded-lg border border-red-200 bg-red-50 text-sm ${className}`}>
      <p id={questionId} className="font-medium text-red-950">
        {question}
      </p>
      <p className="mt-1 text-red-900">{consequence}</p>
      {error && (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="danger" size="sm" onClick={onConfirm} pending={pending}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" size="sm" onClick={onCancel} disabled={pending} autoFocus>
          Keep it
        </Button>
      </div>
    </div>
  );
}
