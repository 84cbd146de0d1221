import { z } from 'zod';
import { ErrorReason } from './result';

/**
 * An activity log line's detail as reasons (catalog ids `activity.said.*` with their values): the
 * purchase or guest it is about, then what happened, in parts. The core writes the English from it
 * into `detail` as well, for the log file, the support bundle and a page older than the catalog.
 */
export const ActivityDetail = z.object({
  subject: ErrorReason.optional(),
  parts: z.array(ErrorReason).min(1),
});
export type ActivityDetail = z.infer<typeof ActivityDetail>;
