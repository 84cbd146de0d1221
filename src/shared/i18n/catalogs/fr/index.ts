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
import { studioEditor } from './studio-editor';
import { studioMoney } from './studio-money';
import { studioSettings } from './studio-settings';
import { studioShell } from './studio-shell';

export const fr = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail, ...studioShell, ...studioSettings, ...onstream, ...obsPages, ...studioEditor, ...studioMoney } as const satisfies Translation<typeof en>;
