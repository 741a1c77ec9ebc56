/*
 * IPv4 and IPv6 addresses and CIDR blocks for the IpAddress / NotIpAddress operators.
 * Addresses are numbers (bigint) with a family; an IPv4-mapped IPv6 address (::ffff:a.b.c.d)
 * is compared as IPv4, as AWS does for `aws:SourceIp`.
 */

/** An address or network. */
export interface IpNet {
  readonly v6: boolean;
  readonly base: bigint;
  readonly bits: number;
}

/** Parse `a.b.c.d`, an IPv6 address, optionally with `/prefix`. `undefined` when malformed. */
export function parseCidr(text: string): IpNet | undefined {
  const [addr, prefix, extra] = text.trim().split('/');
  if (extra !== undefined) { return undefined; }
  const ip = parseAddress(addr);
  if (!ip) { return undefined; }
  const max = ip.v6 ? 128 : 32;
  let bits = max;
  if (prefix !== undefined) {
    if (!/^\d{1,3}$/.test(prefix)) { return undefined; }
    bits = Number(prefix);
    if (bits > max) { return undefined; }
  }
  return { v6: ip.v6, base: maskOf(ip.value, bits, max), bits };
}

/** True when the address lies in the network. */
export function inNetwork(net: IpNet, addr: IpNet): boolean {
  if (net.v6 !== addr.v6) { return false; }
  const max = net.v6 ? 128 : 32;
  return maskOf(addr.base, net.bits, max) === net.base;
}

function maskOf(value: bigint, bits: number, max: number): bigint {
  // Arithmetic instead of bit operators (lint rule no-bitwise): drop the host bits.
  const size = 2n ** BigInt(max - bits);
  return (value / size) * size;
}

function parseAddress(s: string): { v6: boolean; value: bigint } | undefined {
  if (s.includes(':')) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
    if (mapped) { return parseV4(mapped[1]); }
    return parseV6(s);
  }
  return parseV4(s);
}

function parseV4(s: string): { v6: boolean; value: bigint } | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) { return undefined; }
  let value = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) { return undefined; }
    value = value * 256n + BigInt(Number(p));
  }
  return { v6: false, value };
}

function parseV6(s: string): { v6: boolean; value: bigint } | undefined {
  const halves = s.split('::');
  if (halves.length > 2) { return undefined; }
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const groups = [...head, ...tail];
  // An embedded IPv4 tail (e.g. 64:ff9b::1.2.3.4) counts as two groups.
  const last = groups[groups.length - 1];
  let v4Tail: bigint | undefined;
  if (last && last.includes('.')) {
    const v4 = parseV4(last);
    if (!v4) { return undefined; }
    v4Tail = v4.value;
    (tail.length ? tail : head).pop();
  }
  const count = head.length + tail.length + (v4Tail !== undefined ? 2 : 0);
  if (halves.length === 1 ? count !== 8 : count > 7) { return undefined; }
  const zeros = 8 - count;
  let value = 0n;
  const push = (g: string) => {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) { throw new RangeError(g); }
    value = value * 65536n + BigInt(parseInt(g, 16));
  };
  try {
    head.forEach(push);
    for (let i = 0; i < zeros; i++) { value *= 65536n; }
    tail.forEach(push);
  } catch {
    return undefined;
  }
  if (v4Tail !== undefined) { value = value * 4294967296n + v4Tail; }
  return { v6: true, value };
}
