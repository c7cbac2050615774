/** Specification of one corpus file → Article: the date marker, and the reasons a file is rejected. */
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS } from "../../src/config/limits.js";
import { parseArticle } from "../../src/corpus/parseArticle.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const parse = (text: string | Uint8Array, meta = {}) => parseArticle("123_test.txt", typeof text === "string" ? utf8(text) : text, meta);

function ok(text: string | Uint8Array, meta = {}) {
  const r = parse(text, meta);
  if (!r.ok) throw new Error(`expected the file to load, got ${r.code}: ${r.reason}`);
  return r.article;
}

describe("date marker", () => {
  it('GIVEN " date 2025-03 " at the start of line 1 (seed style) THEN the date is the month and the marker is not part of the text', () => {
    const a = ok(" date 2025-03 Die Außenminister der USA und Russlands haben beraten.");
    expect(a.date).toBe("2025-03");
    expect(a.text).toBe("Die Außenminister der USA und Russlands haben beraten.");
  });

  it('GIVEN "date 2025-03-15" on its own first line THEN the date is that day and the text starts on line 2', () => {
    const a = ok("date 2025-03-15\nRubio und Lawrow telefonierten.");
    expect(a.date).toBe("2025-03-15");
    expect(a.text).toBe("Rubio und Lawrow telefonierten.");
  });

  it("GIVEN a file with CRLF line ends after the marker THEN the marker line is consumed entirely", () => {
    const a = ok("date 2025-04\r\nText.\r\n");
    expect(a.date).toBe("2025-04");
    expect(a.text.startsWith("Text.")).toBe(true);
  });

  it("GIVEN no marker THEN the date is null and the text is the whole file", () => {
    const a = ok("Ukrainekrieg\n\nEin Artikel ohne Datum.");
    expect(a.date).toBeNull();
    expect(a.text).toBe("Ukrainekrieg\n\nEin Artikel ohne Datum.");
  });

  it("GIVEN a UTF-8 byte order mark before the marker THEN the marker is still read", () => {
    const a = ok("\uFEFF date 2025-02 Text.");
    expect(a.date).toBe("2025-02");
    expect(a.text).toBe("Text.");
  });

  it("GIVEN a word that merely starts with 'date' (\"Datenschutz\") THEN it is text, not a marker", () => {
    const a = ok("Datenschutz ist wichtig.");
    expect(a.date).toBeNull();
  });

  it.each([
    ["2025-13", " date 2025-13 Text."],
    ["2025-00", "date 2025-00\nText."],
    ["2025-02-30", "date 2025-02-30\nText."],
    ["2024-04-31", "date 2024-04-31 Text."],
  ])("GIVEN the impossible date %s THEN the file is rejected as bad_date with a reason naming the date", (date, text) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("bad_date");
    expect(r.reason).toContain(date);
  });

  it("GIVEN 2024-02-29 (a leap day) THEN it is a valid date", () => {
    expect(ok("date 2024-02-29\nText.").date).toBe("2024-02-29");
  });

  it('GIVEN a malformed marker "date 2025-3" THEN the file is rejected as bad_date, not silently loaded with the marker as text', () => {
    const r = parse("date 2025-3\nText.");
    expect(r).toMatchObject({ ok: false, code: "bad_date" });
  });

  it("GIVEN a marker and metadata.published THEN the marker wins; GIVEN only metadata THEN metadata supplies the date", () => {
    expect(ok("date 2025-03\nText.", { published: "2025-03-16" }).date).toBe("2025-03");
    expect(ok("Text ohne Marker.", { published: "2025-03-16" }).date).toBe("2025-03-16");
  });
});

describe("rejected files", () => {
  it("GIVEN an empty file THEN it is rejected as empty", () => {
    expect(parse(new Uint8Array())).toMatchObject({ ok: false, code: "empty" });
  });

  it("GIVEN bytes that are not UTF-8 (0xff 0xfe garbage) THEN it is rejected as not_utf8", () => {
    expect(parse(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xc3, 0x28]))).toMatchObject({ ok: false, code: "not_utf8" });
  });

  it("GIVEN valid UTF-8 with NUL bytes (a binary file) THEN it is rejected as binary", () => {
    expect(parse(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))).toMatchObject({ ok: false, code: "binary" });
  });

  it("GIVEN only a date marker THEN it is rejected (no text)", () => {
    expect(parse(" date 2025-03 \n\n")).toMatchObject({ ok: false, code: "no_text" });
  });

  it("GIVEN only blank lines THEN it is rejected", () => {
    expect(parse("\n \n\t\n").ok).toBe(false);
  });

  it("GIVEN tabs and newlines (ordinary text controls) THEN the file loads", () => {
    expect(ok("Zeile eins.\tTab.\n\nAbsatz zwei.").text).toContain("\t");
  });
});

describe("identity", () => {
  it("GIVEN a file name THEN the id is the name without extension and the file name is kept", () => {
    const a = ok("Text.");
    expect(a.id).toBe("123_test");
    expect(a.file).toBe("123_test.txt");
  });
});

describe("line ends in the long-line check", () => {
  const long = "Wort ".repeat(MAX_LINE_CHARS / 5 + 1);
  it("GIVEN an article whose lines end in \\r (old Mac) or \\r\\n THEN short lines pass, however long the file", () => {
    const line = "Ein kurzer Absatz über die Gespräche in Genf.";
    const lines = Array.from({ length: Math.ceil(MAX_LINE_CHARS / line.length) + 10 }, () => line);
    for (const end of ["\r", "\r\n", "\n"]) expect(parse(lines.join(end)).ok, JSON.stringify(end)).toBe(true);
  });

  it("GIVEN a long line after two short ones THEN it is reported as line 3 with \\n, \\r\\n and \\r alike", () => {
    for (const end of ["\n", "\r\n", "\r"]) {
      const r = parse(["Titel", "Erster Absatz.", long].join(end));
      expect(r.ok, JSON.stringify(end)).toBe(false);
      if (!r.ok) expect(r.reason).toContain("line 3 is longer than");
    }
  });
});
