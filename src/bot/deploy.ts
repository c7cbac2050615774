/**
 * `npm run deploy-commands` (entry: src/deployCommands.ts): registers the slash commands with one bulk PUT — in DISCORD_GUILD_ID
 * when set (instant), else globally (up to an hour until every client sees them).
 * Errors are one line on stderr and exit code 1; the token never appears in any output.
 */
import { REST, type RESTPutAPIApplicationCommandsJSONBody, Routes } from "discord.js";
import type { Env } from "../config/env.js";
import type { CommandModule } from "./context.js";
import { describeError } from "./errors.js";

export type DeployEnv = Pick<Env, "DISCORD_TOKEN" | "DISCORD_CLIENT_ID" | "DISCORD_GUILD_ID" | "DISCORD_API_BASE">;

export interface DeployResult {
  scope: "guild" | "global";
  names: string[];
}

export class DeployError extends Error {
  override name = "DeployError";
}

/** The JSON bodies of all commands, as Discord receives them. */
export function commandPayloads(commands: readonly CommandModule[]): RESTPutAPIApplicationCommandsJSONBody {
  return commands.map((command) => command.data.toJSON());
}

export async function deployCommands(env: DeployEnv, commands: readonly CommandModule[], rest?: REST): Promise<DeployResult> {
  const token = env.DISCORD_TOKEN;
  if (!token) throw new DeployError("DISCORD_TOKEN is not set. Put the bot token into .env (see .env.example).");
  const clientId = env.DISCORD_CLIENT_ID;
  if (!clientId) throw new DeployError("DISCORD_CLIENT_ID is not set. Put the application id into .env (see .env.example).");
  const client = rest ?? new REST(env.DISCORD_API_BASE ? { api: env.DISCORD_API_BASE } : {}).setToken(token);
  const body = commandPayloads(commands);
  const route = env.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(clientId, env.DISCORD_GUILD_ID)
    : Routes.applicationCommands(clientId);
  try {
    const saved = (await client.put(route, { body })) as Array<{ name: string }>;
    return { scope: env.DISCORD_GUILD_ID ? "guild" : "global", names: saved.map((c) => c.name) };
  } catch (error) {
    throw new DeployError(`Discord refused the commands: ${describeError(error, [token]).message}`);
  }
}

export interface DeployIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const stdio: DeployIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The script: env → deploy → exit code. Never throws, never prints a stack trace or the token. */
export async function runDeploy(env: DeployEnv | { errors: string[] }, commands: readonly CommandModule[], io: DeployIo = stdio): Promise<number> {
  if ("errors" in env) {
    for (const line of env.errors) io.err(`deploy-commands: ${line}`);
    return 1;
  }
  try {
    const result = await deployCommands(env, commands);
    const where = result.scope === "guild" ? `guild ${env.DISCORD_GUILD_ID}` : "all guilds (global, may take up to an hour)";
    io.out(`deploy-commands: registered ${result.names.map((n) => `/${n}`).join(", ")} in ${where}`);
    return 0;
  } catch (error) {
    const message = error instanceof DeployError ? error.message : describeError(error, env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : []).message;
    io.err(`deploy-commands: ${message}`);
    return 1;
  }
}
