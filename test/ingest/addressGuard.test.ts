import { describe, expect, it } from "vitest";
import { internalAddressCause, isInternalAddress } from "../../src/ingest/addressGuard.js";
import { describeCause, type IngestCause } from "../../src/ingest/cause.js";
import { fetchResource } from "../../src/ingest/fetch.js";

describe("SSRF guard", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:7f00:1",
    // IPv4-compatible, NAT64 and 6to4 forms of internal IPv4 addresses
    "::127.0.0.1",
    "::7f00:1",
    "::a9fe:a9fe",
    "64:ff9b::127.0.0.1",
    "64:ff9b::a00:1",
    "2002:7f00:1::",
    "2002:c0a8:101::1",
  ])("GIVEN %s THEN it is internal", (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each(["93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "::8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"])("GIVEN %s THEN it is public", (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });

  it("GIVEN URLs with literal or local hosts THEN a reason naming the address and the setting", async () => {
    const internalAddressReason = async (url: string) => describeCause((await internalAddressCause(url)) as IngestCause);
    expect(await internalAddressCause("http://127.0.0.1:8080/x")).toEqual({ code: "private_address", host: "127.0.0.1", address: "127.0.0.1" });
    expect(await internalAddressReason("http://127.0.0.1:8080/x")).toMatch(/127\.0\.0\.1 is a private or local address \(127\.0\.0\.1\); set INGEST_ALLOW_PRIVATE=true/);
    expect(await internalAddressReason("http://[::1]/x")).toMatch(/::1 is a private or local address/);
    expect(await internalAddressReason("http://localhost/x")).toMatch(/localhost is a private or local address/);
    // The URL parser writes these hosts in hex ("[::7f00:1]"); the guard reads the IPv4 address they carry.
    for (const url of ["http://[::127.0.0.1]/", "http://[64:ff9b::127.0.0.1]/", "http://[2002:7f00:1::]/"]) {
      expect(await internalAddressCause(url), url).toMatchObject({ code: "private_address" });
    }
  });

  it("GIVEN fetch with private addresses refused THEN 127.0.0.1 is not even contacted", async () => {
    const r = await fetchResource("http://127.0.0.1:1/never", { allowPrivateAddresses: false });
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining("private or local address"), cause: { code: "private_address" } });
  });
});
