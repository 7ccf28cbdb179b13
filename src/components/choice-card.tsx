import clsx from 'clsx';
import type { ReactNode } from 'react';

type ChoiceCardProps = {
  name: string;
  value: string;
  label: string;
  description: ReactNode;
  icon?: ReactNode;
  checked?: boolean;
  defaultChecked?: boolean;
  onChange?: (value: string) => void;
  describedBy?: string;
  invalid?: boolean;
};

/**
 * A radio button presented as a card. The radio's accessible name is only `label` (the description
 * is linked with aria-describedby); the label's ::after stretches over the card so all of it is clickable.
 */
export function ChoiceCard({ name, value, label, description, icon, checked, defaultChecked, onChange, describedBy, invalid }: ChoiceCardProps) {
  const id = `${name}-${value}`;
  return (
    <div
      className={clsx(
        'relative flex gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition',
        'hover:border-slate-300 has-checked:border-brand-600 has-checked:bg-brand-50/60 has-checked:ring-1 has-checked:ring-brand-600',
        'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600',
      )}
    >
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        defaultChecked={defaultChecked}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-describedby={[`${id}-description`, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        className="peer relative z-10 mt-0.5 size-4 shrink-0 cursor-pointer accent-brand-700 focus-visible:outline-none"
      />
      <div className="min-w-0 flex-1">
        <label
          htmlFor={id}
          className="flex cursor-pointer items-center gap-2 text-sm font-semibold text-slate-900 after:absolute after:inset-0 after:rounded-xl"
        >
          {label}
        </label>
        <p id={`${id}-description`} className="mt-1 text-sm text-slate-600">
          {description}
        </p>
      </div>
      {icon && <span className="shrink-0 text-slate-500 peer-checked:text-brand-600">{icon}</span>}
    </div>
  );
}
