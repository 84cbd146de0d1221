import { invalidRequest, resourceMissing } from '../errors';
import type { EventFilter } from '../event-log';
import { listObject } from '../objects/list';
import { readPageRequest } from '../paging';
import { pathArg, type Route } from './route';

export const eventRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v1\/events$/,
    writes: false,
    prepare(params) {
      const page = readPageRequest(params);
      const type = params.string('type');
      const types = params.stringArray('types');
      params.string('delivery_success');
      if (type && types) throw invalidRequest('You may pass either type or types, but not both.', { param: 'types' });
      if (types && types.length > 20) throw invalidRequest('You may pass at most 20 event types.', { param: 'types' });
      const filter: EventFilter = {};
      if (type) filter.typePattern = type;
      if (types) filter.types = types;
      return (ctx) => {
        const result = ctx.events.list(filter, page);
        return listObject('/v1/events', result.data, result.hasMore);
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/events\/([^/]+)$/,
    writes: false,
    prepare(_params, args) {
      const id = pathArg(args, 0);
      return (ctx) => {
        const event = ctx.events.get(id);
        if (!event) throw resourceMissing('event', id, 'id');
        return event;
      };
    },
  },
];
