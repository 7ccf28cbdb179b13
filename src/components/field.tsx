import clsx from 'clsx';
import type { ComponentProps, ReactNode } from 'react';

/** What a form control needs to be tied to its label, hint and errors. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** Shown next to the label, e.g. a character count or "Optional". */
  aside?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** Label, control, hint and error messages, wired with aria-describedby / aria-invalid. */
export function Field({ name, label, hint, errors, aside, className, children }: FieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={clsx('space-y-1.5', className)}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {aside && <span className="text-xs text-slate-500">{aside}</span>}
      </div>
      {children({ id, name, 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} className="space-y-0.5">
      {errors.map((message) => (
        <p key={message} className="flex items-start gap-1.5 text-sm text-red-700">
          <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-red-600" />
          {message}
        </p>
      ))}
    </div>
  );
}

const controlClasses =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 text-[15px] text-slate-900 shadow-xs transition-colors ' +
  'placeholder:text-slate-400 hover:border-slate-400 focus:border-brand-600 focus:outline-none focus:ring-3 focus:ring-brand-600/15 ' +
  'aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/15 disabled:bg-slate-50 disabled:text-slate-500';

export function TextInput({ className, ...rest }: ComponentProps<'input'>) {
  return <input className={clsx(controlClasses, 'h-10', className)} {...rest} />;
}

export function TextArea({ className, ...rest }: ComponentProps<'textarea'>) {
  return <textarea className={clsx(controlClasses, 'min-h-32 py-2 leading-relaxed', className)} {...rest} />;
}
