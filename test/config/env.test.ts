/** Settings from the environment: an empty or blank value means the default, as `.env.example`'s empty lines do. */
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../src/config/env.js";

describe("parseEnv", () => {
  it("GIVEN numeric, level and flag settings left empty (NAME= in .env) THEN each takes its default", () => {
    const blank = {
      LOG_LEVEL: "",
      ASK_COOLDOWN_COUNT: "",
      ASK_COOLDOWN_SECONDS: " ",
      CORPUS_WATCH: "",
      ALLOW_EMPTY_CORPUS: "  ",
      FEED_INTERVAL_MINUTES: "",
      INGEST_MAX_MB: "",
      INGEST_TIMEOUT_SECONDS: "\t",
      INGEST_ALLOW_PRIVATE: "",
    };
    const parsed = parseEnv(blank);
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.env).toMatchObject({
      LOG_LEVEL: "info",
      ASK_COOLDOWN_COUNT: 5,
      ASK_COOLDOWN_SECONDS: 10,
      CORPUS_WATCH: true,
      ALLOW_EMPTY_CORPUS: false,
      FEED_INTERVAL_MINUTES: 30,
      INGEST_MAX_MB: 5,
      INGEST_TIMEOUT_SECONDS: 15,
      INGEST_ALLOW_PRIVATE: false,
    });
  });

  it("GIVEN values with blanks around them THEN they are read like the text settings, trimmed", () => {
    const parsed = parseEnv({ LOG_LEVEL: " debug ", CORPUS_WATCH: "false ", ASK_COOLDOWN_COUNT: " 7" });
    expect(parsed.ok && parsed.env).toMatchObject({ LOG_LEVEL: "debug", CORPUS_WATCH: false, ASK_COOLDOWN_COUNT: 7 });
  });

  it("GIVEN INDEX_CACHE_DIR=off in any case THEN no cache, not a folder named OFF", () => {
    for (const off of ["off", "OFF", " Off "]) expect(parseEnv({ INDEX_CACHE_DIR: off })).toMatchObject({ ok: true, env: { INDEX_CACHE_DIR: null } });
  });

  it("GIVEN a wrong value THEN one message per setting, naming it, without the value", () => {
    const parsed = parseEnv({ ASK_COOLDOWN_COUNT: "-1", CORPUS_WATCH: "yes-secret-value", LOG_LEVEL: "loud" });
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors.map((e) => /^env: (\w+): /.exec(e)?.[1]).sort()).toEqual(["ASK_COOLDOWN_COUNT", "CORPUS_WATCH", "LOG_LEVEL"]);
    expect(errors.join("\n")).not.toContain("yes-secret-value");
  });

  it("GIVEN a number in a notation only Number() reads (hex, exponent, Infinity) THEN it is a wrong value; digits with a point are not", () => {
    for (const value of ["0x10", "1e3", "0b1", "Infinity"]) {
      const parsed = parseEnv({ ASK_COOLDOWN_COUNT: value, INGEST_MAX_MB: value });
      expect(parsed.ok, value).toBe(false);
      const errors = parsed.ok ? [] : parsed.errors;
      expect(errors.map((e) => /^env: (\w+): /.exec(e)?.[1]).sort(), value).toEqual(["ASK_COOLDOWN_COUNT", "INGEST_MAX_MB"]);
    }
    const parsed = parseEnv({ ASK_COOLDOWN_COUNT: "16", INGEST_MAX_MB: "0.5" });
    expect(parsed.ok && parsed.env).toMatchObject({ ASK_COOLDOWN_COUNT: 16, INGEST_MAX_MB: 0.5 });
  });
});
