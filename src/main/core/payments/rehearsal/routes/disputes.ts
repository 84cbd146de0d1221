import { invalidParam } from '../errors';
import { listObject } from '../objects/list';
import { loadDispute } from '../operations/context';
import { closeDispute, TEXT_EVIDENCE_FIELDS, updateDispute, type UpdateDisputeInput } from '../operations/disputes';
import { readPageRequest } from '../paging';
import type { ParamReader } from '../params';
import { pathArg, type Route } from './route';

/** Evidence fields Stripe fills with uploaded file ids; there are no Files here to point at. */
const FILE_EVIDENCE_FIELDS = [
  'cancellation_policy',
  'customer_communication',
  'customer_signature',
  'duplicate_charge_documentation',
  'receipt',
  'refund_policy',
  'service_documentation',
  'shipping_documentation',
  'uncategorized_file',
] as const;

export const disputeRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v1\/disputes$/,
    writes: false,
    prepare(params) {
      const page = readPageRequest(params);
      const filter = { charge: params.string('charge'), payment_intent: params.string('payment_intent') };
      return (ctx) => {
        const result = ctx.objects.list('dispute', filter, page);
        return listObject('/v1/disputes', result.data, result.hasMore);
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/disputes\/([^/]+)$/,
    writes: false,
    prepare(_params, args) {
      const id = pathArg(args, 0);
      return (ctx) => loadDispute(ctx, id);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/disputes\/([^/]+)$/,
    writes: true,
    prepare(params, args) {
      const id = pathArg(args, 0);
      const input = readUpdate(params);
      return (ctx) => updateDispute(ctx, loadDispute(ctx, id), input);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/disputes\/([^/]+)\/close$/,
    writes: true,
    prepare(_params, args) {
      const id = pathArg(args, 0);
      return (ctx) => closeDispute(ctx, loadDispute(ctx, id));
    },
  },
];

function readUpdate(params: ParamReader): UpdateDisputeInput {
  const evidence: UpdateDisputeInput['evidence'] = {};
  const given = params.object('evidence');
  if (given) {
    for (const field of FILE_EVIDENCE_FIELDS) {
      if (given.has(field)) throw invalidParam(given.name(field), 'The rehearsal Stripe server has no Files: send evidence as text fields instead.');
    }
    for (const field of TEXT_EVIDENCE_FIELDS) {
      const value = given.string(field, { maxLength: 20_000 });
      if (value !== undefined) evidence[field] = value;
    }
  }
  const submit = params.oneOf('submit', ['true', 'false'] as const);
  const input: UpdateDisputeInput = { evidence };
  const metadata = params.metadata('metadata');
  if (metadata) input.metadata = metadata;
  if (submit) input.submit = submit === 'true';
  return input;
}
