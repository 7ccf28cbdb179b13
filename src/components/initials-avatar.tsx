import clsx from 'clsx';

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase());
  return letters.length > 1 ? letters[0]! + letters[letters.length - 1]! : (letters[0] ?? '?');
}

/** A person's initials in a brand circle; decorative, since their name is always shown beside it. */
export function InitialsAvatar({ name, className = 'size-11 text-sm' }: { name: string; className?: string }) {
  return (
    <span aria-hidden="true" className={clsx('flex shrink-0 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-800', className)}>
      {initials(name)}
    </span>
  );
}
