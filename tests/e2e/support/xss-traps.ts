import type { BrowserContext, Page } from 'playwright-core';

/**
 * Traps for the XSS tests: anything a payload could make the page run shows up in a list
 * (dialogs, `window.__xss(n)`, CSP violations, inline handlers or javascript: URLs in the DOM), and
 * every string drawn on a canvas with fillText is recorded (the program and overlay draw buyer
 * text there, never as markup).
 */

/** The little of the browser these checks touch (tests compile without the DOM library). */
interface PageElement {
  tagName: string;
  attributes: Iterable<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
}
export interface TrapGlobals {
  __hits: string[];
  __drawn: string[];
  __xss: (n: unknown) => void;
  CanvasRenderingContext2D: { prototype: { fillText: (text: string, x: number, y: number, maxWidth?: number) => void } };
  document: {
    body: { textContent: string | null };
    querySelectorAll(selector: string): Iterable<PageElement & { value?: string }>;
    addEventListener(type: 'securitypolicyviolation', listener: (e: { violatedDirective: string; blockedURI: string; sourceFile: string }) => void): void;
  };
}

export async function installTraps(context: BrowserContext): Promise<void> {
  // A function, not a string: it runs in the page, where the types above describe what it touches.
  await context.addInitScript(() => {
    const w = globalThis as unknown as TrapGlobals;
    w.__hits = [];
    w.__drawn = [];
    w.__xss = (n) => w.__hits.push(`__xss(${String(n)})`);
    w.document.addEventListener('securitypolicyviolation', (e) => {
      // zod probes once whether eval is allowed (and is told no); that probe comes from our own bundle.
      if (e.blockedURI === 'eval' && /\/assets\//.test(e.sourceFile)) return;
      w.__hits.push(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
    });
    const fillText = w.CanvasRenderingContext2D.prototype.fillText;
    w.CanvasRenderingContext2D.prototype.fillText = function (this: unknown, text: string, x: number, y: number, maxWidth?: number) {
      if (w.__drawn.length < 20_000 && !w.__drawn.includes(text)) w.__drawn.push(text);
      if (maxWidth === undefined) fillText.call(this, text, x, y);
      else fillText.call(this, text, x, y, maxWidth);
    };
  });
}

/** Opens a page whose dialogs (alert, confirm, prompt) are recorded as hits. */
export async function openTrapped(context: BrowserContext, url: string, hits: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    hits.push(`dialog on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return page;
}

/** Whatever ran, plus any element carrying an inline event handler or a javascript: URL. */
export async function trapped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as TrapGlobals;
    const found = [...w.__hits];
    for (const element of w.document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}> in the DOM`);
        if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attribute.name) && /^\s*(javascript|data):/i.test(attribute.value)) {
          found.push(`${attribute.name}=${attribute.value.slice(0, 40)} in the DOM`);
        }
      }
      if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(element.tagName)) found.push(`<${element.tagName.toLowerCase()}> in the DOM`);
      if (element.tagName === 'SCRIPT' && !element.getAttribute('src')) found.push('inline <script> in the DOM');
    }
    return found;
  });
}

/** The page's text, plus what its form fields hold (a name prefilled in an input is shown too). */
export const pageText = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as TrapGlobals;
    const values = [...w.document.querySelectorAll('input, textarea')].map((e) => e.value ?? '');
    return `${w.document.body.textContent ?? ''}\n${values.join('\n')}`;
  });

/** Every string the page drew on a canvas. */
export const drawnText = (page: Page) => page.evaluate(() => [...(globalThis as unknown as TrapGlobals).__drawn]);
