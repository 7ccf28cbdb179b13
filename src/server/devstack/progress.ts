import 'server-only';

/** Terminal progress for long CLI work: a bar with count, rate and ETA on a TTY, periodic lines otherwise. */
export function progressBar(label: string, options: { total?: number; unit?: string; stream?: NodeJS.WriteStream } = {}) {
  const stream = options.stream ?? process.stderr;
  const unit = options.unit ?? 'items';
  const started = performance.now();
  let total = options.total ?? 0;
  let lastDraw = 0;
  let lastLine = 0;

  const format = (done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 && total > done ? Math.ceil((total - done) / rate) : 0;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const width = 28;
    const filled = Math.round(share * width);
    const bar = total > 0 ? `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` : '';
    const counts = total > 0 ? `${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')}` : done.toLocaleString('en-GB');
    return `${label} ${bar}${counts} ${unit} · ${Math.round(rate).toLocaleString('en-GB')}/s${eta ? ` · ${eta}s left` : ''}`;
  };

  return {
    update(done: number, newTotal?: number) {
      if (newTotal !== undefined) total = newTotal;
      const now = performance.now();
      if (stream.isTTY) {
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r\x1b[2K${format(done)}`);
      } else if (now - lastLine > 2000 || (total > 0 && done >= total)) {
        lastLine = now;
        stream.write(`${format(done)}\n`);
      }
    },
    done(done: number, note = '') {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (stream.isTTY) stream.write('\r\x1b[2K');
      stream.write(`${label} ✓ ${done.toLocaleString('en-GB')} ${unit} in ${seconds}s${note ? ` — ${note}` : ''}\n`);
    },
  };
}

/** A numbered step line for start-up output: "[2/6] Database … done". */
export function stepper(total: number) {
  let n = 0;
  return async <T>(title: string, run: () => Promise<T>, summarise?: (value: T) => string): Promise<T> => {
    n += 1;
    const started = performance.now();
    process.stdout.write(`[${n}/${total}] ${title} …\n`);
    const value = await run();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`      ✓ ${summarise ? summarise(value) : 'done'} (${seconds}s)\n`);
    return value;
  };
}
