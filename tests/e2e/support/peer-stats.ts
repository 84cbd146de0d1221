import type { Page } from 'playwright-core';

/**
 * Reading a page's WebRTC video from the outside: an init script remembers every RTCPeerConnection
 * the page makes (simple-peer looks the class up when it creates a peer, so a subclass installed
 * first sees them all), and `videoStats` reads their getStats() in the page.
 */
export const TRACK_PEER_CONNECTIONS = `(() => {
  const Native = window.RTCPeerConnection;
  const all = [];
  Object.defineProperty(window, '__peerConnections', { value: all });
  window.RTCPeerConnection = class extends Native {
    constructor(...args) {
      super(...args);
      all.push(this);
    }
  };
})()`;

export interface VideoStats {
  /** Per open connection receiving video: frames decoded so far. */
  inbound: { framesDecoded: number }[];
  /** Per open connection sending video: whether the encoding is active, frames encoded so far. */
  outbound: { active: boolean; framesEncoded: number }[];
}

/** The slices of the DOM's WebRTC types the probe touches (tests compile without the DOM library). */
interface StatsConnection {
  connectionState: string;
  getStats(): Promise<{ forEach(fn: (report: Record<string, unknown>) => void): void }>;
}

export async function videoStats(page: Page): Promise<VideoStats> {
  return page.evaluate(async () => {
    const connections = (globalThis as unknown as { __peerConnections?: StatsConnection[] }).__peerConnections ?? [];
    const stats: VideoStats = { inbound: [], outbound: [] };
    for (const connection of connections) {
      if (connection.connectionState === 'closed') continue;
      (await connection.getStats()).forEach((report) => {
        if (report.kind !== 'video') return;
        if (report.type === 'inbound-rtp') stats.inbound.push({ framesDecoded: Number(report.framesDecoded ?? 0) });
        if (report.type === 'outbound-rtp') stats.outbound.push({ active: report.active !== false, framesEncoded: Number(report.framesEncoded ?? 0) });
      });
    }
    return stats;
  });
}
