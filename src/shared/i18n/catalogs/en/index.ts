import { checkout } from './checkout';
import { common } from './common';
import { guest } from './guest';
import { mail } from './mail';
import { obsPages } from './obs-pages';
import { onstream } from './onstream';
import { receipt } from './receipt';
import { store } from './store';
import { studioGuests } from './studio-guests';
import { studioProgram } from './studio-program';
import { studioSettings } from './studio-settings';
import { studioShell } from './studio-shell';

/** English, the reference catalog: every other language has exactly its keys. One file per surface. */
export const en = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail, ...studioShell, ...studioSettings, ...onstream, ...obsPages, ...studioGuests, ...studioProgram } as const;
