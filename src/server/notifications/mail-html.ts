import 'server-only';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** One line of a message: escaped, its http(s) links made clickable (the rest stays text). */
function inline(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    html += escape(line.slice(last, match.index));
    html += `<a href="${escape(url)}" style="color:#4338ca;word-break:break-all">${escape(url)}</a>`;
    last = match.index + url.length;
  }
  return html + escape(line.slice(last));
}

/**
 * The HTML part of every message Badgeboard sends, made from its text part so the two always say the same: the same
 * layout for all (brand line, paragraphs, a footer saying why it was sent), inline styles because mail clients drop
 * style sheets, and nothing from the text ever interpreted as markup.
 */
export function renderMailHtml(subject: string, text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p style="margin:0 0 16px;line-height:1.5">${block.split('\n').map(inline).join('<br>')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(subject)}</title></head>
<body style="margin:0;padding:0;background:#f8fafc;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 16px;font-weight:600;color:#4338ca">Badgeboard</p>
<div style="background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;padding:24px;font-size:15px">
${paragraphs}
</div>
<p style="margin:16px 0 0;font-size:12px;color:#64748b">You get this message because of your Badgeboard account or a request made with your address.</p>
</div>
</body>
</html>`;
}
