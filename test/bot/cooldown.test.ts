/** The /ask cooldown with a hand-driven clock. */
import { describe, expect, it } from "vitest";
import { createCooldown } from "../../src/bot/cooldown.js";

function clock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("cooldown", () => {
  it("GIVEN 5 per 10 s THEN the 6th question within 10 s is refused with the time until a slot frees", () => {
    const c = clock();
    const cooldown = createCooldown({ count: 5, windowMs: 10_000, now: c.now });
    for (let i = 0; i < 5; i++) {
      expect(cooldown.take("anna")).toEqual({ ok: true });
      c.advance(1000);
    }
    expect(cooldown.take("anna")).toEqual({ ok: false, retryAfterMs: 5000 });
  });

  it("GIVEN the window has passed THEN the user may ask again (sliding window)", () => {
    const c = clock();
    const cooldown = createCooldown({ count: 2, windowMs: 10_000, now: c.now });
    cooldown.take("anna");
    c.advance(4000);
    cooldown.take("anna");
    expect(cooldown.take("anna").ok).toBe(false);
    c.advance(6000);
    expect(cooldown.take("anna")).toEqual({ ok: true });
    expect(cooldown.take("anna")).toEqual({ ok: false, retryAfterMs: 4000 });
  });

  it("GIVEN one user is limited THEN other users are not", () => {
    const cooldown = createCooldown({ count: 1, windowMs: 10_000, now: clock().now });
    cooldown.take("anna");
    expect(cooldown.take("anna").ok).toBe(false);
    expect(cooldown.take("ben").ok).toBe(true);
  });

  it("GIVEN refused attempts THEN they do not extend the wait", () => {
    const c = clock();
    const cooldown = createCooldown({ count: 1, windowMs: 10_000, now: c.now });
    cooldown.take("anna");
    for (let i = 0; i < 9; i++) {
      c.advance(1000);
      cooldown.take("anna");
    }
    c.advance(1000);
    expect(cooldown.take("anna").ok).toBe(true);
  });

  it("GIVEN many users whose windows passed THEN memory is swept", () => {
    const c = clock();
    const cooldown = createCooldown({ count: 1, windowMs: 1000, now: c.now, sweepAbove: 100 });
    for (let i = 0; i < 100; i++) cooldown.take(`user${i}`);
    expect(cooldown.size()).toBe(100);
    c.advance(2000);
    cooldown.take("late");
    expect(cooldown.size()).toBe(1);
  });
});
