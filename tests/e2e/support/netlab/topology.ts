/**
 * The small internet the namespace tests build (all addresses private to the test machine:
 * documentation and benchmarking ranges, never routed anywhere else):
 *
 *                         ┌──────────── hsl-inet (the internet: routes, and drops guest ⇄ home) ────────────┐
 *   hsl-cloud 203.0.113.10│ sshd :22, Caddy :443 (show.hotseat.test), coturn :3478                          │
 *   hsl-crowd 198.18.0.1… │ 300 viewers' addresses (each its own home, no NAT)                             │
 *   hsl-homer 198.51.100.2│ NAT ── hsl-home 192.168.10.10: the studio (and the host's Chromium)             │
 *   hsl-viewr 198.51.100.18 NAT ── hsl-viewer 192.168.20.10: a viewer's Chromium                           │
 *   hsl-guestr 198.51.100.34 NAT ── hsl-guest 192.168.30.10: the guest's Chromium                          │
 *                         └─────────────────────────────────────────────────────────────────────────────────┘
 * The test process reaches the studio for control only, over a management link into hsl-home
 * (10.231.0.1 ⇄ 10.231.0.2); nothing else crosses into the lab.
 */
export const PREFIX = 'hsl';
export const PUBLIC_NAME = 'show.hotseat.test';
export const TURN_NAME = 'turn.hotseat.test';

export const NS = {
  inet: 'hsl-inet',
  cloud: 'hsl-cloud',
  crowd: 'hsl-crowd',
  homeRouter: 'hsl-homer',
  home: 'hsl-home',
  viewerRouter: 'hsl-viewr',
  viewer: 'hsl-viewer',
  guestRouter: 'hsl-guestr',
  guest: 'hsl-guest',
} as const;
export type Namespace = (typeof NS)[keyof typeof NS];

export const ADDR = {
  cloud: '203.0.113.10',
  cloudGateway: '203.0.113.1',
  homeWan: '198.51.100.2',
  viewerWan: '198.51.100.18',
  guestWan: '198.51.100.34',
  home: '192.168.10.10',
  viewer: '192.168.20.10',
  guest: '192.168.30.10',
  managementHost: '10.231.0.1',
  managementHome: '10.231.0.2',
  crowdGateway: '198.18.1.254',
} as const;

/** Crowd addresses: 198.18.0.1 … (300 of them, in 198.18.0.0/23). */
export function crowdAddress(i: number): string {
  return `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`;
}
export const CROWD_SIZE = 300;
