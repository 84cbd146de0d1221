import { OFF_PUBLIC_STATUS, type PublicAddressStatus } from '../../../shared/public-address';
import type { NetworkSettings } from '../../../shared/settings';
import { publicModeOf } from '../settings/network-settings';

/**
 * The studio's public address: which base every link uses, and whether it works. One place
 * decides it, so a store link, a receipt, a checkout return, a join link and the webhook URL never
 * disagree, and a failing tunnel never leaves links pointing at a dead address (url is null then:
 * links fall back to the local address and the studio says so).
 */
export interface PublicAddress {
  status(): PublicAddressStatus;
  /** The base links use now, or null for the local address. */
  url(): string | null;
  /** Settings changed (mode, server, token): reconnect as needed. */
  apply(network: NetworkSettings): void;
  onChange(listener: (status: PublicAddressStatus) => void): () => void;
  close(): Promise<void>;
}

/** What the settings alone say, before any tunnel runs: off, or the creator's own URL. */
export function settingsOnlyStatus(network: NetworkSettings): PublicAddressStatus {
  const mode = publicModeOf(network);
  if (mode === 'own_url' && network.publicBaseUrl) return { ...OFF_PUBLIC_STATUS, mode, state: 'public', url: network.publicBaseUrl };
  return { ...OFF_PUBLIC_STATUS, mode };
}
