import type { PublicAddressStatus } from '../../../shared/public-address';
import type { NetworkSettings } from '../../../shared/settings';

/**
 * The studio's public address: which base every link uses, and whether it works. One place
 * decides it, so a store link, a receipt, a checkout return, a join link and the webhook URL never
 * disagree, and a failing tunnel never leaves links pointing at a dead address (url is null then:
 * links fall back to the local address and the studio says so). Implemented by
 * public-address-service.ts.
 */
export interface PublicAddress {
  status(): PublicAddressStatus;
  /** The base links use now, or null for the local address. */
  url(): string | null;
  /** Settings changed (mode, server, token): reconnect as needed. */
  apply(network: NetworkSettings): void;
  /** Reconnect now (the creator pressed Retry, or changed a secret the tunnel uses). */
  retry(): void;
  /** Check the address from outside now. */
  checkNow(): Promise<PublicAddressStatus>;
  /** After a host key change: trust the key the server offers now (it must be the one shown). */
  /** `ok: false`: not the key the server offered (the command refuses with `error.goingPublic.hostKeyNotOffered`). */
  trustHostKey(fingerprint: string): { ok: boolean };
  onChange(listener: (status: PublicAddressStatus) => void): () => void;
  close(): Promise<void>;
}
