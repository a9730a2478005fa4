/**
 * Server-side request forgery guard: URLs whose host is, or resolves to, a private,
 * loopback, link-local or otherwise non-public address (127.0.0.1, 10.x, 192.168.x,
 * 169.254.169.254 cloud metadata, ::1, fc00::/7, fe80::/10, …) are refused unless the user
 * allows them. Checked before every request, redirects included.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Address ranges that are not the public internet (IANA special-purpose registries). */
const NON_PUBLIC = (() => {
  const b = new BlockList();
  const v4: [string, number][] = [
    ['0.0.0.0', 8], // "this network"
    ['10.0.0.0', 8], // private
    ['100.64.0.0', 10], // carrier-grade NAT
    ['127.0.0.0', 8], // loopback
    ['169.254.0.0', 16], // link-local (cloud metadata services)
    ['172.16.0.0', 12], // private
    ['192.0.0.0', 24], // IETF protocol assignments
    ['192.0.2.0', 24], ['198.51.100.0', 24], ['203.0.113.0', 24], // documentation
    ['192.88.99.0', 24], // 6to4 relay anycast
    ['192.168.0.0', 16], // private
    ['198.18.0.0', 15], // benchmarking
    ['224.0.0.0', 4], // multicast
    ['240.0.0.0', 4], // reserved, broadcast
  ];
  for (const [a, p] of v4) b.addSubnet(a, p, 'ipv4');
  const v6: [string, number][] = [
    ['::', 128], ['::1', 128], // unspecified, loopback
    ['100::', 64], // discard
    ['2001:db8::', 32], // documentation
    ['fc00::', 7], // unique local
    ['fe80::', 10], // link-local
    ['fec0::', 10], // site-local (deprecated)
    ['ff00::', 8], // multicast
  ];
  for (const [a, p] of v6) b.addSubnet(a, p, 'ipv6');
  return b;
})();

/** The IPv4 address an IPv6 address carries (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, compatible ::a.b.c.d). */
function embeddedV4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1]!, 16), lo = parseInt(hex[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** True for an IP address that is not on the public internet. Non-IP strings: false. */
export function isPrivateAddress(ip: string): boolean {
  const a = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(a);
  if (family === 4) return NON_PUBLIC.check(a, 'ipv4');
  if (family === 6) {
    const v4 = embeddedV4(a);
    if (v4) return NON_PUBLIC.check(v4, 'ipv4');
    return NON_PUBLIC.check(a, 'ipv6');
  }
  return false;
}

/** Resolves a host name to all its addresses. */
export type HostLookup = (host: string) => Promise<string[]>;

export const systemLookup: HostLookup = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((r) => r.address);

/**
 * Why a URL's host may not be fetched (a plain reason), or null when it is public. Names
 * under .localhost are refused without a lookup; a name that does not resolve is left to
 * the fetch to report.
 */
export async function privateHostReason(url: URL, lookup: HostLookup = systemLookup): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (isIP(host)) return isPrivateAddress(host) ? `${host} is a private, loopback or link-local address` : null;
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine`;
  let addresses: string[];
  try { addresses = await lookup(host); } catch { return null; }
  const bad = addresses.find(isPrivateAddress);
  return bad ? `${host} resolves to ${bad}, a private, loopback or link-local address` : null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net.connect / tls.connect that refuses non-public addresses at connection
 * time, so a host name checked as public cannot be re-resolved to a private address for the
 * connection itself (DNS rebinding). Answers from `lookup` (the system resolver by default).
 */
export function guardedConnectLookup(lookup: HostLookup = systemLookup) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookup(hostname).then(
      (addresses) => {
        const bad = addresses.find(isPrivateAddress);
        if (bad) {
          const err = Object.assign(new Error(`refused: ${hostname} resolves to ${bad}, a private, loopback or link-local address (--allow-private to fetch it)`), { code: 'EPRIVATE' });
          callback(err, '');
          return;
        }
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const found = addresses.map((address) => ({ address, family: isIP(address) })).filter((a) => a.family && (!wanted || a.family === wanted));
        if (!found.length) {
          callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
          return;
        }
        if (options.all) callback(null, found);
        else callback(null, found[0]!.address, found[0]!.family);
      },
      (e: NodeJS.ErrnoException) => callback(e, ''),
    );
  };
}
