import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Stripe from 'stripe';
import type { Locale } from '../../../../shared/i18n/locale';
import { createTranslator } from '../../../../shared/i18n/messages';
import type { Logger } from '../../log';
import { EMPTY_FORM, renderCheckoutPage, renderMessagePage, type CheckoutFormValues } from './checkout-page';
import { StripeApiError } from './errors';
import type { ObjectStore, SessionInternal } from './object-store';
import type { CheckoutPayment, PayOutcome } from './operations/pay-checkout';
import { checkoutPageLocale } from './page-locale';
import { readBody } from './read-body';

export interface PageDeps {
  /** Normalised: starts and ends with '/'. */
  prefix(): string;
  objects: ObjectStore;
  sweep(): void;
  pay(sessionId: string, payment: CheckoutPayment): PayOutcome;
  log: Logger;
}

const MAX_FORM_BYTES = 64 * 1024;
const SESSION_ID = /^cs_test_[A-Za-z0-9]{1,100}$/;

/**
 * Serves the hosted checkout page under a path prefix (default `/checkout/`). Returns false for any
 * other path, so the studio's own HTTP server can mount it in front of its routes.
 *
 * No CSRF token is needed because the page holds no secret and acts for nobody signed in: knowing
 * the session id is the whole capability, as on Stripe. Cross-site form posts are still refused,
 * so another site cannot submit payments through a visitor's browser.
 */
export function createPageHandler(deps: PageDeps): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://rehearsal.invalid');
    const prefix = deps.prefix();
    if (!url.pathname.startsWith(prefix)) return false;
    const rest = url.pathname.slice(prefix.length);
    const [sessionId = '', action, ...extra] = rest.split('/');
    const nonce = randomBytes(16).toString('base64');
    const acceptLanguage = req.headers['accept-language'];
    const page: PageContext = {
      nonce,
      localeOf: (session) => checkoutPageLocale(session?.locale, acceptLanguage),
      reply: (status, html, session) => sendHtml(res, status, html, nonce, session ?? null),
    };
    const { reply } = page;
    // Before a session is known the browser's language is all there is.
    const message = (status: number, kind: MessageKind) => reply(status, messagePage(page, kind, null));
    if (!SESSION_ID.test(sessionId) || extra.length > 0 || (action !== undefined && action !== 'pay')) {
      message(404, 'pageNotFound');
      return true;
    }
    const isPay = action === 'pay';
    const allowed = isPay ? ['POST'] : ['GET', 'HEAD'];
    if (!allowed.includes(req.method ?? 'GET')) {
      res.setHeader('Allow', allowed.join(', '));
      message(405, 'methodNotAllowed');
      return true;
    }
    const run = isPay ? submit(deps, req, sessionId, prefix, page, res) : Promise.resolve(show(deps, sessionId, prefix, page));
    run.catch((error: unknown) => {
      if (error instanceof StripeApiError && error.status === 413) {
        message(413, 'formTooLarge');
        return;
      }
      deps.log.error('rehearsal checkout page failure', { error });
      if (!res.headersSent) message(500, 'failure');
      else res.destroy();
    });
    return true;
  };
}

type Reply = (status: number, html: string, session?: Stripe.Checkout.Session | null) => void;

/** One request's page: its CSP nonce, its language (the session's, else the browser's) and the way to answer. */
interface PageContext {
  nonce: string;
  localeOf: (session: Stripe.Checkout.Session | null) => Locale;
  reply: Reply;
}

/** The pages shown instead of the form; each has a title and a body in the `checkout.message.*` catalog. */
type MessageKind = 'pageNotFound' | 'methodNotAllowed' | 'formTooLarge' | 'failure' | 'sessionNotFound' | 'crossSite' | 'unsupportedForm';

function messagePage(page: PageContext, kind: MessageKind | 'complete' | 'expired', session: Stripe.Checkout.Session | null, link?: { href: string } | null): string {
  const locale = page.localeOf(session);
  const t = createTranslator(locale);
  return renderMessagePage({
    title: t(`checkout.message.${kind}.title`),
    message: t(`checkout.message.${kind}.body`),
    link: link && (kind === 'complete' || kind === 'expired') ? { href: link.href, label: t(`checkout.message.${kind}.link`) } : null,
    nonce: page.nonce,
    locale,
  });
}

function show(deps: PageDeps, sessionId: string, prefix: string, page: PageContext): void {
  deps.sweep();
  const found = load(deps, sessionId);
  if (!found) {
    page.reply(404, messagePage(page, 'sessionNotFound', null));
    return;
  }
  const { session, internal } = found;
  if (session.status !== 'open') {
    page.reply(200, closedPage(session, page), session);
    return;
  }
  const values = { ...EMPTY_FORM, email: session.customer_email ?? '' };
  const view = { session, internal, actionUrl: `${prefix}${session.id}/pay`, values, error: null, nonce: page.nonce, locale: page.localeOf(session) };
  page.reply(200, renderCheckoutPage(view), session);
}

async function submit(
  deps: PageDeps,
  req: IncomingMessage,
  sessionId: string,
  prefix: string,
  page: PageContext,
  res: ServerResponse,
): Promise<void> {
  const { reply } = page;
  if (isCrossSite(req)) {
    reply(403, messagePage(page, 'crossSite', null));
    return;
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') {
    reply(415, messagePage(page, 'unsupportedForm', null));
    return;
  }
  const form = new URLSearchParams(await readBody(req, MAX_FORM_BYTES));
  const field = (name: string) => form.get(name) ?? '';
  const values: CheckoutFormValues = {
    email: field('email'),
    name: field('card_name'),
    shippingName: field('shipping_name'),
    line1: field('shipping_line1'),
    line2: field('shipping_line2'),
    city: field('shipping_city'),
    state: field('shipping_state'),
    postalCode: field('shipping_postal_code'),
    country: field('shipping_country'),
  };
  const expiry = parseExpiry(field('card_expiry'));
  const found = load(deps, sessionId);
  const payment: CheckoutPayment = {
    card: field('card_number'),
    expMonth: expiry?.month ?? Number.NaN,
    expYear: expiry?.year ?? Number.NaN,
    cvc: field('card_cvc'),
    email: values.email,
    name: values.name,
  };
  if (found?.session.shipping_address_collection) {
    payment.shipping = {
      name: values.shippingName,
      line1: values.line1,
      line2: values.line2,
      city: values.city,
      state: values.state,
      postalCode: values.postalCode,
      country: values.country,
    };
  }
  const outcome = deps.pay(sessionId, payment);
  if (outcome.ok) {
    redirectAfterPayment(res, outcome.session, page);
    return;
  }
  const current = load(deps, sessionId);
  if (!current) {
    reply(404, messagePage(page, 'sessionNotFound', null));
    return;
  }
  if (current.session.status !== 'open') {
    reply(409, closedPage(current.session, page), current.session);
    return;
  }
  const status = outcome.field === 'card' && outcome.code !== 'invalid_number' && outcome.code !== 'incomplete_number' ? 402 : 400;
  const error = { message: outcome.message, field: outcome.field ?? null };
  const view = { ...current, actionUrl: `${prefix}${sessionId}/pay`, values, error, nonce: page.nonce, locale: page.localeOf(current.session) };
  reply(status, renderCheckoutPage(view), current.session);
}

function redirectAfterPayment(res: ServerResponse, session: Stripe.Checkout.Session, page: PageContext): void {
  if (session.success_url) {
    res.statusCode = 303;
    res.setHeader('Location', session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id));
    res.setHeader('Cache-Control', 'no-store');
    res.end();
    return;
  }
  page.reply(200, closedPage(session, page), session);
}

function closedPage(session: Stripe.Checkout.Session, page: PageContext): string {
  if (session.status === 'complete') {
    const href = session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', session.id);
    return messagePage(page, 'complete', session, href ? { href } : null);
  }
  return messagePage(page, 'expired', session, session.cancel_url ? { href: session.cancel_url } : null);
}

function load(deps: PageDeps, sessionId: string): { session: Stripe.Checkout.Session; internal: SessionInternal } | null {
  const session = deps.objects.get('checkout.session', sessionId);
  const internal = session ? deps.objects.sessionInternal(sessionId) : null;
  return session && internal ? { session, internal } : null;
}

/** "12/34", "12 / 2034", "1234" → month and four-digit year; null when it is not a date. */
export function parseExpiry(text: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/?\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const year = Number(match[2]);
  return { month: Number(match[1]), year: match[2].length === 2 ? 2000 + year : year };
}

/**
 * Browsers say where a form post comes from (Sec-Fetch-Site; older ones only Origin). Only a
 * different site is refused: a reverse proxy or tunnel in front of the studio changes neither.
 */
function isCrossSite(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site) return site === 'cross-site';
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return false;
  const hosts = [req.headers.host, req.headers['x-forwarded-host']].flat().filter((h): h is string => typeof h === 'string');
  try {
    return !hosts.includes(new URL(origin).host);
  } catch {
    return true;
  }
}

function sendHtml(res: ServerResponse, status: number, html: string, nonce: string, session: Stripe.Checkout.Session | null): void {
  const formTargets = [session?.success_url, session?.cancel_url]
    .map((u) => {
      try {
        return u ? new URL(u).origin : null;
      } catch {
        return null;
      }
    })
    .filter((o): o is string => o !== null);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      // The form posts here and is then redirected to the seller's success page.
      `form-action 'self' ${[...new Set(formTargets)].join(' ')}`.trim(),
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
  );
  res.end(html);
}
