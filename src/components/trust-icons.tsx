/** Icons for issuer trust, drawn like those in icons.tsx (stroked, decorative, hidden from assistive tech). */
type IconProps = { className?: string };

function Shield({ className = 'size-4', children }: IconProps & { children: React.ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 3 5 5.8v5.4c0 4.5 3 8.1 7 9.8 4-1.7 7-5.3 7-9.8V5.8L12 3Z" />
      {children}
    </svg>
  );
}

/** Verified, issuer known: a shield with a check and a filled top band, so it differs from the unknown one in shape too. */
export const KnownIssuerIcon = (p: IconProps) => (
  <Shield {...p}>
    <path d="m9 12 2 2 4-4.2" />
    <path d="M7.5 6.6 12 4.8l4.5 1.8" strokeWidth="2.4" />
  </Shield>
);

/** Verified signature, issuer not known: a shield with a question mark. */
export const UnknownIssuerIcon = (p: IconProps) => (
  <Shield {...p}>
    <path d="M10.1 9.6a2 2 0 0 1 3.9.6c0 1.3-2 1.7-2 3" />
    <path d="M12 16h.01" strokeWidth="2.4" />
  </Shield>
);
