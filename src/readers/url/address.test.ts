import { describe, expect, it } from 'vitest';
import { isPrivateAddress, privateHostReason } from './address.js';

describe('isPrivateAddress', () => {
  it('knows loopback, private, link-local, CGNAT and reserved IPv4 ranges', () => {
    for (const ip of ['127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '11.0.0.1']) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('knows IPv6 loopback, unique-local and link-local, and IPv4 inside IPv6', () => {
    for (const ip of ['::1', '[::1]', '::', 'fd12:3456::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::10.0.0.1']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['2606:4700:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8']) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('says nothing about host names', () => {
    expect(isPrivateAddress('example.org')).toBe(false);
  });
});

describe('privateHostReason', () => {
  const lookup = async (host: string) => ({ 'news.example': ['93.184.216.34'], 'dual.example': ['93.184.216.34', '::1'] } as Record<string, string[]>)[host] ?? [];
  it('refuses literal private addresses and names that resolve to one', async () => {
    expect(await privateHostReason(new URL('http://[::1]:8080/'), lookup)).toMatch(/^::1 is a private/);
    expect(await privateHostReason(new URL('http://api.localhost/'), lookup)).toMatch(/this machine/);
    // One private address among a name's addresses is enough: the fetch may pick it.
    expect(await privateHostReason(new URL('https://dual.example/a'), lookup)).toMatch(/resolves to ::1/);
  });
  it('lets public hosts through', async () => {
    expect(await privateHostReason(new URL('https://news.example/2019/11/19/story'), lookup)).toBeNull();
    expect(await privateHostReason(new URL('http://93.184.216.34/'), lookup)).toBeNull();
  });
});
