import type { checkout as english } from '../en/checkout';
import type { Translation } from '../translation';

export const checkout = {} as const satisfies Translation<typeof english>;
