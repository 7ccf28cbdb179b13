import clsx from 'clsx';
import { buttonClasses } from './button';
import { ExternalLinkIcon } from './icons';

/** LinkedIn's "Add to profile" with the certification form filled in (see `linkedInAddToProfileUrl`). Opens LinkedIn. */
export function LinkedInAddButton({ href, className }: { href: string; className?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={clsx(buttonClasses('secondary', 'md'), className)}>
      <svg viewBox="0 0 24 24" className="size-4 text-[#0a66c2]" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M20.45 20.45h-3.55v-5.57c0-1.33-.03-3.04-1.85-3.04-1.86 0-2.14 1.45-2.14 2.94v5.67H9.35V9h3.41v1.56h.05c.48-.9 1.64-1.85 3.37-1.85 3.6 0 4.27 2.37 4.27 5.46v6.28ZM5.34 7.43a2.06 2.06 0 1 1 0-4.12 2.06 2.06 0 0 1 0 4.12ZM7.12 20.45H3.56V9h3.56v11.45ZM22.22 0H1.77C.79 0 0 .77 0 1.73v20.54C0 23.23.79 24 1.77 24h20.45c.98 0 1.78-.77 1.78-1.73V1.73C24 .77 23.2 0 22.22 0Z"
        />
      </svg>
      Add to LinkedIn profile
      <ExternalLinkIcon className="size-3.5 text-slate-500" />
      <span className="sr-only">(opens LinkedIn in a new tab)</span>
    </a>
  );
}
