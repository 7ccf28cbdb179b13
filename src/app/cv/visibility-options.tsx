import type { ReactNode } from 'react';
import { BuildingIcon, EyeOffIcon, GlobeIcon } from '@/components/icons';
import type { Visibility } from '@/server/cv/schemas';

/** Who can find a CV, in the words the seeker chooses from. */
export const visibilityChoices: { value: Visibility; label: string; description: string; icon: (className: string) => ReactNode }[] = [
  {
    value: 'public',
    label: 'Public',
    description: 'Anyone with the link, and employers searching Badgeboard.',
    icon: (className) => <GlobeIcon className={className} />,
  },
  {
    value: 'employers',
    label: 'Employers only',
    description: 'Only signed-in employers can find and read it.',
    icon: (className) => <BuildingIcon className={className} />,
  },
  {
    value: 'hidden',
    label: 'Hidden',
    description: 'Nobody finds it: it leaves search. Employers you applied to keep the CV you sent them until you withdraw.',
    icon: (className) => <EyeOffIcon className={className} />,
  },
];
