import type { en } from '../en';
import type { Translation } from '../translation';
import { checkout } from './checkout';
import { common } from './common';
import { guest } from './guest';
import { mail } from './mail';
import { receipt } from './receipt';
import { store } from './store';

export const fr = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail } as const satisfies Translation<typeof en>;
