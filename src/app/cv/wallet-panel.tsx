'use client';

import { useRouter } from 'next/navigation';
import QRCode from 'qrcode';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { AlertIcon, WalletIcon } from '@/components/icons';
import { problemDetail } from '@/lib/problem';
import type { AttachedBadge } from './post-badge';
import { UploadProgressList, type UploadItem } from './upload-progress';

type Exchange = {
  id: string;
  state: 'pending' | 'active' | 'processing' | 'complete' | 'failed';
  protocol: 'vcapi' | 'oid4vp' | null;
  holderDid: string | null;
  interactionUrl: string;
  expiresAt: string;
  result: { attached: AttachedBadge[]; refused: { name: string | null; code: string; detail: string }[] } | null;
  error: { code: string; detail: string } | null;
};

const POLL_MS = 1500;
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

const stateLine: Record<Exchange['state'], string> = {
  pending: 'Waiting for your wallet… Scan the code with it, or open the link on the phone that has your wallet.',
  active: 'Your wallet is answering. Choose the badges to share and confirm in the wallet.',
  processing: 'Checking the badges your wallet sent…',
  complete: 'Done.',
  failed: 'This wallet link did not work.',
};

/** The exchange's outcome in the same list an upload shows: one row for what the wallet sent, one per refused credential. */
function progressItems(exchange: Exchange): UploadItem[] {
  if (exchange.state === 'processing') return [{ id: 1, name: 'From your wallet', status: 'uploading' }];
  if (!exchange.result) return [];
  const items: UploadItem[] = [
    { id: 1, name: `From your wallet${exchange.holderDid ? ` (${shortDid(exchange.holderDid)})` : ''}`, status: 'done', attached: exchange.result.attached },
  ];
  exchange.result.refused.forEach((refusal, i) =>
    items.push({ id: i + 2, name: refusal.name ?? 'A credential from your wallet', status: 'error', message: refusal.detail }),
  );
  return items;
}

const shortDid = (did: string) => (did.length > 32 ? `${did.slice(0, 20)}…${did.slice(-6)}` : did);

/**
 * "Add from your wallet": a single-use exchange shown as a QR code and a link (the W3C VCALM interaction URL). The
 * wallet answers by VC-API or OpenID4VP; this panel polls the exchange and shows each badge's verdict as it lands.
 */
export function WalletPanel({ emailVerified, resumeId }: { emailVerified: boolean; resumeId?: string }) {
  const router = useRouter();
  const [exchange, setExchange] = useState<Exchange | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const refreshed = useRef(false);

  const load = useCallback(async (id: string): Promise<Exchange | null> => {
    const response = await fetch(`/api/v1/wallet/exchanges/${id}/status`, { cache: 'no-store' }).catch(() => null);
    if (!response?.ok) return null;
    return (await response.json()) as Exchange;
  }, []);

  useEffect(() => {
    if (!resumeId) return;
    void load(resumeId).then((found) => found && setExchange(found));
  }, [resumeId, load]);

  useEffect(() => {
    if (!exchange) return;
    let stopped = false;
    void QRCode.toString(exchange.interactionUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => !stopped && setQr(svg));
    return () => {
      stopped = true;
    };
  }, [exchange?.interactionUrl]); // eslint-disable-line react-hooks/exhaustive-deps -- only a new link needs a new code

  useEffect(() => {
    if (!exchange || exchange.state === 'complete' || exchange.state === 'failed') return;
    const timer = setInterval(async () => {
      if (Date.now() > Date.parse(exchange.expiresAt) && exchange.state !== 'processing') {
        setExpired(true);
        clearInterval(timer);
        return;
      }
      const next = await load(exchange.id);
      if (next) setExchange(next);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [exchange, load]);

  useEffect(() => {
    if (exchange?.state === 'complete' && !refreshed.current) {
      refreshed.current = true;
      router.refresh();
    }
  }, [exchange?.state, router]);

  async function start() {
    setStarting(true);
    setProblem(null);
    setExpired(false);
    refreshed.current = false;
    const response = await fetch('/api/v1/wallet/exchanges', { method: 'POST' }).catch(() => null);
    setStarting(false);
    if (!response) return setProblem('Badgeboard could not be reached. Check your connection and try again.');
    const data = (await response.json().catch(() => null)) as Exchange | null;
    if (!response.ok || !data) return setProblem(problemDetail(data) ?? 'The wallet link could not be made. Try again in a moment.');
    setExchange(data);
  }

  const open = exchange && !expired && (exchange.state === 'pending' || exchange.state === 'active');
  const finished = exchange && (exchange.state === 'complete' || exchange.state === 'failed' || expired);

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <div className="flex items-start gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700 ring-1 ring-brand-100">
          <WalletIcon className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="text-sm font-semibold text-slate-900">From your wallet</h3>
          <p className="mt-0.5 text-sm text-slate-600">
            Share badges straight from a wallet app such as the Learner Credential Wallet. Your wallet also proves the badges were issued to you.
          </p>
        </div>
      </div>

      {!open && (
        <div className="mt-4">
          <Button type="button" onClick={start} pending={starting} className="w-full sm:w-auto">
            {finished ? 'Share more from your wallet' : 'Connect your wallet'}
          </Button>
          {problem && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {problem}
            </p>
          )}
          {expired && <p className="mt-2 text-sm text-slate-600">The code expired before your wallet answered. Make a new one to try again.</p>}
          {exchange?.state === 'failed' && exchange.error && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {exchange.error.detail}
            </p>
          )}
        </div>
      )}

      {open && (
        <div className="mt-4 space-y-4">
          <div
            className="mx-auto w-48 rounded-lg border border-slate-200 bg-white p-2"
            role="img"
            aria-label="QR code of the wallet link"
            // The SVG is made here by the qrcode library from our own URL: no outside markup.
            dangerouslySetInnerHTML={qr ? { __html: qr } : undefined}
          />
          <div className="min-w-0 space-y-2 text-sm">
            <p role="status" className="font-medium text-slate-800">
              {stateLine[exchange.state]}
            </p>
            <p className="text-slate-600">
              On this phone?{' '}
              <a
                href={exchange.interactionUrl}
                data-testid="wallet-interaction-url"
                className="font-medium break-all text-brand-700 underline underline-offset-4"
              >
                Open the wallet link
              </a>
            </p>
            <p className="text-xs text-slate-500">Works once, until {timeFormat.format(new Date(exchange.expiresAt))}.</p>
            {exchange.error && (
              <p role="alert" className="flex gap-1.5 text-red-700">
                <AlertIcon className="mt-0.5 size-4 shrink-0" />
                <span>Your wallet’s answer was refused: {exchange.error.detail} The code still works; let your wallet try again.</span>
              </p>
            )}
          </div>
        </div>
      )}

      {exchange && (exchange.state === 'processing' || exchange.result) && (
        <div className="mt-4">
          <UploadProgressList
            items={progressItems(exchange)}
            busy={exchange.state === 'processing'}
            emailVerified={emailVerified}
            onClear={() => setExchange(null)}
          />
        </div>
      )}
    </div>
  );
}
