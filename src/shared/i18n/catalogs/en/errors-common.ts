/**
 * Errors any page can meet: the input's fields, the connection to the studio, its HTTP API. Each
 * core area words its own refusals in its own `errors-*.ts`.
 */
export const errorsCommon = {
  'error.invalidFields': '{fields}',
  'error.notConnected': 'Not connected to the studio. Try again once it is back online.',
  'error.noAnswer': 'The studio did not answer in time. Check the result before trying again.',
  'error.pageClosed': 'The page closed its connection before the studio answered.',
  'error.connectionDropped': 'The connection to the studio dropped before it answered. Check the result before trying again.',
  'error.badAnswer': 'The studio sent an answer this page does not understand. Reload the page.',
  'error.requestCancelled': 'The request was cancelled.',
  'error.unreachable': 'Can’t reach the server. Check your connection and try again.',
  'error.serverStatus': 'The server answered {status} {statusText}.',
  'error.helloFirst': 'Say hello with your token first.',
  'error.tooManyCommands': 'Too many commands at once. Slow down a little.',
  'error.unknownCommand': 'Unknown command. If this page is older than the studio, reload it.',
  'error.forbiddenCommand': '{role, select, moderator {A moderator} guest {A guest} overlay {The overlay} host {The host} other {This page}} cannot do “{command}”.',
  'error.storage':
    '{state, select, busy {Could not save: the studio’s database is locked by another program (a backup, sync or database tool?). Close that program; the studio keeps trying.} full {Could not save: the disk is full. Free some disk space; the studio keeps trying.} other {Could not save: the disk refused the write ({code}). Check that the disk is connected and writable; the studio keeps trying.}}',
  'error.commandNotSaved':
    '{state, select, busy {Could not save “{command}”: the studio’s database is locked by another program (a backup, sync or database tool?). Close that program; the studio keeps trying. Nothing was changed.} full {Could not save “{command}”: the disk is full. Free some disk space; the studio keeps trying. Nothing was changed.} other {Could not save “{command}”: the disk refused the write ({code}). Check that the disk is connected and writable; the studio keeps trying. Nothing was changed.}}',
  'error.pictureNotLoaded': 'The picture could not be loaded ({status}).',
  'error.pictureUnreachable': 'The picture could not be loaded. Check your connection and try again.',
  // The HTTP API's own refusals, before a route answers (server/http-errors, server/http-server).
  'error.http.bodyTooLarge': 'The request body is too large.',
  'error.http.notJson': 'Send the request body as JSON (Content-Type: application/json).',
  'error.http.badUrl': 'This address is not valid: it contains a broken %-escape.',
  'error.http.emptyBody': 'The request body is empty; JSON was expected.',
  'error.http.invalidJson': 'The request body is not valid JSON.',
  'error.http.rateLimited': 'Too many requests. Please wait a moment and try again.',
  'error.http.refused': 'The studio could not accept this request ({code}).',
  'error.http.internal': 'Something went wrong on the studio. The host has been told.',
  'error.http.notSaved': 'The studio cannot save right now. Nothing was charged or changed; please try again in a minute.',
  'error.http.nothingHere': 'There is nothing here.',
  'error.support.hostOnly': 'Only the studio may save its logs.',
  // The desktop app's own channel to the studio page (shell/ipc).
  'error.ipc.notStudioPage': 'Only the studio page may use this.',
  'error.internal': 'The studio could not do that. Try again; if it keeps failing, restart the studio.',
} as const;
