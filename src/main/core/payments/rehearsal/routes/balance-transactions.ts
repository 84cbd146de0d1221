import { listObject } from '../objects/list';
import { loadBalanceTransaction } from '../operations/context';
import { readPageRequest } from '../paging';
import { pathArg, type Route } from './route';

export const balanceTransactionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v1\/balance_transactions$/,
    writes: false,
    prepare(params) {
      const page = readPageRequest(params);
      const filter = {
        source: params.string('source'),
        type: params.string('type'),
        currency: params.string('currency')?.toLowerCase(),
      };
      return (ctx) => {
        const result = ctx.objects.list('balance_transaction', filter, page);
        return listObject('/v1/balance_transactions', result.data, result.hasMore);
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/balance_transactions\/([^/]+)$/,
    writes: false,
    prepare(_params, args) {
      const id = pathArg(args, 0);
      return (ctx) => loadBalanceTransaction(ctx, id);
    },
  },
];
