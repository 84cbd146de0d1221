import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { ADDR, CROWD_SIZE, NS, PREFIX, PUBLIC_NAME, TURN_NAME, crowdAddress, type Namespace } from './topology';
import { run, runIn, tryRun } from './shell';

/**
 * Builds and removes the lab's namespaces, links, routes and NAT (topology.ts). Everything it
 * makes is named with the `hsl` prefix, so leftovers of a run that crashed are found and removed.
 */
const ip = (...args: string[]) => run('ip', args);
const inNs = (ns: Namespace, ...args: string[]) => run('ip', ['-n', ns, ...args]);

/** Why this machine cannot build the lab, or null when it can (root, iproute2, iptables). */
export function labUnavailableReason(): string | null {
  if (process.platform !== 'linux') return 'network namespaces need Linux';
  if (process.getuid?.() !== 0) return 'creating network namespaces needs root';
  for (const tool of ['ip', 'iptables', 'openssl', 'sshd', 'caddy', 'turnserver', 'certutil']) {
    const path = tool === 'sshd' ? '/usr/sbin/sshd' : tool;
    if (!tryRun('sh', ['-c', `command -v ${path}`])) return `${tool} is not installed (scripts/test-fresh-machine.sh installs it)`;
  }
  const probe = `${PREFIX}-probe`;
  tryRun('ip', ['netns', 'del', probe]);
  if (!tryRun('ip', ['netns', 'add', probe])) return 'this machine does not allow creating network namespaces (ip netns add failed)';
  try {
    // NAT is the lab's router: a kernel without netfilter's nat table cannot build it.
    if (!tryRun('ip', ['netns', 'exec', probe, 'iptables', '-t', 'nat', '-A', 'POSTROUTING', '-o', 'lo', '-j', 'MASQUERADE'])) return 'iptables cannot add NAT rules in a namespace here';
    return null;
  } finally {
    tryRun('ip', ['netns', 'del', probe]);
  }
}

export function removeLabNetwork(): void {
  const names = run('ip', ['netns', 'list'])
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((name) => name.startsWith(`${PREFIX}-`));
  for (const name of names) tryRun('ip', ['netns', 'del', name]);
  // The root end of the management link dies with hsl-home; this catches a half-built one.
  tryRun('ip', ['link', 'del', `${PREFIX}-mg`]);
  try {
    for (const entry of readdirSync('/etc/netns')) if (entry.startsWith(`${PREFIX}-`)) rmSync(`/etc/netns/${entry}`, { recursive: true, force: true });
  } catch {
    // no /etc/netns: nothing of ours there
  }
}

function link(a: Namespace | 'root', aName: string, aAddr: string, b: Namespace, bName: string, bAddr: string): void {
  ip('link', 'add', aName, 'type', 'veth', 'peer', 'name', bName);
  if (a !== 'root') ip('link', 'set', aName, 'netns', a);
  ip('link', 'set', bName, 'netns', b);
  const onA = (...args: string[]) => (a === 'root' ? ip(...args) : inNs(a, ...args));
  onA('addr', 'add', aAddr, 'dev', aName);
  onA('link', 'set', aName, 'up');
  inNs(b, 'addr', 'add', bAddr, 'dev', bName);
  inNs(b, 'link', 'set', bName, 'up');
}

function hostsFile(ns: Namespace): void {
  mkdirSync(`/etc/netns/${ns}`, { recursive: true });
  writeFileSync(`/etc/netns/${ns}/hosts`, `127.0.0.1 localhost\n::1 localhost\n${ADDR.cloud} ${PUBLIC_NAME} ${TURN_NAME}\n`);
  // No DNS server exists in the lab: a lookup past the hosts file fails at once instead of timing out.
  writeFileSync(`/etc/netns/${ns}/resolv.conf`, 'nameserver 127.0.0.1\n');
}

/** A home network: a router doing NAT between its LAN and the internet, and one machine on the LAN. */
function site(router: Namespace, machine: Namespace, wan: { inet: string; router: string }, lan: string, id: string): void {
  link(NS.inet, `${PREFIX}-${id}w-i`, `${wan.inet}/28`, router, `${PREFIX}-${id}w`, `${wan.router}/28`);
  link(router, `${PREFIX}-${id}l-r`, `${lan}.1/24`, machine, `${PREFIX}-${id}l`, `${lan}.10/24`);
  inNs(router, 'route', 'add', 'default', 'via', wan.inet);
  inNs(machine, 'route', 'add', 'default', 'via', `${lan}.1`);
  runIn(router, 'sysctl', ['-qw', 'net.ipv4.ip_forward=1']);
  runIn(router, 'iptables', ['-t', 'nat', '-A', 'POSTROUTING', '-o', `${PREFIX}-${id}w`, '-j', 'MASQUERADE']);
  // Nothing from the internet starts a connection into the LAN (no port forwarding at home).
  runIn(router, 'iptables', ['-A', 'FORWARD', '-i', `${PREFIX}-${id}w`, '-m', 'conntrack', '--ctstate', 'NEW', '-j', 'DROP']);
}

export function buildLabNetwork(): void {
  removeLabNetwork();
  for (const ns of Object.values(NS)) {
    ip('netns', 'add', ns);
    inNs(ns, 'link', 'set', 'lo', 'up');
    hostsFile(ns);
  }
  runIn(NS.inet, 'sysctl', ['-qw', 'net.ipv4.ip_forward=1']);
  link(NS.inet, `${PREFIX}-cl-i`, `${ADDR.cloudGateway}/24`, NS.cloud, `${PREFIX}-cl`, `${ADDR.cloud}/24`);
  inNs(NS.cloud, 'route', 'add', 'default', 'via', ADDR.cloudGateway);
  site(NS.homeRouter, NS.home, { inet: '198.51.100.1', router: ADDR.homeWan }, '192.168.10', 'h');
  site(NS.viewerRouter, NS.viewer, { inet: '198.51.100.17', router: ADDR.viewerWan }, '192.168.20', 'v');
  site(NS.guestRouter, NS.guest, { inet: '198.51.100.33', router: ADDR.guestWan }, '192.168.30', 'g');
  // The crowd: 300 viewers on the internet, each with an address of their own.
  link(NS.inet, `${PREFIX}-cr-i`, `${ADDR.crowdGateway}/23`, NS.crowd, `${PREFIX}-cr`, `${crowdAddress(0)}/23`);
  const batch = Array.from({ length: CROWD_SIZE - 1 }, (_, i) => `address add ${crowdAddress(i + 1)}/23 dev ${PREFIX}-cr`).join('\n');
  run('ip', ['-n', NS.crowd, '-batch', '-'], `${batch}\n`);
  inNs(NS.crowd, 'route', 'add', 'default', 'via', ADDR.crowdGateway);
  // Guest and home never reach each other directly: media must go through the TURN relay.
  for (const [from, to] of [
    [ADDR.guestWan, ADDR.homeWan],
    [ADDR.homeWan, ADDR.guestWan],
  ] as const) {
    runIn(NS.inet, 'iptables', ['-A', 'FORWARD', '-s', from, '-d', to, '-j', 'DROP']);
  }
  // The test's control line into the home network (not part of the picture the journey proves).
  link('root', `${PREFIX}-mg`, `${ADDR.managementHost}/30`, NS.home, `${PREFIX}-mg-h`, `${ADDR.managementHome}/30`);
}

/** The home router loses the internet for TCP to the cloud's SSH port (a tunnel cut), and gets it back. */
export function cutTunnel(on: boolean): void {
  runIn(NS.homeRouter, 'iptables', [on ? '-I' : '-D', 'FORWARD', '-p', 'tcp', '-d', ADDR.cloud, '--dport', '22', '-j', 'DROP']);
}
