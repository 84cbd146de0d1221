/** Refusals of going public (Settings → Network: the server's host key, the ngrok authtoken). */
export const errorsGoingPublic = {
  'error.goingPublic.hostKeyNotOffered': 'That is not the key the server offered. Connect again, then trust the key it shows.',
  'field.goingPublic.hostKeyNotOffered': 'That is not the key the server offered. Connect again, then trust the key it shows.',
  'error.goingPublic.authtokenNotSaved': 'The authtoken was not saved: {detail}',
} as const;
