import { problemTitles, problemType, statusOf, type ErrorCode } from '@/server/errors';
import { InlineCode } from './inline-code';
import { problemExplanations } from './problem-explanations';

/** The anchor a problem's `type` links to: the part of `problemType(code)` after `#` (e.g. `problem-search-bad_cursor`). */
export function problemAnchor(code: ErrorCode): string {
  return problemType(code).split('#')[1]!;
}

/** Every problem code with its status, title and when it is sent; each row is the target of the problems' `type` links. */
export function ProblemTable() {
  const codes = Object.keys(problemExplanations) as ErrorCode[];
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs">
      <table className="block w-full text-left text-sm sm:table">
        <caption className="sr-only">Problem codes</caption>
        <thead className="hidden bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase sm:table-header-group">
          <tr>
            <th scope="col" className="px-4 py-2.5 sm:w-72">
              Code and status
            </th>
            <th scope="col" className="px-4 py-2.5">
              Title and when it happens
            </th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 sm:table-row-group">
          {codes.map((code) => (
            <tr key={code} id={problemAnchor(code)} className="block scroll-mt-24 align-top target:bg-brand-50 sm:table-row">
              <td className="block px-4 pt-3 sm:table-cell sm:py-3">
                <a href={`#${problemAnchor(code)}`} className="font-mono text-[13px] font-medium break-all text-brand-800 hover:underline">
                  {code}
                </a>
                <span className="ml-2 inline-block rounded-md bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{statusOf(code)}</span>
              </td>
              <td className="block px-4 pt-1 pb-3 text-slate-700 sm:table-cell sm:pt-3">
                <p className="font-medium text-slate-900">{problemTitles[code]}</p>
                <p className="mt-1">
                  <InlineCode text={problemExplanations[code]} />
                </p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
