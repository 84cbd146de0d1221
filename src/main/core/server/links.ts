/**
 * Every link the studio hands out (store, receipt, checkout return, studio) is built here, from the
 * public base URL when the host set one (reverse proxy or tunnel), else from the local address.
 */
export interface Links {
  base(): string;
  /** The address the studio itself listens on; for links that must stay on this machine. */
  local(): string;
  store(slug?: string | null): string;
  receipt(receiptToken: string): string;
  /** A guest's private join link (token in the fragment, like the receipt). */
  join(joinToken: string): string;
  studio(hostToken: string): string;
  webhook(): string;
}

export function createLinks(getLocalBase: () => string, getPublicBase: () => string | null): Links {
  const base = () => (getPublicBase() ?? getLocalBase()).replace(/\/+$/, '');
  return {
    base,
    local: getLocalBase,
    store: (slug) => (slug ? `${base()}/s/${encodeURIComponent(slug)}` : `${base()}/store`),
    // Tokens ride in the fragment: browsers never send it to a server, a log or a Referer header.
    receipt: (token) => `${base()}/receipt#t=${token}`,
    join: (token) => `${base()}/guest#t=${token}`,
    studio: (token) => `${getLocalBase()}/studio#token=${token}`,
    webhook: () => `${base()}/api/stripe/webhook`,
  };
}

/** What a browser on this machine should use to reach a server bound to `host`. */
export function localBaseUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
