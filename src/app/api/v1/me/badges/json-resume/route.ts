import { appBaseUrl } from '@/app/base-url';
import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { myBadgesJsonResume } from '@/server/sharing/shared-badges';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.exportBadgesJsonResume, async ({ caller }) => {
  const resume = await myBadgesJsonResume(await getDb(), sessionViewer(caller), await appBaseUrl());
  return new Response(JSON.stringify(resume, null, 2), {
    headers: {
      'content-type': 'application/json',
      'content-disposition': 'attachment; filename="badgeboard-resume.json"',
      'cache-control': 'no-store',
    },
  });
});
