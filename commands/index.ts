/** The bot's slash commands: what the router dispatches to and what deploy-commands registers. */
import type { CommandModule } from "../src/bot/context.js";
import * as ask from "./ask.js";
import * as help from "./help.js";
import * as ingest from "./ingest.js";
import * as source from "./source.js";
import * as timeline from "./timeline.js";

export const commands: readonly CommandModule[] = [ask, timeline, source, ingest, help];
