import type { guest as english } from '../en/guest';
import type { Translation } from '../translation';

export const guest = {} as const satisfies Translation<typeof english>;
