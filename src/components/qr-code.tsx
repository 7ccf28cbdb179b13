import clsx from 'clsx';
import QRCode from 'qrcode';

/**
 * A QR code of `value`, drawn on the server as SVG (no script, no image request). The SVG is the library's own
 * output from the URL we give it: squares only, no text from anyone.
 */
export async function QrCode({ value, label, className = 'size-40' }: { value: string; label: string; className?: string }) {
  const svg = await QRCode.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#0f172a', light: '#ffffff' } });
  return (
    <span
      role="img"
      aria-label={label}
      className={clsx('block overflow-hidden rounded-lg bg-white ring-1 ring-slate-200 [&>svg]:size-full', className)}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
