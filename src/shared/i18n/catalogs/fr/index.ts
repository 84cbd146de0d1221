import type { en } from '../en';
import type { Translation } from '../translation';
import { actors } from './actors';
import { checkout } from './checkout';
import { common } from './common';
import { errorsBooks } from './errors-books';
import { errorsCommon } from './errors-common';
import { errorsGoingPublic } from './errors-going-public';
import { errorsGuests } from './errors-guests';
import { errorsMail } from './errors-mail';
import { errorsPurchases } from './errors-purchases';
import { errorsStudio } from './errors-studio';
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

export const fr = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail, ...studioShell, ...studioSettings, ...onstream, ...obsPages, ...studioConsole, ...studioNetwork, ...studioTeam, ...studioEditor, ...studioMoney, ...studioGuests, ...studioProgram, ...fields, ...errorsCommon, ...actors, ...errorsBooks, ...errorsGoingPublic, ...errorsGuests, ...errorsMail, ...errorsPurchases, ...errorsStudio } as const satisfies Translation<typeof en>;
=======
export const fr = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail, ...studioShell, ...studioSettings, ...onstream, ...obsPages, ...studioConsole, ...studioNetwork, ...studioTeam, ...studioEditor, ...studioMoney, ...studioGuests, ...studioProgram, ...fields, ...errorsCommon, ...errorsBooks, ...errorsGoingPublic, ...errorsMail, ...errorsPurchases } as const satisfies Translation<typeof en>;
>>>>>>> errors-money
=======
export const fr = { ...common, ...store, ...checkout, ...receipt, ...guest, ...mail, ...studioShell, ...studioSettings, ...onstream, ...obsPages, ...studioConsole, ...studioNetwork, ...studioTeam, ...studioEditor, ...studioMoney, ...studioGuests, ...studioProgram, ...fields, ...errorsCommon, ...errorsGuests, ...errorsStudio } as const satisfies Translation<typeof en>;
>>>>>>> errors-studio
