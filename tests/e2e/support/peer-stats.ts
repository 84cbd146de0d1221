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
  /** Per open connection receiving video: frames decoded so far, and the size of the last one (0 before any). */
  inbound: { framesDecoded: number; frameWidth: number; frameHeight: number }[];
  /**
   * Per open connection sending video: whether the encoding is active, frames encoded so far, the
   * size sent now, and what (if anything) makes WebRTC send less than asked ('cpu', 'bandwidth').
   */
  outbound: { active: boolean; framesEncoded: number; frameWidth: number; frameHeight: number; qualityLimitationReason: string }[];
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
        const size = { frameWidth: Number(report.frameWidth ?? 0), frameHeight: Number(report.frameHeight ?? 0) };
        if (report.type === 'inbound-rtp') stats.inbound.push({ framesDecoded: Number(report.framesDecoded ?? 0), ...size });
        if (report.type === 'outbound-rtp')
          stats.outbound.push({ active: report.active !== false, framesEncoded: Number(report.framesEncoded ?? 0), qualityLimitationReason: typeof report.qualityLimitationReason === 'string' ? report.qualityLimitationReason : 'none', ...size });
      });
    }
    return stats;
  });
}

/** The candidate types (host, srflx, relay) of each open connection's selected pair: how media really flows. */
export async function selectedCandidateTypes(page: Page): Promise<{ local: string; remote: string }[]> {
  return page.evaluate(async () => {
    const connections = (globalThis as unknown as { __peerConnections?: StatsConnection[] }).__peerConnections ?? [];
    const pairs: { local: string; remote: string }[] = [];
    for (const connection of connections) {
      if (connection.connectionState !== 'connected') continue;
      const reports = new Map<string, Record<string, unknown>>();
      (await connection.getStats()).forEach((report) => reports.set(String(report.id), report));
      for (const report of reports.values()) {
        if (report.type !== 'transport' || typeof report.selectedCandidatePairId !== 'string') continue;
        const pair = reports.get(report.selectedCandidatePairId);
        const local = reports.get(String(pair?.localCandidateId));
        const remote = reports.get(String(pair?.remoteCandidateId));
        pairs.push({ local: String(local?.candidateType), remote: String(remote?.candidateType) });
      }
    }
    return pairs;
  });
}

/** For a failing test's message: each connection's state, ICE server addresses (never credentials) and candidates. */
export async function peerDiagnostics(page: Page): Promise<string> {
  return page.evaluate(async () => {
    interface Diagnosed extends StatsConnection {
      iceConnectionState: string;
      getConfiguration(): { iceServers?: { urls: string | string[] }[]; iceTransportPolicy?: string };
    }
    const connections = (globalThis as unknown as { __peerConnections?: Diagnosed[] }).__peerConnections ?? [];
    const lines: string[] = [];
    for (const connection of connections) {
      const config = connection.getConfiguration();
      lines.push(`${connection.connectionState}/${connection.iceConnectionState} policy=${config.iceTransportPolicy ?? 'all'} servers=${JSON.stringify((config.iceServers ?? []).map((s) => s.urls))}`);
      (await connection.getStats()).forEach((report) => {
        if (report.type === 'local-candidate' || report.type === 'remote-candidate') lines.push(`  ${String(report.type)} ${String(report.candidateType)} ${String(report.address)}:${String(report.port)} ${String(report.protocol)}`);
        if (report.type === 'candidate-pair') lines.push(`  pair ${String(report.state)} nominated=${String(report.nominated)}`);
      });
    }
    return lines.join('\n') || '(no peer connections)';
  });
}

/** How many RTCPeerConnections the page has made so far (a renegotiation-free change makes none). */
export async function peerConnectionsMade(page: Page): Promise<number> {
  return page.evaluate(() => ((globalThis as unknown as { __peerConnections?: unknown[] }).__peerConnections ?? []).length);
}

/** Each open connection's video sender scale (`scaleResolutionDownBy` of its first encoding; 1 when unset). */
export async function videoSenderScales(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    interface Sending {
      connectionState: string;
      getSenders(): { track: { kind: string } | null; getParameters(): { encodings: { scaleResolutionDownBy?: number }[] } }[];
    }
    const connections = (globalThis as unknown as { __peerConnections?: Sending[] }).__peerConnections ?? [];
    return connections
      .filter((c) => c.connectionState !== 'closed')
      .flatMap((c) => c.getSenders().filter((s) => s.track?.kind === 'video'))
      .map((s) => s.getParameters().encodings[0]?.scaleResolutionDownBy ?? 1);
  });
}
