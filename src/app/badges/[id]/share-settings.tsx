'use client';

import { useState, useTransition } from 'react';
import { ChoiceCard } from '@/components/choice-card';
import { CopyField } from '@/components/copy-field';
import type { ShareVisibility } from '@/server/sharing/badge-share-policy';
import { setBadgeShareAction } from './actions';
import { shareChoices, whoCanOpen } from './share-options';

type CvVisibility = 'public' | 'employers' | 'hidden';

function effective(choice: ShareVisibility, cv: CvVisibility): CvVisibility {
  return choice === 'public' ? 'public' : choice === 'private' ? 'hidden' : cv;
}

/**
 * The owner's choice of who may open the badge's public page, saved as soon as it is picked, and the link to copy.
 * A badge that never verified stays the owner's alone whatever is chosen (see `canViewSharedBadge`).
 */
export function ShareSettings({
  badgeId,
  initial,
  cvVisibility,
  pageUrl,
  everVerified,
}: {
  badgeId: string;
  initial: ShareVisibility;
  cvVisibility: CvVisibility;
  pageUrl: string;
  everVerified: boolean;
}) {
  const [choice, setChoice] = useState<ShareVisibility>(initial);
  const [saved, setSaved] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function choose(value: string) {
    const next = value as ShareVisibility;
    const before = choice;
    setChoice(next);
    setSaved(null);
    startTransition(async () => {
      const result = await setBadgeShareAction({ badgeId, visibility: next });
      if (result.ok)
        setSaved({
          tone: 'ok',
          text: `Saved. ${everVerified ? whoCanOpen(effective(next, cvVisibility)) : 'Others can open the page once the badge has verified.'}`,
        });
      else {
        setChoice(before);
        setSaved({ tone: 'error', text: result.message });
      }
    });
  }

  return (
    <div className="space-y-4">
      <fieldset disabled={pending}>
        <legend className="text-sm font-medium text-slate-800">Public page: who can open it</legend>
        <div className="mt-2 grid gap-2">
          {shareChoices.map((option) => (
            <ChoiceCard
              key={option.value}
              name="share-visibility"
              value={option.value}
              label={option.label}
              description={option.description(cvVisibility)}
              checked={choice === option.value}
              onChange={choose}
            />
          ))}
        </div>
      </fieldset>
      <p role="status" className={saved?.tone === 'error' ? 'text-sm text-red-700' : 'text-sm text-slate-700'}>
        {pending ? 'Saving…' : saved?.text}
      </p>
      <CopyField id="badge-page-link" label="Link to the public page" value={pageUrl} />
      <a href={pageUrl} className="inline-flex text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
        Open the public page
      </a>
    </div>
  );
}
