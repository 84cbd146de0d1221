/** Who did something: recorded in the audit log and shown as "already handled by X". */
/** `overlay`: the alert overlay page in OBS, opened by the program key; it sees alerts and nothing else. */
export type Role = 'host' | 'moderator' | 'guest' | 'viewer' | 'overlay';

export interface Actor {
  role: Role | 'system';
  /** Display name: "Host", a moderator's name, "Stripe", "Show end". */
  name: string;
}
