import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../log';
import { authenticate } from './auth';
import { immediate, type Db } from './db';
import { StripeApiError, idempotencyMismatch, internalError, invalidRequest, unrecognizedUrl } from './errors';
import type { EventLog } from './event-log';
import { expandResponse } from './expand';
import type { FaultInjector } from './faults';
import { FormSyntaxError, parseFormBody, type FormObject } from './form-body';
import { keyOwnerOf, requestFingerprint, type StoredResponse } from './idempotency';
import type { IdempotencyStore } from './idempotency';
import { newId } from './ids';
import type { ObjectStore } from './object-store';
import { API_VERSION } from './objects/event';
import type { OperationContext } from './operations/context';
import { ParamReader } from './params';
import { readBody } from './read-body';
import { matchRoute } from './routes';
import type { Route, RouteEnv } from './routes/route';

export interface ApiDeps {
  db: Db;
  objects: ObjectStore;
  events: EventLog;
  idempotency: IdempotencyStore;
  faults: FaultInjector;
  env: RouteEnv;
  /** Applies time-driven changes (expiry) that are due, so reads never show stale state. */
  sweep(): void;
  log: Logger;
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

interface Outcome extends StoredResponse {
  replayed: boolean;
}

/** Serves Stripe's `/v1` API: authentication, idempotency, faults, then the matching route. */
export function createApiHandler(deps: ApiDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      deps.log.error('rehearsal stripe api failure', { error });
      if (!res.headersSent) send(res, toOutcome(internalError()));
      else res.destroy();
    });
  };
}

async function handle(deps: ApiDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = newId('req');
  res.setHeader('Request-Id', requestId);
  res.setHeader('Stripe-Version', API_VERSION);
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://rehearsal.invalid');
  try {
    const matched = matchRoute(method, url.pathname);
    if (!matched) throw unrecognizedUrl(method, url.pathname);
    const apiKey = authenticate(req.headers.authorization);
    const raw = method === 'GET' ? url.search.slice(1) : await readBody(req, MAX_BODY_BYTES);
    // Faults apply once the request has fully arrived: a delayed request still acts if the client gives up.
    const fault = deps.faults.takeApiFault(method, url.pathname);
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (fault?.kind === 'http500') throw internalError('Injected fault: the rehearsal Stripe server answered 500 before acting.');
    const form = parseForm(raw);
    const idempotencyKey = method === 'POST' ? headerValue(req.headers['idempotency-key']) : null;
    if (idempotencyKey !== null && idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw invalidRequest(`Idempotency-Key must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters long.`, { param: 'Idempotency-Key' });
    }
    const call: Call = { route: matched.route, args: matched.args, form, requestId, idempotencyKey };
    const outcome = matched.route.writes
      ? immediate(deps.db, () => runWrite(deps, call, keyOwnerOf(apiKey), requestFingerprint(method, url.pathname, form)))
      : runRead(deps, call);

    if (fault?.kind === 'drop_after_commit') {
      res.destroy();
      return;
    }
    send(res, outcome);
  } catch (error) {
    if (error instanceof StripeApiError) {
      send(res, toOutcome(error));
      return;
    }
    throw error;
  }
}

interface Call {
  route: Route;
  args: string[];
  form: FormObject;
  requestId: string;
  idempotencyKey: string | null;
}

function runWrite(deps: ApiDeps, call: Call, owner: string, fingerprint: string): Outcome {
  deps.sweep();
  const key = call.idempotencyKey;
  if (key !== null) {
    const stored = deps.idempotency.lookup(owner, key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) throw idempotencyMismatch(key);
      return { status: stored.status, body: stored.body, replayed: true };
    }
  }
  // Parameter errors are thrown from here unrecorded: Stripe keeps no idempotent result for them.
  const action = prepare(deps, call);
  let outcome: Outcome;
  try {
    // A savepoint: a refusal mid-action undoes the action's writes but is still recorded below.
    outcome = deps.db.transaction(() => ({ status: 200, body: JSON.stringify(action()), replayed: false }))();
  } catch (error) {
    if (!(error instanceof StripeApiError) || error.status >= 500) throw error;
    outcome = toOutcome(error);
  }
  if (key !== null) deps.idempotency.save(owner, key, fingerprint, outcome, deps.env.nowMs());
  return outcome;
}

function runRead(deps: ApiDeps, call: Call): Outcome {
  deps.sweep();
  const action = prepare(deps, call);
  const body = deps.db.transaction(() => JSON.stringify(action()))();
  return { status: 200, body, replayed: false };
}

function prepare(deps: ApiDeps, call: Call): () => unknown {
  const params = new ParamReader(call.form);
  const expand = params.stringArray('expand') ?? [];
  const run = call.route.prepare(params, call.args, deps.env);
  params.finish();
  const ctx: OperationContext = {
    objects: deps.objects,
    events: deps.events,
    nowMs: deps.env.nowMs,
    request: { id: call.requestId, idempotency_key: call.idempotencyKey },
  };
  return () => expandResponse(deps.objects, run(ctx), expand);
}

function parseForm(raw: string): FormObject {
  try {
    return parseFormBody(raw);
  } catch (error) {
    if (error instanceof FormSyntaxError) throw invalidRequest(error.message, { param: error.param });
    throw error;
  }
}

function headerValue(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? null : first;
}

function toOutcome(error: StripeApiError): Outcome {
  return { status: error.status, body: JSON.stringify(error.toJSON()), replayed: false };
}

function send(res: ServerResponse, outcome: Outcome): void {
  res.statusCode = outcome.status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-cache, no-store');
  if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
  if (outcome.status >= 500) res.setHeader('Stripe-Should-Retry', 'true');
  res.end(outcome.body);
}
