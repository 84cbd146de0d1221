import { checkout } from './checkout';
import { common } from './common';
import { guest } from './guest';
import { mail } from './mail';
import { receipt } from './receipt';
import { store } from './store';

/** English, the reference catalog: every other language has exactly its keys. One file per surface. */
export const en = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail } as const;
