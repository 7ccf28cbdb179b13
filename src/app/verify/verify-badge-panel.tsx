'use client';

import clsx from 'clsx';
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Button, Spinner } from '@/components/button';
import { Field, TextArea } from '@/components/field';
import { UploadIcon } from '@/components/icons';
import { Notice } from '@/components/notice';
import { MAX_VERIFY_FILE_BYTES, postVerify, type VerifyOutcome } from './post-verify';
import { VerificationResult } from './verification-result';

const ACCEPT = '.png,.svg,.json,.jwt,.txt,image/png,image/svg+xml,application/json,text/plain';

type State = { kind: 'idle' } | { kind: 'checking'; what: string } | { kind: 'done'; what: string; outcome: VerifyOutcome };

/**
 * Drop a badge file or paste a badge; it is checked by `POST /api/v1/verify` (nothing is stored) and its report
 * shown beneath, with the report component the badge page uses.
 */
export function VerifyBadgePanel() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [pasteError, setPasteError] = useState<string[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const checking = state.kind === 'checking';

  async function check(what: string, input: { file: File } | { text: string }) {
    setState({ kind: 'checking', what });
    const outcome = await postVerify(input);
    setState({ kind: 'done', what, outcome });
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  function checkFile(files: FileList | null) {
    const file = files?.[0];
    if (!file || checking) return;
    if (file.size > MAX_VERIFY_FILE_BYTES) {
      setState({
        kind: 'done',
        what: file.name,
        outcome: { ok: false, message: `${file.name} is larger than 5 MB. Badge images are small: export the badge from the wallet again.` },
      });
      return;
    }
    void check(file.name, { file });
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    checkFile(event.dataTransfer.files);
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
    void check('The pasted badge', { text });
  }

  const results = state.kind === 'done' && state.outcome.ok ? [state.outcome.result, ...state.outcome.result.included] : [];
  const what = state.kind === 'idle' ? '' : state.what;

  return (
    <div className="space-y-8">
      <div className="grid grid-cols-1 gap-5 md:grid-cols-2">
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
            'flex cursor-pointer flex-col items-center justify-center rounded-xl border-2 border-dashed px-4 py-8 text-center transition-colors',
            'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600',
            dragging ? 'border-brand-500 bg-brand-50' : 'border-slate-300 bg-white hover:border-brand-400 hover:bg-brand-50/40',
          )}
        >
          <input
            type="file"
            accept={ACCEPT}
            aria-label="Upload a badge file"
            aria-describedby="verify-file-hint"
            className="sr-only"
            disabled={checking}
            onChange={(event) => {
              checkFile(event.target.files);
              event.target.value = '';
            }}
          />
          <span className="flex size-11 items-center justify-center rounded-full bg-white text-brand-700 shadow-xs ring-1 ring-slate-200">
            <UploadIcon className="size-5" />
          </span>
          <span className="mt-3 text-sm font-medium text-slate-900">
            Drop a badge file here or <span className="text-brand-700 underline underline-offset-4">choose a file</span>
          </span>
          <span id="verify-file-hint" className="mt-1 text-xs text-slate-500">
            A baked PNG or SVG image, or a JSON or JWT file · up to 5 MB
          </span>
        </label>

        <form onSubmit={onPaste} noValidate className="space-y-3">
          <Field name="verify-text" label="Or paste a badge" hint="Badge JSON, a VC-JWT, or the https:// URL the badge is hosted at." errors={pasteError}>
            {(control) => (
              <TextArea
                {...control}
                ref={textRef}
                rows={4}
                spellCheck={false}
                autoComplete="off"
                placeholder='{"@context": …} or eyJhbGciOi… or https://…'
                className="min-h-28 font-mono text-[13px]"
                onChange={() => pasteError.length && setPasteError([])}
              />
            )}
          </Field>
          <Button type="submit" pending={checking && state.what === 'The pasted badge'} disabled={checking} className="w-full sm:w-auto">
            Verify
          </Button>
        </form>
      </div>

      <div ref={resultRef} tabIndex={-1} aria-live="polite" aria-busy={checking || undefined} className="space-y-6 focus:outline-none">
        {checking && (
          <p className="flex items-center gap-2 text-sm text-slate-600">
            <Spinner className="size-4 text-brand-600" />
            Checking {state.what === 'The pasted badge' ? 'the pasted badge' : state.what}: format, signature, issuer, revocation status and dates…
          </p>
        )}
        {state.kind === 'done' && !state.outcome.ok && (
          <Notice tone="error" title={`${state.what} could not be checked`}>
            {state.outcome.message}
          </Notice>
        )}
        {results.length > 0 && (
          <>
            <Notice title="This report is about the badge, not about a person">
              It shows whether the badge is genuine, unaltered, still valid and from whom. It cannot show that the badge belongs to whoever showed it to you:
              for that, ask them to share their Badgeboard CV, where the recipient is checked against addresses they have proven.
            </Notice>
            {results.length > 1 && <p className="text-sm text-slate-600">{`${what} holds ${results.length} credentials; each is checked on its own.`}</p>}
            {results.map((verification, index) => (
              <VerificationResult key={`${verification.credential.achievement.id}-${index}`} verification={verification} />
            ))}
          </>
        )}
      </div>
    </div>
  );
}
