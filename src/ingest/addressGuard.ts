/**
 * Server-side request forgery guard for ingests a Discord user starts: a URL whose host resolves to a private,
 * loopback, link-local or otherwise internal address is refused, so /ingest cannot be used to read the bot host's
 * own services (127.0.0.1, the cloud metadata address 169.254.169.254, the LAN). Checked before every hop, redirects
 * included. Names are resolved here and again by fetch, so a DNS answer that changes in between (rebinding) is not
 * caught; the guard stops the plain cases, not a hostile DNS server.
 */
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import type { IngestCause } from "./cause.js";

/** IANA special-purpose ranges that are not the public internet. */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  INTERNAL.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  INTERNAL.addSubnet(net, prefix, "ipv6");
}

/** An IPv6 address as its eight 16-bit groups ("::7f00:1", "::127.0.0.1" → [0, 0, 0, 0, 0, 0, 0x7f00, 1]); undefined when it is none. */
function ipv6Groups(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase();
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const part = (s: string) => (s ? s.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const front = part(head);
  const back = tail === undefined ? [] : part(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

const dottedOf = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 address an IPv6 address carries and routes to: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d),
 * NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:AABB:CCDD::, the address in groups 2 and 3); undefined for any other.
 */
function embeddedIpv4(address: string): string | undefined {
  const g = ipv6Groups(address);
  if (!g) return undefined;
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && (g[5] === 0 || g[5] === 0xffff)) return dottedOf(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return dottedOf(g[6]!, g[7]!);
  if (g[0] === 0x2002) return dottedOf(g[1]!, g[2]!);
  return undefined;
}

/**
 * Whether an IP address is internal: IPv4, IPv6, or an IPv6 form that carries an internal IPv4 address (mapped,
 * compatible, NAT64, 6to4: `[::127.0.0.1]`, `[64:ff9b::127.0.0.1]`, `[2002:7f00:1::]`), judged by the IPv4 rules.
 */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, "ipv4");
  if (family !== 6) return false;
  if (INTERNAL.check(address, "ipv6")) return true;
  const v4 = embeddedIpv4(address);
  return v4 !== undefined && INTERNAL.check(v4, "ipv4");
}

/** Why the URL's host may not be fetched (an internal address, or a name that does not resolve); undefined when it may. */
export async function internalAddressCause(url: string): Promise<IngestCause | undefined> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (e) {
    return { code: "unresolvable_host", host, detail: (e as NodeJS.ErrnoException).code ?? "error" };
  }
  const internal = addresses.find(isInternalAddress);
  return internal === undefined ? undefined : { code: "private_address", host, address: internal };
}
