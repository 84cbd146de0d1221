import { checkout } from './checkout';
import { common } from './common';
import { errorsCommon } from './errors-common';
import { errorsSettings } from './errors-settings';
import { fields } from './fields';
import { guest } from './guest';
import { mail } from './mail';
import { obsPages } from './obs-pages';
import { onstream } from './onstream';
import { receipt } from './receipt';
import { store } from './store';
import { studioConsole } from './studio-console';
import { studioEditor } from './studio-editor';
import { studioGuests } from './studio-guests';
import { studioMoney } from './studio-money';
import { studioNetwork } from './studio-network';
import { studioProgram } from './studio-program';
import { studioSettings } from './studio-settings';
import { studioShell } from './studio-shell';
import { studioTeam } from './studio-team';

/** English, the reference catalog: every other language has exactly its keys. One file per surface. */
export const en = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail, ...studioShell, ...studioSettings, ...onstream, ...obsPages, ...studioConsole, ...studioNetwork, ...studioTeam, ...studioEditor, ...studioMoney, ...studioGuests, ...studioProgram, ...fields, ...errorsCommon, ...errorsSettings } as const;
