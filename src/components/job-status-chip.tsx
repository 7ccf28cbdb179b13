import { Chip } from './chip';
import { CheckCircleIcon, ClockIcon, MinusCircleIcon } from './icons';
import { stageLabels, statusLabels, type ApplicationStage, type JobStatus } from './job-labels';
import { PencilIcon, UsersIcon } from './job-icons';

/** A role's state, as colour, icon and word: Draft (grey), Published (emerald), Closed (muted). */
export function JobStatusChip({ status }: { status: JobStatus }) {
  if (status === 'published')
    return (
      <Chip tone="verified" icon={<CheckCircleIcon className="size-3.5" />}>
        {statusLabels.published}
      </Chip>
    );
  if (status === 'draft')
    return (
      <Chip tone="neutral" icon={<PencilIcon className="size-3.5" />}>
        {statusLabels.draft}
      </Chip>
    );
  return (
    <Chip tone="muted" icon={<MinusCircleIcon className="size-3.5" />}>
      {statusLabels.closed}
    </Chip>
  );
}

const stageTones = { new: 'brand', reviewing: 'neutral', interview: 'warning', offer: 'verified', rejected: 'muted' } as const;

/** Where an application stands, in the words both sides see. */
export function ApplicationStageChip({ stage }: { stage: ApplicationStage }) {
  const icon =
    stage === 'offer' ? (
      <CheckCircleIcon className="size-3.5" />
    ) : stage === 'interview' ? (
      <UsersIcon className="size-3.5" />
    ) : stage === 'rejected' ? (
      <MinusCircleIcon className="size-3.5" />
    ) : (
      <ClockIcon className="size-3.5" />
    );
  return (
    <Chip tone={stageTones[stage]} icon={icon}>
      {stageLabels[stage]}
    </Chip>
  );
}
