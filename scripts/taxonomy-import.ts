/**
 * npm run taxonomy:import -- <esco-folder>                      ESCO CSV download (or the shipped data/esco)
 * npm run taxonomy:import -- --framework "Name" <file.csv>      a custom framework: code,label[,parent,description,alt_labels,type]
 */
import '@/server/devstack/react-server-condition';
import { openDatabase } from '@/server/db/client';
import { chooseDatabase } from '@/server/devstack/database';
import { progressBar } from '@/server/devstack/progress';
import { AppError } from '@/server/errors';
import { readEscoFolder } from '@/server/taxonomy/esco/read-esco-folder';
import { importTaxonomy } from '@/server/taxonomy/import-taxonomy';
import { readCustomFramework } from '@/server/taxonomy/read-custom-framework';

const args = process.argv.slice(2);
const frameworkFlag = args.indexOf('--framework');
const frameworkName = frameworkFlag >= 0 ? args[frameworkFlag + 1] : undefined;
const target = args.filter((_, i) => i !== frameworkFlag && i !== frameworkFlag + 1)[0];
if (!target || (frameworkFlag >= 0 && !frameworkName)) {
  console.error('Usage: npm run taxonomy:import -- <esco-folder>\n       npm run taxonomy:import -- --framework "Framework name" <file.csv>');
  process.exit(2);
}

try {
  const batch = frameworkName ? readCustomFramework(target, { name: frameworkName }) : readEscoFolder(target);
  console.log(
    `Read ${batch.concepts.length.toLocaleString('en-GB')} concepts and ${batch.edges.length.toLocaleString('en-GB')} broader links of ${batch.framework.name}.`,
  );
  const database = await chooseDatabase();
  const handle = await openDatabase(database.url, { max: 1 });
  const bars = new Map<string, ReturnType<typeof progressBar>>();
  try {
    const summary = await importTaxonomy(handle.db, batch, (phase, done, total) => {
      let bar = bars.get(phase);
      if (!bar) bars.set(phase, (bar = progressBar(`  ${phase.padEnd(8)}`, { total, unit: phase === 'closure' ? 'step' : 'rows' })));
      bar.update(done, total);
    });
    console.log(
      `\n✓ Imported ${summary.framework}: ${summary.concepts.toLocaleString('en-GB')} concepts (${summary.labelled.toLocaleString('en-GB')} with labels), ` +
        `${summary.edges.toLocaleString('en-GB')} links, ${summary.closureRows.toLocaleString('en-GB')} closure rows in ${summary.seconds.toFixed(1)}s into ${database.detail}.`,
    );
    console.log('  Run `npm run reindex` so badges and jobs pick up new ancestors.');
  } finally {
    await handle.close();
  }
} catch (error) {
  console.error(`\n✗ ${error instanceof AppError ? error.message : error instanceof Error ? error.stack : error}\nNothing was changed.`);
  process.exit(1);
}
