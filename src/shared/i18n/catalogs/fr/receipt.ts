import type { receipt as english } from '../en/receipt';
import type { Translation } from '../translation';

export const receipt = {} as const satisfies Translation<typeof english>;
