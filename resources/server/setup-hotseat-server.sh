#!/usr/bin/env bash
# Sets a fresh Debian 12 / Ubuntu 22.04+ server up as a Hotseat studio's public address:
#   - Caddy terminates HTTPS for your domain (a Let's Encrypt certificate, renewed by itself) and
#     forwards to the studio's SSH reverse tunnel on the server's loopback;
#   - sshd lets exactly one key (the studio's) open exactly that tunnel port, and nothing else;
#   - coturn relays guests' and moderators' video when their network blocks a direct path (TURN
#     with time-limited credentials from a shared secret: the studio mints them per page).
# Usage (as root, DNS of --domain already pointing at this server):
#   bash setup-hotseat-server.sh --domain show.example.com --key 'ssh-ed25519 AAAA… hotseat-studio' \
#        [--user hotseat] [--port 8443] [--turn-secret SECRET] [--email you@example.com]
# Review first without touching the system (writes the config files into DIR):
#   bash setup-hotseat-server.sh --domain … --key … --render-to DIR [--tls-cert FILE --tls-key FILE]
# (--listen-ip/--relay-ip pin coturn's addresses; --log-dir moves Caddy's access log.)
# Docs: docs/PUBLIC.md in the Hotseat repository.
set -euo pipefail

domain='' key='' user='hotseat' port='8443' turn_secret='' email='' render_to='' tls_cert='' tls_key=''
relay_min=49160 relay_max=49400 listen_ip='' relay_ip='' log_dir=/var/log/caddy

die() { echo "setup-hotseat-server: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --domain) domain="${2:-}"; shift 2 ;;
    --key) key="${2:-}"; shift 2 ;;
    --user) user="${2:-}"; shift 2 ;;
    --port) port="${2:-}"; shift 2 ;;
    --turn-secret) turn_secret="${2:-}"; shift 2 ;;
    --email) email="${2:-}"; shift 2 ;;
    --render-to) render_to="${2:-}"; shift 2 ;;
    --tls-cert) tls_cert="${2:-}"; shift 2 ;;
    --tls-key) tls_key="${2:-}"; shift 2 ;;
    --listen-ip) listen_ip="${2:-}"; shift 2 ;;
    --relay-ip) relay_ip="${2:-}"; shift 2 ;;
    --log-dir) log_dir="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

[[ "$domain" =~ ^([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$ ]] || die "--domain must be a domain name like show.example.com, got '$domain'"
[[ "$key" =~ ^(ssh-ed25519|ecdsa-sha2-nistp256|ssh-rsa)\ [A-Za-z0-9+/=]+(\ .*)?$ ]] || die "--key must be the studio's public key line (Settings → Network → My own server → Copy key)"
[[ "$user" =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || die "--user must be a Unix user name, got '$user'"
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ] || die "--port must be a number from 1024 to 65535, got '$port'"
if [ -n "$tls_cert$tls_key" ] && { [ ! -r "$tls_cert" ] || [ ! -r "$tls_key" ]; }; then die "--tls-cert and --tls-key must both be readable files"; fi
[ -n "$turn_secret" ] || turn_secret="$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)"

# --- The configuration, written once, used both to install and to render for review or tests ---

caddyfile() {
  local tls_line=''
  if [ -n "$tls_cert" ]; then tls_line="	tls $tls_cert $tls_key"; elif [ -n "$email" ]; then tls_line="	tls $email"; fi
  cat <<EOF
# Hotseat: the studio's public HTTPS address. The studio arrives through its SSH reverse tunnel on
# 127.0.0.1:$port. Caddy writes the viewer's address into X-Forwarded-For (replacing whatever the
# client sent), which the studio uses to keep per-viewer limits.
$domain {
$tls_line
	reverse_proxy 127.0.0.1:$port {
		# Live updates and the WebSocket go through as they come.
		flush_interval -1
	}
	log {
		output file $log_dir/hotseat-access.log {
			roll_size 20MiB
			roll_keep 5
		}
	}
}
EOF
}

sshd_dropin() {
  cat <<EOF
# Hotseat: the studio's user may open one reverse tunnel, on the loopback, and nothing else.
Match User $user
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	AuthenticationMethods publickey
	AllowTcpForwarding remote
	PermitListen 127.0.0.1:$port
	GatewayPorts no
	PermitOpen none
	X11Forwarding no
	AllowAgentForwarding no
	PermitTTY no
	ForceCommand /usr/sbin/nologin
	# A studio whose network dropped frees the port within 30 s, so its reconnect can take it again.
	ClientAliveInterval 10
	ClientAliveCountMax 3
EOF
}

authorized_keys() {
  echo "restrict,port-forwarding,permitlisten=\"127.0.0.1:$port\" $key"
}

turnserver_conf() {
  cat <<EOF
# Hotseat: TURN relay for guests and moderators whose network blocks a direct media path.
# Credentials are minted by the studio per page (coturn's REST scheme, static-auth-secret).
listening-port=3478
${listen_ip:+listening-ip=$listen_ip}
${relay_ip:+relay-ip=$relay_ip}
min-port=$relay_min
max-port=$relay_max
fingerprint
use-auth-secret
static-auth-secret=$turn_secret
realm=$domain
total-quota=200
stale-nonce=600
no-multicast-peers
no-cli
no-tlsv1
no-tlsv1_1
# Never relay into private networks (the server's own services, a cloud's metadata address).
denied-peer-ip=0.0.0.0-0.255.255.255
denied-peer-ip=10.0.0.0-10.255.255.255
denied-peer-ip=100.64.0.0-100.127.255.255
denied-peer-ip=127.0.0.0-127.255.255.255
denied-peer-ip=169.254.0.0-169.254.255.255
denied-peer-ip=172.16.0.0-172.31.255.255
denied-peer-ip=192.168.0.0-192.168.255.255
denied-peer-ip=::1
denied-peer-ip=fc00::-fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
EOF
}

if [ -n "$render_to" ]; then
  mkdir -p "$render_to"
  caddyfile >"$render_to/Caddyfile"
  sshd_dropin >"$render_to/sshd-hotseat.conf"
  authorized_keys >"$render_to/authorized_keys"
  turnserver_conf | grep -v '^$' >"$render_to/turnserver.conf"
  echo "rendered into $render_to: Caddyfile sshd-hotseat.conf authorized_keys turnserver.conf"
  exit 0
fi

# --- Installing ---

[ "$(id -u)" -eq 0 ] || die "run as root (sudo bash $0 …)"
command -v apt-get >/dev/null || die "this script is for Debian or Ubuntu (apt-get not found)"

echo "Installing Caddy, coturn and OpenSSH server…"
DEBIAN_FRONTEND=noninteractive apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends caddy coturn openssh-server

if ! id "$user" >/dev/null 2>&1; then
  useradd --system --create-home --shell /usr/sbin/nologin "$user"
fi
home="$(getent passwd "$user" | cut -d: -f6)"
install -d -m 0700 -o "$user" -g "$user" "$home/.ssh"
authorized_keys >"$home/.ssh/authorized_keys"
chown "$user:$user" "$home/.ssh/authorized_keys"
chmod 0600 "$home/.ssh/authorized_keys"

install -d /etc/ssh/sshd_config.d
sshd_dropin >/etc/ssh/sshd_config.d/50-hotseat.conf
grep -q '^Include /etc/ssh/sshd_config.d/\*.conf' /etc/ssh/sshd_config || sed -i '1i Include /etc/ssh/sshd_config.d/*.conf' /etc/ssh/sshd_config
sshd -t
systemctl reload ssh || systemctl reload sshd

install -d -o caddy -g caddy "$log_dir"
caddyfile >/etc/caddy/Caddyfile
caddy validate --config /etc/caddy/Caddyfile --adapter caddyfile >/dev/null
systemctl enable --now caddy
systemctl reload caddy

turnserver_conf | grep -v '^$' >/etc/turnserver.conf
chmod 0640 /etc/turnserver.conf
chgrp turnserver /etc/turnserver.conf 2>/dev/null || true
sed -i 's/^#\?TURNSERVER_ENABLED=.*/TURNSERVER_ENABLED=1/' /etc/default/coturn 2>/dev/null || true
systemctl enable --now coturn
systemctl restart coturn

if command -v ufw >/dev/null && ufw status | grep -q 'Status: active'; then
  ufw allow 22/tcp && ufw allow 80/tcp && ufw allow 443/tcp && ufw allow 3478 && ufw allow "$relay_min:$relay_max/udp"
fi

fingerprint="$(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub | awk '{print $2}')"
cat <<EOF

Done. In the studio, Settings → Network → My own server:
  Public HTTPS address  https://$domain
  Server address        $domain   (SSH port 22, user $user)
  Tunnel port           $port
  Server identity       $fingerprint   (the studio shows it after connecting: they must match)
Settings → Guests → TURN:
  TURN address          turn:$domain:3478
  Shared secret         $turn_secret
Open on the firewall: 22/tcp, 80/tcp, 443/tcp, 3478 (udp+tcp), $relay_min-$relay_max/udp.
EOF
