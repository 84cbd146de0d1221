import type { en } from '../en';
import type { Translation } from '../translation';
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

export const fr = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail, ...studioShell, ...studioSettings, ...onstream, ...obsPages, ...studioGuests, ...studioProgram } as const satisfies Translation<typeof en>;
