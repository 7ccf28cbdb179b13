import { redirect } from 'next/navigation';
import { pageViewer } from '@/server/auth/with-session';
import { homePathFor } from './home-path';

export const dynamic = 'force-dynamic';

/** Where sign-in lands when there is no callbackUrl: the browser does not know the role, the server does. */
export default async function StartPage() {
  const { viewer } = await pageViewer('/start');
  redirect(homePathFor(viewer));
}
