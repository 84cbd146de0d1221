/**
 * The frame every buyer email shares: plain text and HTML from the same parts, so the two always
 * say the same. Every string is escaped on its way into HTML (buyer names and messages are
 * untrusted; so, for a buyer's mail client, are show and offer titles); links are the studio's own.
 */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type Part = { kind: 'para'; text: string } | { kind: 'link'; label: string; url: string } | { kind: 'small'; text: string };

export const para = (text: string): Part => ({ kind: 'para', text });
export const link = (label: string, url: string): Part => ({ kind: 'link', label, url });
export const small = (text: string): Part => ({ kind: 'small', text });

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** A subject is a header: no line breaks, whatever a title holds. */
export const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, ' ').trim();

/** `lang`: the language the words are in, so mail clients read them aloud and hyphenate right. */
export function renderMail(subject: string, parts: readonly Part[], footer: string, lang = 'en'): RenderedMail {
  const text = [...parts.map(textOf), '', '-- ', footer].join('\n');
  const body = parts.map(htmlOf).join('\n');
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(oneLine(subject))}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f6;font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#1d1d24">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
${body}
<p style="margin-top:24px;color:#6b6b78;font-size:12px">${escapeHtml(footer)}</p>
</div></body></html>`;
  return { subject: oneLine(subject), text, html };
}

function textOf(part: Part): string {
  switch (part.kind) {
    case 'para':
    case 'small':
      return `${part.text}\n`;
    case 'link':
      return `${part.label}:\n${part.url}\n`;
  }
}

function htmlOf(part: Part): string {
  switch (part.kind) {
    case 'para':
      return `<p style="line-height:1.5">${escapeHtml(part.text).replace(/\n/g, '<br>')}</p>`;
    case 'small':
      return `<p style="line-height:1.4;color:#6b6b78;font-size:13px">${escapeHtml(part.text)}</p>`;
    case 'link':
      return `<p><a href="${escapeHtml(part.url)}" style="display:inline-block;background:#5b3df5;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">${escapeHtml(part.label)}</a></p>`;
  }
}
