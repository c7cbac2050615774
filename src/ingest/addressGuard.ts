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

/** Whether an IP address (v4, v6, or v4-mapped v6 like ::ffff:127.0.0.1) is internal. */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1]!, "ipv4");
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, "ipv4");
  if (family === 6) return INTERNAL.check(address, "ipv6");
  return false;
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
