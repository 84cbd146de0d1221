/**
 * Who has a moderator page open right now: live connections per invite, told by the hub as sockets
 * say hello and close. In memory only: after a restart every page reconnects and is counted again.
 */
export interface Presence {
  opened(subject: string): void;
  closed(subject: string): void;
  count(subject: string): number;
  /** Subjects with at least one open connection. */
  connected(): string[];
}

export function createPresence(onChange: () => void = () => {}): Presence {
  const counts = new Map<string, number>();
  return {
    opened(subject) {
      counts.set(subject, (counts.get(subject) ?? 0) + 1);
      onChange();
    },
    closed(subject) {
      const left = (counts.get(subject) ?? 0) - 1;
      if (left > 0) counts.set(subject, left);
      else counts.delete(subject);
      onChange();
    },
    count: (subject) => counts.get(subject) ?? 0,
    connected: () => [...counts.keys()],
  };
}
