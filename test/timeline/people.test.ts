/** The English names and descriptions of people (src/timeline/people.ts and its actors.en.json). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/config/paths.js";
import actorsEn from "../../src/timeline/actors.en.json" with { type: "json" };
import { personDescription, personName } from "../../src/timeline/people.js";

describe("people's names by language", () => {
  it("GIVEN the English people list THEN a name and a description for every person of the actors file", () => {
    const actors = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "corpus", "actors.json"), "utf8")) as { actors: Array<{ id: string }> };
    const table = actorsEn as unknown as Record<string, { name?: string; description?: string }>;
    for (const { id } of actors.actors) {
      expect(table[id]?.name, id).toBeTruthy();
      expect(table[id]?.description, id).toBeTruthy();
    }
    expect(table.selenskyj?.name).toBe("Volodymyr Zelensky");
    expect(table.lawrow?.name).toBe("Sergey Lavrov");
  });

  it("GIVEN a person THEN German readers get the model's name, English readers the model's English name, else the list's, else the German one", () => {
    const lawrow = { id: "lawrow", name: "Sergej Lawrow", description: "russischer Außenminister" };
    expect(personName(lawrow, "de")).toBe("Sergej Lawrow");
    expect(personName(lawrow, "en")).toBe("Sergey Lavrov");
    expect(personName({ ...lawrow, nameEn: "S. Lavrov" }, "en")).toBe("S. Lavrov");
    expect(personName({ id: "unbekannt", name: "Erika Muster" }, "en")).toBe("Erika Muster");
    expect(personDescription({ id: "unbekannt", name: "Erika Muster", description: "Sprecherin" }, "en")).toBe("Sprecherin");
    // A blank English description gives way to the German one.
    expect(personDescription({ id: "unbekannt", name: "Erika Muster", description: "Sprecherin", descriptionEn: " " }, "en")).toBe("Sprecherin");
    expect(personDescription({ id: "unbekannt", name: "Erika Muster", descriptionEn: " " }, "en")).toBeUndefined();
  });
});
