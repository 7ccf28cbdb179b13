import '@/server/devstack/react-server-condition';
import { migrateDatabase } from '@/server/db/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL (postgres://… or pglite:<dir>), or run `npm start`, which picks a database for you.');
  process.exit(2);
}
await migrateDatabase(url);
console.log('Migrations applied.');
