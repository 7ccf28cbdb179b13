// Integration: real PostgreSQL, real signatures; the artwork kept from a baked upload and who may load it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { badges, cvs } from '@/server/db/schema';
import { createOrgOwnerViewer, createSeeker, seekerViewer, testDatabase } from '@/server/testing/integration';
import { artworkPath } from './artwork';
import { attachBadges } from './attach-badges';
import { artworkForViewer } from './badge-artwork';
import { bakePng, badgeImagePng } from './issuing/bake';
import { ob3Credential, signDataIntegrity } from './issuing/issue-ob3';
import { didKeyIssuer } from './issuing/issuer-keys';
import { readPngBadge } from './parse/png';
import { configureSafeFetch } from '@/server/net/safe-fetch';

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

async function bakedBadge(email: string, image?: string) {
  const issuer = await didKeyIssuer('artwork-academy');
  const credential = ob3Credential({
    issuer,
    issuerName: 'Artwork Academy',
    recipientEmail: email,
    achievement: { id: `https://artwork.example/a/${Date.now()}`, name: 'Drawing Badges', description: 'Draws.', criteria: 'Drew.', image },
  });
  const json = JSON.stringify(await signDataIntegrity(credential, issuer));
  return { json, png: bakePng(badgeImagePng([200, 30, 90]), json, 'openbadgecredential') };
}

describe('badge artwork', () => {
  it('keeps the uploaded baked picture (without the credential) and serves it to whoever may see the badge', async () => {
    const seeker = await createSeeker(db);
    const { png } = await bakedBadge(seeker.email);
    const [attached] = await attachBadges(db, seeker, { kind: 'file', filename: 'badge.png', bytes: png });
    const [row] = await db.select().from(badges).where(eq(badges.id, attached!.id));
    expect(row!.imageUrl).toBe(artworkPath(attached!.id));

    const image = await artworkForViewer(db, seekerViewer(seeker), attached!.id);
    expect(image.contentType).toBe('image/png');
    expect(() => readPngBadge(image.bytes)).toThrow(/carries no badge/);

    // A hidden CV's badge is nobody else's business, image included.
    await db.update(cvs).set({ visibility: 'hidden' }).where(eq(cvs.id, seeker.cvId));
    const employer = await createOrgOwnerViewer(db);
    await expect(artworkForViewer(db, employer, attached!.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(artworkForViewer(db, null, attached!.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('fetches an achievement image from the issuer’s site once, at attach time, and serves it itself; never links it', async () => {
    const picture = bakePng(badgeImagePng([10, 120, 60]), 'issuer notes', 'openbadges');
    const site = http.createServer((request, response) => {
      if (request.url === '/badge.png') return void response.writeHead(200, { 'content-type': 'image/png' }).end(picture);
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>not an image</html>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const origin = `127.0.0.1:${(site.address() as AddressInfo).port}`;
    configureSafeFetch({ allowHosts: [origin] });
    try {
      const seeker = await createSeeker(db);
      const { json } = await bakedBadge(seeker.email, `http://${origin}/badge.png`);
      const [attached] = await attachBadges(db, seeker, { kind: 'text', text: json });
      const [row] = await db.select().from(badges).where(eq(badges.id, attached!.id));
      expect(row!.imageUrl).toBe(artworkPath(attached!.id));
      const image = await artworkForViewer(db, seekerViewer(seeker), attached!.id);
      expect(image.bytes.includes(Buffer.from('issuer notes'))).toBe(false);

      const other = await createSeeker(db);
      const page = await bakedBadge(other.email, `http://${origin}/page.html`);
      const [withPage] = await attachBadges(db, other, { kind: 'text', text: page.json });
      expect((await db.select().from(badges).where(eq(badges.id, withPage!.id)))[0]!.imageUrl).toBeNull();
    } finally {
      configureSafeFetch({});
      site.closeAllConnections();
      await new Promise<void>((resolve) => site.close(() => resolve()));
    }
  });
});
