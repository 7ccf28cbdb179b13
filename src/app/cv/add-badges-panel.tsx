'use client';

import clsx from 'clsx';
import { useRouter } from 'next/navigation';
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { Field, TextArea } from '@/components/field';
import { UploadIcon } from '@/components/icons';
import { MAX_BADGE_FILE_BYTES, postBadge, type PostBadgeResult } from './post-badge';
import { UploadProgressList, type UploadItem } from './upload-progress';

const ACCEPT = '.png,.svg,.json,image/png,image/svg+xml,application/json';

type Job = { id: number; run: () => Promise<PostBadgeResult> };

/**
 * Drop zone and paste box for attaching badges. Every file or paste becomes a row in one progress list;
 * uploads go one at a time (each is verified on arrival) and the page refreshes when the queue is empty.
 */
export function AddBadgesPanel({ emailVerified }: { emailVerified: boolean }) {
  const router = useRouter();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [pasteError, setPasteError] = useState<string[]>([]);
  const [pastePending, setPastePending] = useState(false);
  const queue = useRef<Job[]>([]);
  const running = useRef(false);
  const nextId = useRef(1);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const update = (id: number, patch: Partial<UploadItem>) => setItems((list) => list.map((item) => (item.id === id ? { ...item, ...patch } : item)));

  async function drain() {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    let attachedAny = false;
    while (queue.current.length > 0) {
      const job = queue.current.shift()!;
      update(job.id, { status: 'uploading' });
      const result = await job.run();
      if (result.ok) {
        attachedAny ||= result.attached.length > 0;
        update(job.id, { status: 'done', attached: result.attached });
      } else {
        update(job.id, { status: 'error', message: result.message });
      }
    }
    running.current = false;
    setBusy(false);
    if (attachedAny) router.refresh();
  }

  function enqueue(name: string, run: () => Promise<PostBadgeResult>): number {
    const id = nextId.current++;
    setItems((list) => [...list, { id, name, status: 'waiting' }]);
    queue.current.push({ id, run });
    return id;
  }

  function addFiles(files: FileList | File[]) {
    const list = Array.from(files);
    if (list.length === 0) return;
    for (const file of list) {
      if (file.size > MAX_BADGE_FILE_BYTES) {
        const id = nextId.current++;
        setItems((all) => [
          ...all,
          { id, name: file.name, status: 'error', message: 'This file is larger than 5 MB. Badge images are small: export the badge from your wallet again.' },
        ]);
        continue;
      }
      enqueue(file.name, () => postBadge({ file }));
    }
    void drain();
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  }

  function onPaste(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = textRef.current?.value.trim() ?? '';
    if (!text) {
      setPasteError(['Paste the badge JSON, a VC-JWT or the badge’s https:// URL first.']);
      textRef.current?.focus();
      return;
    }
    setPasteError([]);
    setPastePending(true);
    enqueue('Pasted badge', async () => {
      const result = await postBadge({ text });
      setPastePending(false);
      if (result.ok && textRef.current?.value.trim() === text) textRef.current.value = '';
      return result;
    });
    void drain();
  }

  return (
    <div className="space-y-5">
      <label
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        className={clsx(
          'flex cursor-pointer flex-col items-center rounded-xl border-2 border-dashed px-4 py-7 text-center transition-colors',
          'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600',
          dragging ? 'border-brand-500 bg-brand-50' : 'border-slate-300 bg-slate-50/60 hover:border-brand-400 hover:bg-brand-50/40',
        )}
      >
        <input
          type="file"
          multiple
          accept={ACCEPT}
          aria-label="Upload badge files"
          aria-describedby="badge-files-hint"
          className="sr-only"
          onChange={(event) => {
            if (event.target.files) addFiles(event.target.files);
            event.target.value = '';
          }}
        />
        <span className="flex size-11 items-center justify-center rounded-full bg-white text-brand-700 shadow-xs ring-1 ring-slate-200">
          <UploadIcon className="size-5" />
        </span>
        <span className="mt-3 text-sm font-medium text-slate-900">
          Drop badge files here or <span className="text-brand-700 underline underline-offset-4">choose files</span>
        </span>
        <span id="badge-files-hint" className="mt-1 text-xs text-slate-500">
          Baked PNG or SVG images, or JSON files · up to 5 MB each · several at once
        </span>
      </label>

      <UploadProgressList
        items={items}
        busy={busy}
        emailVerified={emailVerified}
        onClear={() => setItems((list) => list.filter((item) => item.status === 'waiting' || item.status === 'uploading'))}
      />

      <div className="flex items-center gap-3 text-xs font-medium tracking-wide text-slate-600 uppercase" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        or
        <span className="h-px flex-1 bg-slate-200" />
      </div>

      <form onSubmit={onPaste} noValidate className="space-y-3">
        <Field name="badge-text" label="Paste a badge" hint="Badge JSON, a VC-JWT, or the badge’s https:// URL." errors={pasteError}>
          {(control) => (
            <TextArea
              {...control}
              ref={textRef}
              rows={4}
              spellCheck={false}
              autoComplete="off"
              placeholder='{"@context": …} or eyJhbGciOi… or https://…'
              className="min-h-24 font-mono text-[13px]"
              onChange={() => pasteError.length && setPasteError([])}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" pending={pastePending} className="w-full sm:w-auto">
          Add badge
        </Button>
      </form>
    </div>
  );
}
