import type { ShareVisibility } from '@/server/sharing/badge-share-policy';

type CvVisibility = 'public' | 'employers' | 'hidden';

/** Who a badge's public page is for, in the words the owner chooses from. */
export const shareChoices: { value: ShareVisibility; label: string; description: (cv: CvVisibility) => string }[] = [
  {
    value: 'default',
    label: 'Follow my CV’s visibility',
    description: (cv) =>
      cv === 'public'
        ? 'Your CV is public, so anyone with the link can open the page.'
        : cv === 'employers'
          ? 'Your CV is for employers only, so only signed-in employers can open the page.'
          : 'Your CV is hidden, so only you can open the page.',
  },
  { value: 'public', label: 'Anyone with the link', description: () => 'For LinkedIn, a portfolio or an application elsewhere. Nobody can search for it.' },
  { value: 'private', label: 'Only me', description: () => 'Nobody else can open the page, whatever your CV’s visibility.' },
];

/** Who can open the page now, as a sentence: the effective result of the choice and the CV's visibility. */
export function whoCanOpen(effective: CvVisibility): string {
  if (effective === 'public') return 'Anyone with the link can open this page.';
  if (effective === 'employers') return 'Signed-in employers can open this page; others are told it does not exist.';
  return 'Only you can open this page.';
}
