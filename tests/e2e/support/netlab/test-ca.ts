import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './shell';

export interface TestCa {
  /** The CA certificate that browsers (NSS) and Node (NODE_EXTRA_CA_CERTS) are told to trust. */
  caCert: string;
  /** The site certificate and key for the public names, signed by the CA. */
  siteCert: string;
  siteKey: string;
}

/** A certificate authority of the lab's own (openssl), and a server certificate for its public names. */
export function makeTestCa(dir: string, names: readonly string[]): TestCa {
  const caKey = join(dir, 'ca.key');
  const caCert = join(dir, 'ca.pem');
  const siteKey = join(dir, 'site.key');
  const siteCsr = join(dir, 'site.csr');
  const siteCert = join(dir, 'site.pem');
  const ext = join(dir, 'site.ext');
  run('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3', '-subj', '/CN=Hotseat Lab Test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout', caKey, '-out', caCert,
  ]);
  run('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${names[0] ?? 'localhost'}`, '-keyout', siteKey, '-out', siteCsr]);
  writeFileSync(ext, `basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=${names.map((n) => `DNS:${n}`).join(',')}\n`);
  run('openssl', ['x509', '-req', '-in', siteCsr, '-CA', caCert, '-CAkey', caKey, '-CAcreateserial', '-days', '3', '-extfile', ext, '-out', siteCert]);
  return { caCert, siteCert, siteKey };
}

/** An NSS database in `home` that trusts the CA (what Chromium on Linux reads, from $HOME/.pki/nssdb). */
export function trustInNss(home: string, caCert: string): void {
  const db = `sql:${join(home, '.pki/nssdb')}`;
  run('mkdir', ['-p', join(home, '.pki/nssdb')]);
  run('certutil', ['-d', db, '-N', '--empty-password']);
  run('certutil', ['-d', db, '-A', '-t', 'C,,', '-n', 'Hotseat Lab Test CA', '-i', caCert]);
}
