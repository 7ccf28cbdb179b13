/** Runs once when the server starts: make sure the indices exist, then drain the outbox in-process. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startAppBackground } = await import('./server/background');
  await startAppBackground();
}
