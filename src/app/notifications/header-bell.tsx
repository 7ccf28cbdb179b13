import 'server-only';
import { NotificationBell } from '@/components/notification-bell';
import { getViewer } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
import { unreadCount } from '@/server/notifications/notify';

/** The header's bell with the viewer's unread count; a failed count shows the bell without a number. */
export async function HeaderBell() {
  const viewer = await getViewer();
  if (!viewer) return null;
  let count = 0;
  try {
    count = await unreadCount(await getDb(), viewer.id);
  } catch (error) {
    console.error('[notifications] unread count failed', error);
  }
  return <NotificationBell count={count} />;
}
