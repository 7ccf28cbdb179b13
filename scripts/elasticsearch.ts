/**
 * npm run elasticsearch — starts (or reuses) the local single-node Elasticsearch npm start uses and keeps it
 * running in the foreground until Ctrl-C. Useful with `next dev` started by hand.
 */
import '@/server/devstack/react-server-condition';
import { ensureLocalElasticsearch } from '@/server/devstack/elasticsearch-node';

const node = await ensureLocalElasticsearch(process.cwd(), { port: Number(process.env.ES_PORT ?? 9200), log: (line) => console.log(`· ${line}`) });
console.log(`✓ ${node.detail}`);
if (!node.startedHere) process.exit(0);
console.log('Press Ctrl-C to stop it.');
const stop = async () => {
  await node.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
await new Promise(() => undefined);
