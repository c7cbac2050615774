/**
 * "Wie alt ist …?" is answered by an age beside the person asked about, not by anyone's age in a passage that names
 * them elsewhere (ageOfPerson.ts). Fails with `ageBesidePerson` false.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { agedConcepts } from "../../src/answer/ageOfPerson.js";
import { answer } from "../../src/answer/answer.js";
import { parseQuery } from "../../src/answer/query.js";
import { DEFAULT_RANKING } from "../../src/answer/ranking.js";
import type { Engine } from "../../src/search/engine.js";
import { seedCore } from "../fixtures/corpus.js";
import { engineOf } from "../fixtures/engines.js";

let engine: Engine;
beforeAll(async () => {
  engine = (await seedCore()).engine;
});

describe("the age of the person asked about", () => {
  it("GIVEN the seed articles, which give Kellogg's age (\"Der 80-Jährige\") in a passage that also names Putin, THEN Kellogg's age is answered and Putin's and Rubio's are not", () => {
    const kellogg = answer(engine, "Wie alt ist Keith Kellogg?");
    expect(kellogg.abstained).toBe(false);
    expect(kellogg.results[0]!.quote).toContain("80-Jährige");
    expect(answer(engine, "How old is Kellogg?").results[0]?.quote).toContain("80-Jährige");
    for (const other of ["Wie alt ist Putin?", "How old is Putin?", "Wie alt ist Marco Rubio?", "Wie alt wurde Putin?", "Weiß jemand, wie alt Putin ist?"]) {
      expect(answer(engine, other).abstained, other).toBe(true);
    }
    // The name decides, not any noun: the passage's "US-Präsident" is no "russische Präsident Putin", in English too.
    expect(answer(engine, "Wie alt ist der russische Präsident Putin?").abstained).toBe(true);
    expect(answer(engine, "How old is the Russian president Putin?").abstained).toBe(true);
  });

  it("GIVEN the age in the paragraph after the one that names the person THEN it is beside the person", async () => {
    const local = await engineOf({
      "k_a.txt": "Der Sondergesandte Keith Kellogg wurde im November ernannt. Er soll zwischen Kiew und Moskau vermitteln.\n\nDer 80-Jährige gilt als enger Vertrauter des Präsidenten.",
      "k_b.txt": "Putin empfing am Freitag eine Delegation. Die Gespräche dauerten drei Stunden.",
    });
    const kellogg = answer(local, "Wie alt ist Keith Kellogg?");
    expect(kellogg.abstained).toBe(false);
    expect(kellogg.results.map((r) => r.quote).join(" ")).toContain("80-Jährige");
  });

  it("GIVEN the rule switched off THEN the Putin question is answered with Kellogg's age (the rule is what abstains)", () => {
    const off = { ...DEFAULT_RANKING, ageBesidePerson: false };
    const putin = answer(engine, "Wie alt ist Putin?", { ranking: off });
    expect(putin.abstained).toBe(false);
    expect(putin.results[0]!.quote).toContain("80-Jährige");
  });

  it("GIVEN other people's ages in the sentence after one that names the person THEN they are not the person's age; an age that refers back is", async () => {
    const local = await engineOf({
      "c_a.txt": "Selenskyj besuchte am Montag die Stadt Krywyj Rih nach dem Angriff. Die Schülerin Arina Petrenko (9) starb in ihrem Haus.",
      "c_b.txt": "Kellogg traf am Montag in Kiew ein. Der 80-Jährige sprach mit der Regierung.",
      "c_c.txt": "Witkoff traf am Dienstag in Moskau ein. Der 68-jährige Immobilienunternehmer sprach mit Putin.",
      "c_d.txt": "Papst Franziskus ist am Ostermontag gestorben. Er wurde 88 Jahre alt.",
      "c_e.txt": "Trump besuchte am Mittwoch eine Schule. Der 9-jährige Tymofij zeigte ihm sein Bild.",
    });
    const absent = (q: string) => {
      let seen = -1;
      const ranking = { ...DEFAULT_RANKING, abstain: { ...DEFAULT_RANKING.abstain, threshold: Number.NEGATIVE_INFINITY } };
      answer(local, q, { ranking, trace: (step, d) => {
        if (step === "best") seen = d.answerTypeAbsent as number;
      } });
      return seen;
    };
    expect(absent("Wie alt ist Selenskyj?")).toBe(1);
    expect(absent("Wie alt ist Trump?")).toBe(1);
    expect(absent("Wie alt ist Kellogg?")).toBe(0);
    expect(absent("Wie alt ist Witkoff?")).toBe(0);
    expect(absent("Wie alt wurde Papst Franziskus?")).toBe(0);
  });

  it("GIVEN an age required of anyone (\"Wie alt muss man sein …\") or no noun THEN the rule does not apply; a name is the person", () => {
    const concepts = (q: string) => parseQuery(q, engine.index.analyzer, engine.lexicon, (t) => engine.index.df.has(t), DEFAULT_RANKING).concepts;
    const aged = (q: string) => agedConcepts(q, concepts(q), engine.index.analyzer, engine.lexicon.general);
    for (const required of ["Wie alt muss man mindestens sein, um Abgeordneter zu werden?", "Wie alt muss der Bundespräsident mindestens sein?", "Ab welchem Alter darf man bei der Europawahl wählen?", "How old must the Federal President be?", "At what age can a citizen vote in Germany?", "Wie alt ist man mindestens als Abgeordneter?", "How old is a candidate at least?"]) {
      expect(aged(required), required).toBeNull();
    }
    expect(aged("Wie alt ist er?")).toBeNull();
    const labels = (q: string) => aged(q)?.persons.map((i) => concepts(q)[i]!.label.toLowerCase());
    expect(labels("Wie alt ist der russische Präsident Putin?")).toEqual(["putin"]);
    expect(labels("How old is the Russian president Putin?")).toEqual(["putin"]);
    expect(labels("Wie alt ist der Sondergesandte Witkoff?")).toEqual(["witkoff"]);
    expect(labels("Wie alt ist der US-Sondergesandte?")?.length).toBeGreaterThan(0);
  });
});
