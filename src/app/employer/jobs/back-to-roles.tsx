import Link from 'next/link';
import { ArrowLeftIcon } from '@/components/icons';

/** The way back to the organisation's list of roles, above each employer page about one role. */
export function BackToRoles() {
  return (
    <Link href="/employer/jobs" className="inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900">
      <ArrowLeftIcon className="size-4" /> Your roles
    </Link>
  );
}
