/**
 * Imported first by every script in scripts/ that loads server modules. Those modules begin with `import 'server-only'`,
 * which throws unless packages resolve with the `react-server` condition, as Next.js resolves them for server code. The
 * npm scripts run `tsx --conditions=react-server`; a script started without it stops here, saying so, instead of failing
 * later with server-only's message about Client Components.
 */
import path from 'node:path';

if (!import.meta.resolve('server-only').endsWith('/empty.js')) {
  const script = path.relative(process.cwd(), process.argv[1] ?? 'scripts/<name>.ts');
  console.error(`✗ Server modules load only with the react-server condition. Run \`npx tsx --conditions=react-server ${script}\`, or the npm script for it.`);
  process.exit(2);
}
