import type { ShippingAddress } from '../../../shared/purchases';

/** A postal address laid out as it goes on the parcel. */
export function ShippingAddressBlock({ address }: { address: ShippingAddress }) {
  const cityLine = [address.state ? `${address.city}, ${address.state}` : address.city, address.postalCode].filter(Boolean).join(' ');
  return (
    <address className="address">
      <span>{address.name}</span>
      <span>{address.line1}</span>
      {address.line2 ? <span>{address.line2}</span> : null}
      <span>{cityLine}</span>
      <span>{address.country}</span>
    </address>
  );
}
