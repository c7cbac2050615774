/**
 * German synonym groups used to widen a question at query time only (the index stays lean), and names of more than one
 * word with their short forms (`names`, optional: the name first; one way, from the name to the short forms, so "USA"
 * never finds every "Staat"; answer/germanPhrases.ts).
 *
 * @example corpus/synonyms.de.json
 * { "version": 1, "groups": [["Waffenruhe", "Waffenstillstand", "Feuerpause"], ["alt", "Alter", "Jährige"]],
 *   "names": [["Europäische Union", "EU"], ["Vereinte Nationen", "UN", "UNO"]] }
 */
import { z } from "zod";
import { MAX_SYNONYM_GROUPS, MAX_SYNONYM_LENGTH, MAX_SYNONYMS_PER_GROUP } from "../config/limits.js";

export const SYNONYMS_FILE = "synonyms.de.json";

/** A name of the `names` list: two to four words (answer/germanPhrases.ts `MAX_NAME_WORDS`). */
const NAME = /^\S+(?: \S+){1,3}$/u;
/** A short form: one word of letters and digits ("EU", "IStGH"; a hyphenated one would keep only its last piece). */
const SHORT_FORM = /^[\p{L}\p{N}]+$/u;
const shortForm = z.string().trim().max(MAX_SYNONYM_LENGTH).regex(SHORT_FORM, "a short form is one word of letters and digits");

export const synonymsFileSchema = z.strictObject({
  version: z.literal(1),
  groups: z.array(z.array(z.string().trim().min(1).max(MAX_SYNONYM_LENGTH)).min(2).max(MAX_SYNONYMS_PER_GROUP)).max(MAX_SYNONYM_GROUPS),
  names: z
    .array(
      z
        .tuple([z.string().trim().max(MAX_SYNONYM_LENGTH).regex(NAME, "a name is two to four words"), shortForm], shortForm)
        .refine((entry) => entry.length <= MAX_SYNONYMS_PER_GROUP, { message: `at most ${MAX_SYNONYMS_PER_GROUP} words per name` }),
    )
    .max(MAX_SYNONYM_GROUPS)
    .optional(),
});

export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
