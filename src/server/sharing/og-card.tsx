import 'server-only';
import { ImageResponse } from 'next/og';
import type { ReactNode } from 'react';
import { imageText } from '@/lib/sharing/image-text';

/** Link previews are 1200×630 PNGs (Open Graph's and X's large card). */
export const OG_SIZE = { width: 1200, height: 630 };

export type OgCard =
  | {
      kind: 'badge';
      name: string;
      issuerName: string;
      issuerKnown: boolean;
      state: 'verified' | 'unverified' | 'failed' | 'revoked' | 'expired';
      holderName: string;
      issued: Date | null;
      /** A PNG or JPEG data: URI carried in the credential, else null (never fetched from anywhere). */
      image: string | null;
    }
  | { kind: 'cv'; name: string; headline: string; verifiedCount: number; badgeNames: string[] }
  | { kind: 'nothing'; line: string };

const stateLooks: Record<Extract<OgCard, { kind: 'badge' }>['state'] | 'unknown_issuer', { label: string; colour: string; background: string }> = {
  verified: { label: 'Verified · known issuer', colour: '#047857', background: '#d1fae5' },
  unknown_issuer: { label: 'Verified · issuer not known to Badgeboard', colour: '#0369a1', background: '#e0f2fe' },
  unverified: { label: 'Not verified yet', colour: '#92400e', background: '#fef3c7' },
  failed: { label: 'Failed verification', colour: '#b91c1c', background: '#fee2e2' },
  revoked: { label: 'Revoked by its issuer', colour: '#b91c1c', background: '#fee2e2' },
  expired: { label: 'Expired', colour: '#334155', background: '#e2e8f0' },
};

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function Shield({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32">
      <path d="M16 2.5 4.5 6.6v8.6c0 7.1 4.9 12.6 11.5 14.3 6.6-1.7 11.5-7.2 11.5-14.3V6.6L16 2.5Z" fill="#4338ca" />
      <path d="M16 5.6 7.5 8.6v6.6c0 5.4 3.6 9.7 8.5 11.2 4.9-1.5 8.5-5.8 8.5-11.2V8.6L16 5.6Z" fill="#4f46e5" />
      <path d="m11 15.8 3.4 3.4 6.8-7.2" fill="none" stroke="#5eead4" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function Frame({ children, footer }: { children: ReactNode; footer: string }) {
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#f8fafc', padding: 64, fontFamily: 'Geist' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Shield size={56} />
        <div style={{ fontSize: 36, color: '#0f172a', letterSpacing: -0.5 }}>Badgeboard</div>
      </div>
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center' }}>{children}</div>
      <div style={{ display: 'flex', fontSize: 26, color: '#475569' }}>{footer}</div>
    </div>
  );
}

function Pill({ label, colour, background }: { label: string; colour: string; background: string }) {
  return (
    <div style={{ display: 'flex', alignSelf: 'flex-start', fontSize: 28, color: colour, background, borderRadius: 999, padding: '8px 22px' }}>{label}</div>
  );
}

function BadgeArt({ image }: { image: string | null }) {
  const box = {
    width: 220,
    height: 220,
    borderRadius: 32,
    background: '#ffffff',
    border: '2px solid #e2e8f0',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  };
  if (image) {
    return (
      <div style={box}>
        {/* eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not a page */}
        <img src={image} width={190} height={190} alt="" style={{ objectFit: 'contain' }} />
      </div>
    );
  }
  // No artwork in the credential: a plain medal, with no tick (the state pill says whether it verified).
  return (
    <div style={{ ...box, background: '#f1f5f9' }}>
      <svg width={130} height={130} viewBox="0 0 24 24" fill="none" stroke="#64748b" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="12" cy="9" r="6" />
        <circle cx="12" cy="9" r="3" />
        <path d="m8.5 13.8-1.5 7.2 5-2.6 5 2.6-1.5-7.2" />
      </svg>
    </div>
  );
}

function BadgeCard({ card }: { card: Extract<OgCard, { kind: 'badge' }> }) {
  const look = stateLooks[card.state === 'verified' && !card.issuerKnown ? 'unknown_issuer' : card.state];
  const name = imageText(card.name, 80) || 'A badge';
  const issuer = imageText(card.issuerName, 60);
  const holder = imageText(card.holderName, 50);
  const issuerLine = card.issuerKnown
    ? `Issued by ${issuer}`
    : issuer
      ? `Issuer calls itself “${issuer}” (not known to Badgeboard)`
      : 'Issuer not known to Badgeboard';
  const held = [holder && `Held by ${holder}`, card.issued && `issued ${monthYear.format(card.issued)}`].filter(Boolean).join(' · ');
  return (
    <Frame footer="Open the link to see the verification report and check it again yourself.">
      <div style={{ display: 'flex', gap: 48, alignItems: 'center' }}>
        <BadgeArt image={card.image} />
        <div style={{ display: 'flex', flexDirection: 'column', gap: 18, flex: 1, minWidth: 0 }}>
          <Pill {...look} />
          <div style={{ display: 'flex', fontSize: name.length > 40 ? 52 : 64, color: '#0f172a', lineHeight: 1.1, letterSpacing: -1 }}>{name}</div>
          <div style={{ display: 'flex', fontSize: 30, color: '#334155' }}>{issuerLine}</div>
          {held && <div style={{ display: 'flex', fontSize: 28, color: '#475569' }}>{held}</div>}
        </div>
      </div>
    </Frame>
  );
}

function CvCard({ card }: { card: Extract<OgCard, { kind: 'cv' }> }) {
  const name = imageText(card.name, 50) || 'A CV on Badgeboard';
  const headline = imageText(card.headline, 90);
  const badges = card.badgeNames
    .map((badge) => imageText(badge, 40))
    .filter(Boolean)
    .slice(0, 3);
  const count = `${card.verifiedCount} verified ${card.verifiedCount === 1 ? 'badge' : 'badges'}`;
  return (
    <Frame footer="Every badge is checked by Badgeboard: signature, issuer, revocation, dates and recipient.">
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ display: 'flex', fontSize: 72, color: '#0f172a', letterSpacing: -1.5 }}>{name}</div>
        {headline && <div style={{ display: 'flex', fontSize: 38, color: '#334155' }}>{headline}</div>}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 14, marginTop: 12 }}>
          <Pill label={count} colour={card.verifiedCount > 0 ? '#047857' : '#334155'} background={card.verifiedCount > 0 ? '#d1fae5' : '#e2e8f0'} />
          {badges.map((badge) => (
            <Pill key={badge} label={badge} colour="#3730a3" background="#e0e7ff" />
          ))}
        </div>
      </div>
    </Frame>
  );
}

function NothingCard({ line }: { line: string }) {
  return (
    <Frame footer="Skills people can prove: CVs with verified digital badges.">
      <div style={{ display: 'flex', fontSize: 60, color: '#0f172a', letterSpacing: -1 }}>{line}</div>
    </Frame>
  );
}

/** The preview image of a card, drawn with next/og's bundled font only (see `imageText`). */
export function ogImage(card: OgCard): ImageResponse {
  const body = card.kind === 'badge' ? <BadgeCard card={card} /> : card.kind === 'cv' ? <CvCard card={card} /> : <NothingCard line={card.line} />;
  return new ImageResponse(body, {
    ...OG_SIZE,
    // Link previews are fetched by crawlers and kept by them: a short shared cache, and the card follows the page's
    // state (a revoked badge's preview says so) within minutes.
    headers: { 'cache-control': 'public, max-age=300, stale-while-revalidate=3600' },
  });
}

/** Only images inside the credential that the renderer can draw (PNG, JPEG); anything else gets the plain medal. */
export function drawableImage(image: string | null): string | null {
  return image && /^data:image\/(png|jpeg);base64,/i.test(image) ? image : null;
}
