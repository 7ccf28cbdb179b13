import { describe, expect, it } from 'vitest';
import { renderMailHtml } from './mail-html';

describe('the HTML part of a message', () => {
  it('says what the text says: paragraphs, line breaks and clickable links', () => {
    const html = renderMailHtml('Reset your password', 'Hello Morag,\n\nFollow this link:\nhttps://jobs.example/reset?token=a.b.\n\nThanks');
    expect(html).toContain('<title>Reset your password</title>');
    expect(html).toContain('>Hello Morag,</p>');
    expect(html).toContain('Follow this link:<br><a href="https://jobs.example/reset?token=a.b"');
    expect(html).toContain('>https://jobs.example/reset?token=a.b</a>.');
    expect(html.match(/<p style="margin:0 0 16px;line-height:1.5">/g)).toHaveLength(3);
  });

  it('never interprets text as markup', () => {
    const html = renderMailHtml('<b>x</b>', 'Name: <script>alert(1)</script> & "quotes"\n\nhttps://evil.example/"><img src=x>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('<title>&lt;b&gt;x&lt;/b&gt;</title>');
  });
});
