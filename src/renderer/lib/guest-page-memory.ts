/**
 * What a guest's tab remembers across a reload (sessionStorage, this tab only): that they were in
 * the green room, with which name and devices, so a reload puts them straight back without asking.
 */
export interface GuestMemory {
  name: string;
  cameraId: string | null;
  microphoneId: string | null;
}

const key = (token: string) => `hotseat.guest.${token.slice(-12)}`;

export function rememberGuest(token: string, memory: GuestMemory): void {
  try {
    sessionStorage.setItem(key(token), JSON.stringify(memory));
  } catch {
    /* private mode: a reload asks again */
  }
}

export function recallGuest(token: string): GuestMemory | null {
  try {
    const raw = sessionStorage.getItem(key(token));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<GuestMemory>;
    if (typeof value.name !== 'string') return null;
    return { name: value.name, cameraId: value.cameraId ?? null, microphoneId: value.microphoneId ?? null };
  } catch {
    return null;
  }
}

export function forgetGuest(token: string): void {
  try {
    sessionStorage.removeItem(key(token));
  } catch {
    /* nothing to forget */
  }
}
