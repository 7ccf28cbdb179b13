import { ButtonLink } from './button';
import { Card } from './card';
import { LockIcon } from './icons';

/** Shown instead of a page when the signed-in person has another role: explains, then offers their own home. */
export function RoleRequired({ title, children, action }: { title: string; children: React.ReactNode; action?: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-lg px-4 py-10 sm:py-16">
      <Card className="p-6 text-center sm:p-10">
        <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">
          <LockIcon className="size-6" />
        </span>
        <h1 className="mt-4 text-xl font-semibold tracking-tight text-slate-900">{title}</h1>
        <div className="mt-2 text-[15px] text-slate-600">{children}</div>
        <div className="mt-6 flex flex-col justify-center gap-2 sm:flex-row">
          {action && <ButtonLink href={action.href}>{action.label}</ButtonLink>}
          <ButtonLink href="/" variant="secondary">
            Back to home
          </ButtonLink>
        </div>
      </Card>
    </div>
  );
}
