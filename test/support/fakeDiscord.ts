/**
 * A fake Discord (REST API + gateway) on 127.0.0.1 for end-to-end tests.
 *
 * The real discord.js Client talks to it unchanged: give it `rest: { api: fake.api }`
 * and any token. discord.js fetches the gateway URL from `GET /gateway/bot`, so the
 * websocket side needs no extra configuration.
 *
 * What it models (because discord.js or the bot depends on it):
 * - gateway: HELLO → IDENTIFY → READY + one GUILD_CREATE per guild (discord.js only
 *   emits `clientReady` once every guild listed in READY has arrived), heartbeat ACKs,
 *   RESUME with replay of missed dispatches, INVALID_SESSION for unknown sessions;
 * - interactions: one callback per interaction (a second one gets 40060), callbacks
 *   after the 3 s deadline get 10062, `@original` / follow-up webhook messages;
 * - bulk overwrite of application commands (global and per guild);
 * - fault injection for any route (5xx, 429 with the headers @discordjs/rest reads).
 *
 * Everything received is recorded (`requests`, `identifies`, `resumes`, `gatewayFrames`).
 */
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { HANG_GUARD_MS } from "./hangGuard.js";

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

export type Json = Record<string, unknown>;

export interface FakeDiscordOptions {
  /** When set, REST calls and IDENTIFY/RESUME must use exactly this token. Otherwise any token is accepted. */
  token?: string;
  /** Application id; the bot user gets the same id (as for every modern Discord app). */
  applicationId?: string;
  /** Guilds the bot is in; each gets one text channel. */
  guildIds?: string[];
  /** Gateway heartbeat interval sent in HELLO. discord.js waits a random fraction of it before the first beat. */
  heartbeatIntervalMs?: number;
  /** How long after dispatch an interaction callback is still accepted (Discord: 3 s). */
  interactionDeadlineMs?: number;
}

export interface RecordedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
}

export interface RecordedRequest {
  method: string;
  /** Route below `/api/vNN`, percent-decoded (`%40original` → `@original`), without query. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; for multipart/form-data the parsed `payload_json` part. */
  body: unknown;
  /** File parts of a multipart body. */
  files: RecordedFile[];
  time: number;
  /** Status code the fake answered with. */
  status: number;
  /** True when the answer came from `failNext`. */
  injected: boolean;
}

export interface FaultMatcher {
  method?: string;
  pathIncludes?: string;
  path?: RegExp;
}

export interface FaultResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface IdentifyPayload {
  token: string;
  intents: number;
  properties?: Json;
  shard?: [number, number];
  compress?: boolean;
  large_threshold?: number;
  presence?: Json;
}

export interface ResumePayload {
  token: string;
  session_id: string;
  seq: number;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  time: number;
}

/** What a test passes to `sendInteraction`; anything not given gets a realistic default. */
export interface InteractionInput {
  /** 2 application command, 3 message component, 4 autocomplete, 5 modal submit. */
  type: 2 | 3 | 4 | 5;
  data?: Json;
  /** Merged into the default user (and `member.user`). */
  user?: Json;
  [field: string]: unknown;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Wait for the n-th matching request (1-based). */
  count?: number;
}

export interface SentInteraction {
  /** The full INTERACTION_CREATE payload that was dispatched. */
  payload: Json;
  id: string;
  token: string;
  /** Resolves with the first *successful* (2xx) callback, so injected failures that discord.js retries are skipped. */
  reply(timeoutMs?: number): Promise<InteractionReply>;
  /** Every callback POST so far, including failed/injected ones. */
  callbackAttempts(): RecordedRequest[];
  /** Resolves with the n-th callback POST, whatever its status. */
  waitForCallbackAttempt(opts?: WaitOptions): Promise<RecordedRequest>;
  /** Resolves with the n-th successful `PATCH /webhooks/:app/:token/messages/@original`. */
  waitForEdit(opts?: WaitOptions): Promise<RecordedRequest>;
  /** What a deferred interaction ends with: the edit of "thinking…", or a follow-up (a private reply replaces it). */
  waitForEditOrFollowUp(opts?: WaitOptions): Promise<RecordedRequest>;
  /** Resolves with the n-th successful follow-up `POST /webhooks/:app/:token`. */
  waitForFollowUp(opts?: WaitOptions): Promise<RecordedRequest>;
  /** All webhook requests made with this interaction's token. */
  webhookRequests(): RecordedRequest[];
}

export interface InteractionReply {
  /** Callback type (4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  type: number;
  data: Json | undefined;
  request: RecordedRequest;
  interaction: SentInteraction;
}

export interface FakeDiscord {
  readonly api: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUser: Json;
  readonly defaultUser: Json;
  readonly guildIds: readonly string[];
  /** guild id → id of its text channel */
  readonly channelIds: Readonly<Record<string, string>>;
  readonly requests: RecordedRequest[];
  readonly identifies: IdentifyPayload[];
  readonly resumes: ResumePayload[];
  readonly gatewayFrames: GatewayFrame[];
  /** Commands as last bulk-overwritten: `global` and per guild id. */
  readonly commands: { global: Json[]; guild: Record<string, Json[]> };
  /** Resolves once the first IDENTIFY has been answered with READY and GUILD_CREATEs. */
  readonly ready: Promise<void>;
  waitForIdentify(count?: number, timeoutMs?: number): Promise<IdentifyPayload>;
  waitForResume(count?: number, timeoutMs?: number): Promise<ResumePayload>;
  /** Resolves when a socket has an active session (after READY or RESUMED). */
  waitForGatewayReady(timeoutMs?: number): Promise<void>;
  /** Resolves with the n-th recorded request matching `predicate`; requests recorded before the call count too. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, opts?: WaitOptions): Promise<RecordedRequest>;
  /** Sends any dispatch event (waits for a live session); returns its sequence number. */
  dispatch(t: string, d: Json): Promise<number>;
  dispatchInteraction(input: InteractionInput): Promise<SentInteraction>;
  sendInteraction(input: InteractionInput, timeoutMs?: number): Promise<InteractionReply>;
  /** The next `times` requests matching `matcher` get `response` instead of the normal answer. */
  failNext(matcher: FaultMatcher, response: FaultResponse, times?: number): void;
  /** Shorthand: fail the next `times` interaction callback POSTs. */
  failNextCallback(response: FaultResponse, times?: number): void;
  clearFaults(): void;
  /**
   * Closes the bot's websocket. With a code (e.g. 4000) a close frame is sent — discord.js
   * resumes for 4xxx codes and re-identifies for 1000; without a code the socket is
   * terminated abruptly (client sees 1006 and resumes). `invalidateSession` makes the
   * following RESUME fail with INVALID_SESSION so discord.js must IDENTIFY again.
   */
  dropGateway(code?: number, opts?: { invalidateSession?: boolean }): Promise<void>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// Constants and small helpers
// ---------------------------------------------------------------------------

const DEFAULT_TIMEOUT_MS = HANG_GUARD_MS;
const DEFAULT_APPLICATION_ID = "1300000000000000001";
const DEFAULT_GUILD_ID = "1300000000000000100";
const DISCORD_EPOCH = 1_420_070_400_000n;

/** Permission bits a normal bot/member has: view, send, embed, attach, history, external emojis, reactions, slash commands, thread messages. */
const BASIC_PERMISSIONS = [6n, 10n, 11n, 14n, 15n, 16n, 18n, 31n, 38n]
  .reduce((bits, bit) => bits | (1n << bit), 0n)
  .toString();

let snowflakeIncrement = 0n;

/** Real-looking snowflake (timestamp-based), so discord.js `createdTimestamp` values are sane. */
export function snowflake(): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | snowflakeIncrement).toString();
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isoNow(): string {
  return new Date().toISOString();
}

function apiError(status: number, code: number, message: string): FaultResponse {
  return { status, body: { message, code } };
}

// ---------------------------------------------------------------------------
// Fault builders
// ---------------------------------------------------------------------------

export const faults = {
  /** 5xx: @discordjs/rest retries immediately, up to `rest.retries` (default 3) extra attempts. */
  serverError(status = 500): FaultResponse {
    return apiError(status, 0, `${status}: Internal Server Error`);
  },
  /**
   * 429: @discordjs/rest sleeps for the `Retry-After` header (seconds, plus its 50 ms offset)
   * and retries without counting it as a retry. The body mirrors what Discord sends.
   */
  rateLimited(retryAfterSeconds: number, opts: { global?: boolean } = {}): FaultResponse {
    const headers: Record<string, string> = {
      "Retry-After": String(retryAfterSeconds),
      "X-RateLimit-Limit": "5",
      "X-RateLimit-Remaining": "0",
      "X-RateLimit-Reset-After": String(retryAfterSeconds),
      "X-RateLimit-Reset": String(Date.now() / 1000 + retryAfterSeconds),
      "X-RateLimit-Scope": opts.global ? "global" : "user",
    };
    if (opts.global) headers["X-RateLimit-Global"] = "true";
    return {
      status: 429,
      headers,
      body: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global: Boolean(opts.global) },
    };
  },
  alreadyAcknowledged(): FaultResponse {
    return apiError(400, 40060, "Interaction has already been acknowledged.");
  },
  unknownInteraction(): FaultResponse {
    return apiError(404, 10062, "Unknown interaction");
  },
  unknownMessage(): FaultResponse {
    return apiError(404, 10008, "Unknown Message");
  },
  unknownWebhook(): FaultResponse {
    return apiError(404, 10015, "Unknown Webhook");
  },
  missingAccess(): FaultResponse {
    return apiError(403, 50001, "Missing Access");
  },
  missingPermissions(): FaultResponse {
    return apiError(403, 50013, "Missing Permissions");
  },
  /** Callback errors by Discord error code: 40060 already acknowledged, 10062 unknown interaction. */
  interactionCallbackError(code: 40060 | 10062): FaultResponse {
    return code === 40060 ? faults.alreadyAcknowledged() : faults.unknownInteraction();
  },
};

// ---------------------------------------------------------------------------
// Payload builders (shapes follow the Discord API v10 docs)
// ---------------------------------------------------------------------------

function buildBotUser(applicationId: string): Json {
  return {
    id: applicationId,
    username: "Verhandlungsbot",
    global_name: null,
    discriminator: "0",
    avatar: null,
    bot: true,
    verified: true,
    flags: 0,
    public_flags: 0,
    mfa_enabled: true,
  };
}

function buildDefaultUser(): Json {
  return {
    id: "1300000000000000200",
    username: "testnutzer",
    global_name: "Test Nutzer",
    discriminator: "0",
    avatar: null,
    public_flags: 0,
  };
}

function buildApplication(applicationId: string, botUser: Json, owner: Json): Json {
  return {
    id: applicationId,
    name: "Verhandlungsbot",
    icon: null,
    description: "",
    bot_public: false,
    bot_require_code_grant: false,
    bot: botUser,
    owner,
    verify_key: "0".repeat(64),
    flags: 0,
    team: null,
    summary: "",
    approximate_guild_count: 1,
    interactions_endpoint_url: null,
    install_params: { scopes: ["bot", "applications.commands"], permissions: BASIC_PERMISSIONS },
  };
}

function buildTextChannel(id: string, guildId: string): Json {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name: "allgemein",
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

function buildMember(user: Json, joinedAt: string, permissions?: string): Json {
  const member: Json = {
    user,
    roles: [],
    nick: null,
    avatar: null,
    banner: null,
    premium_since: null,
    joined_at: joinedAt,
    pending: false,
    deaf: false,
    mute: false,
    flags: 0,
    communication_disabled_until: null,
  };
  if (permissions) member.permissions = permissions;
  return member;
}

function buildGuild(id: string, channel: Json, ownerId: string, botMember: Json): Json {
  return {
    id,
    name: `Testserver ${id.slice(-4)}`,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: "de",
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    features: [],
    // The @everyone role always has the guild's id.
    roles: [
      {
        id,
        name: "@everyone",
        permissions: BASIC_PERMISSIONS,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        icon: null,
        unicode_emoji: null,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    // GUILD_CREATE-only fields
    joined_at: isoNow(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [botMember],
    channels: [channel],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

interface MessageContext {
  channelId: string;
  guildId: string | undefined;
  author: Json;
  applicationId: string;
  files?: RecordedFile[];
  type?: number;
}

/** A message as Discord returns it for webhook/interaction responses. */
function buildMessage(data: Json, ctx: MessageContext): Json {
  const attachments = (ctx.files ?? []).map((file) => ({
    id: snowflake(),
    filename: file.name,
    size: file.size,
    content_type: file.contentType,
    url: `https://cdn.discordapp.invalid/attachments/${ctx.channelId}/${file.name}`,
    proxy_url: `https://media.discordapp.invalid/attachments/${ctx.channelId}/${file.name}`,
  }));
  return {
    id: snowflake(),
    type: ctx.type ?? 0,
    channel_id: ctx.channelId,
    ...(ctx.guildId ? { guild_id: ctx.guildId } : {}),
    author: ctx.author,
    content: "",
    embeds: [],
    components: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: 0,
    timestamp: isoNow(),
    edited_timestamp: null,
    webhook_id: ctx.applicationId,
    application_id: ctx.applicationId,
    ...withoutRequestOnlyFields(data),
    attachments,
  };
}

/** Request fields that never show up on the returned message object. */
function withoutRequestOnlyFields(data: Json): Json {
  const { allowed_mentions: _a, attachments: _b, files: _c, choices: _d, ...rest } = data;
  return rest;
}

/** Fills command/component data with defaults discord.js needs to build the interaction class. */
function buildInteractionData(type: number, data: Json = {}): Json {
  if (type === 3) return { component_type: 2, custom_id: "button", ...data };
  if (type === 5) return { custom_id: "modal", components: [], ...data };
  return { id: snowflake(), type: 1, name: "command", options: [], ...data };
}

// ---------------------------------------------------------------------------
// HTTP helpers
// ---------------------------------------------------------------------------

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (req: RecordedRequest, params: Record<string, string>) => Reply;

interface Route {
  method: string;
  pattern: string;
  handle: Handler;
}

/** Matches "/a/:b/c" against a path; returns the params or null. */
function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(":")) params[want[i].slice(1)] = got[i];
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

/** "/api/v10/webhooks/1/abc/messages/%40original" → "/webhooks/1/abc/messages/@original" */
function apiRoute(pathname: string): string {
  const route = pathname.replace(/^\/api/, "").replace(/^\/v\d+/, "");
  return route.split("/").map(safeDecode).join("/") || "/";
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON bodies are parsed; multipart bodies (discord.js sends these with files) yield payload_json + file metadata. */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith("multipart/form-data")) return parseMultipart(raw, contentType);
  const text = raw.toString("utf8");
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  // Node's fetch Response implements a spec-compliant multipart parser; no extra dependency needed.
  const form = await new Response(new Uint8Array(raw), { headers: { "content-type": contentType } }).formData();
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") {
      if (field === "payload_json") body = JSON.parse(value);
    } else {
      files.push({ field, name: value.name, size: value.size, contentType: value.type });
    }
  }
  return { body, files };
}

function writeReply(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  // A JSON content type on an empty 204 would make @discordjs/rest try (and fail) to parse it.
  if (reply.body !== undefined) headers["Content-Type"] = "application/json";
  res.writeHead(reply.status, headers);
  res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
}

// ---------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------

interface GatewaySession {
  id: string;
  seq: number;
  resumable: boolean;
  /** Dispatches kept for replay on RESUME. */
  backlog: Array<{ s: number; t: string; d: Json }>;
}

interface Connection {
  socket: WebSocket;
  session: GatewaySession | null;
}

interface InteractionState {
  payload: Json;
  id: string;
  token: string;
  dispatchedAt: number;
  acknowledged: boolean;
  /** The `@original` message, once a callback created or targeted one. */
  original: Json | undefined;
  followUps: Map<string, Json>;
}

interface FaultEntry {
  matcher: FaultMatcher;
  response: FaultResponse;
  remaining: number;
}

const BACKLOG_LIMIT = 200;

// ---------------------------------------------------------------------------
// The fake
// ---------------------------------------------------------------------------

class FakeDiscordServer implements FakeDiscord {
  api = "";
  gatewayUrl = "";
  readonly applicationId: string;
  readonly botUser: Json;
  readonly defaultUser: Json;
  readonly guildIds: readonly string[];
  readonly channelIds: Record<string, string> = {};
  readonly requests: RecordedRequest[] = [];
  readonly identifies: IdentifyPayload[] = [];
  readonly resumes: ResumePayload[] = [];
  readonly gatewayFrames: GatewayFrame[] = [];
  readonly commands: { global: Json[]; guild: Record<string, Json[]> } = { global: [], guild: {} };
  readonly ready: Promise<void>;

  private readonly token: string | undefined;
  private readonly heartbeatIntervalMs: number;
  private readonly interactionDeadlineMs: number;
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly events = new EventEmitter();
  private readonly connections = new Set<Connection>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly commandIds = new Map<string, string>();
  private readonly routes: Route[];
  private faultEntries: FaultEntry[] = [];
  private session: GatewaySession | null = null;
  /** The socket whose session is active (READY/RESUMED sent); dispatches go here. */
  private live: Connection | null = null;
  private markReady: () => void = () => {};
  private closed = false;

  constructor(opts: FakeDiscordOptions) {
    this.token = opts.token;
    this.applicationId = opts.applicationId ?? DEFAULT_APPLICATION_ID;
    this.guildIds = opts.guildIds ?? [DEFAULT_GUILD_ID];
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 45_000;
    this.interactionDeadlineMs = opts.interactionDeadlineMs ?? 3_000;
    this.botUser = buildBotUser(this.applicationId);
    this.defaultUser = buildDefaultUser();
    for (const guildId of this.guildIds) this.channelIds[guildId] = snowflake();
    this.events.setMaxListeners(0);
    this.ready = new Promise((resolve) => {
      this.markReady = resolve;
    });
    this.routes = this.buildRoutes();
    this.http = createServer((req, res) => {
      this.onHttpRequest(req, res).catch((error: unknown) => {
        writeReply(res, { status: 500, body: { message: String(error), code: 0 } });
      });
    });
    this.wss = new WebSocketServer({ server: this.http });
    this.wss.on("connection", (socket) => this.onGatewayConnection(socket));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once("error", reject);
      this.http.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = this.http.address() as AddressInfo;
    this.api = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
  }

  // ----- waiting -------------------------------------------------------------

  /** Calls `check` now and after every state change until it returns a value. */
  private waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off("change", attempt);
        this.events.off("closed", onClosed);
      };
      const attempt = () => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const onClosed = () => {
        cleanup();
        reject(new Error(`FakeDiscord closed while waiting for ${what}`));
      };
      timer = setTimeout(() => {
        cleanup();
        reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for ${what}.\n${this.describeRecent()}`));
      }, timeoutMs);
      this.events.on("change", attempt);
      this.events.on("closed", onClosed);
      attempt();
    });
  }

  private changed(): void {
    this.events.emit("change");
  }

  private describeRecent(): string {
    const recent = this.requests.slice(-8).map((r) => `  ${r.method} ${r.path} → ${r.status}`);
    return `Last requests:\n${recent.join("\n") || "  (none)"}`;
  }

  waitForIdentify(count = 1, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<IdentifyPayload> {
    return this.waitUntil(() => this.identifies[count - 1], timeoutMs, `IDENTIFY #${count}`);
  }

  waitForResume(count = 1, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ResumePayload> {
    return this.waitUntil(() => this.resumes[count - 1], timeoutMs, `RESUME #${count}`);
  }

  async waitForGatewayReady(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    await this.waitUntil(() => this.live ?? undefined, timeoutMs, "a live gateway session");
  }

  waitForRequest(predicate: (r: RecordedRequest) => boolean, opts: WaitOptions = {}): Promise<RecordedRequest> {
    const count = opts.count ?? 1;
    return this.waitUntil(
      () => this.requests.filter(predicate)[count - 1],
      opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      `request #${count} matching ${predicate.toString()}`,
    );
  }

  // ----- fault injection -----------------------------------------------------

  failNext(matcher: FaultMatcher, response: FaultResponse, times = 1): void {
    this.faultEntries.push({ matcher, response, remaining: times });
  }

  failNextCallback(response: FaultResponse, times = 1): void {
    this.failNext({ method: "POST", path: /^\/interactions\/[^/]+\/[^/]+\/callback$/ }, response, times);
  }

  clearFaults(): void {
    this.faultEntries = [];
  }

  private takeFault(req: RecordedRequest): FaultResponse | undefined {
    const entry = this.faultEntries.find((f) => f.remaining > 0 && faultMatches(f.matcher, req));
    if (!entry) return undefined;
    entry.remaining -= 1;
    this.faultEntries = this.faultEntries.filter((f) => f.remaining > 0);
    return entry.response;
  }

  // ----- HTTP ------------------------------------------------------------------

  private async onHttpRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const { body, files } = await parseBody(await readRawBody(req), req.headers["content-type"]);
    const record: RecordedRequest = {
      method: (req.method ?? "GET").toUpperCase(),
      path: apiRoute(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      files,
      time: Date.now(),
      status: 0,
      injected: false,
    };
    const fault = this.takeFault(record);
    const reply = fault ?? this.route(record);
    record.status = reply.status;
    record.injected = fault !== undefined;
    this.requests.push(record);
    writeReply(res, reply);
    this.changed();
  }

  private route(req: RecordedRequest): Reply {
    for (const route of this.routes) {
      if (route.method !== req.method) continue;
      const params = matchRoute(route.pattern, req.path);
      if (!params) continue;
      const authFailure = this.checkAuth(req);
      return authFailure ?? route.handle(req, params);
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  /** Interaction callbacks and webhooks are authorised by their token in the URL, everything else by `Bot <token>`. */
  private checkAuth(req: RecordedRequest): Reply | undefined {
    if (this.token === undefined) return undefined;
    if (req.path.startsWith("/interactions/") || req.path.startsWith("/webhooks/")) return undefined;
    if (req.headers.authorization === `Bot ${this.token}`) return undefined;
    return { status: 401, body: { message: "401: Unauthorized", code: 0 } };
  }

  private buildRoutes(): Route[] {
    const r = (method: string, pattern: string, handle: Handler): Route => ({ method, pattern, handle });
    const ok = (body: unknown): Reply => ({ status: 200, body });
    return [
      r("GET", "/gateway", () => ok({ url: this.gatewayUrl })),
      r("GET", "/gateway/bot", () => ok(this.gatewayBot())),
      r("GET", "/users/@me", () => ok(this.botUser)),
      r("GET", "/applications/@me", () => ok(this.application())),
      r("GET", "/oauth2/applications/@me", () => ok(this.application())),
      r("PUT", "/applications/:app/commands", (req) => ok(this.overwriteCommands(req.body, undefined))),
      r("GET", "/applications/:app/commands", () => ok(this.commands.global)),
      r("PUT", "/applications/:app/guilds/:guild/commands", (req, p) => ok(this.overwriteCommands(req.body, p.guild))),
      r("GET", "/applications/:app/guilds/:guild/commands", (_req, p) => ok(this.commands.guild[p.guild] ?? [])),
      r("POST", "/interactions/:id/:token/callback", (req, p) => this.interactionCallback(req, p.id, p.token)),
      r("POST", "/webhooks/:app/:token", (req, p) => this.createFollowUp(req, p.token)),
      r("GET", "/webhooks/:app/:token/messages/:message", (_req, p) => this.getWebhookMessage(p.token, p.message)),
      r("PATCH", "/webhooks/:app/:token/messages/:message", (req, p) => this.editWebhookMessage(req, p.token, p.message)),
      r("DELETE", "/webhooks/:app/:token/messages/:message", (_req, p) => this.deleteWebhookMessage(p.token, p.message)),
      r("GET", "/guilds/:guild", (_req, p) => this.getGuild(p.guild)),
      r("GET", "/channels/:channel", (_req, p) => this.getChannel(p.channel)),
      r("POST", "/channels/:channel/messages", (req, p) => this.createChannelMessage(req, p.channel)),
    ];
  }

  private gatewayBot(): Json {
    return {
      url: this.gatewayUrl,
      shards: 1,
      // reset_after 0 makes @discordjs/ws cache this for only 5 s (it uses `reset_after || 5000`).
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    };
  }

  private application(): Json {
    return buildApplication(this.applicationId, this.botUser, this.defaultUser);
  }

  /** Bulk overwrite: echoes the commands with ids; a name keeps its id across overwrites like on Discord. */
  private overwriteCommands(body: unknown, guildId: string | undefined): Json[] {
    const list = Array.isArray(body) ? body.filter(isObject) : [];
    const saved = list.map((command) => {
      const key = `${guildId ?? "global"}:${String(command.type ?? 1)}:${String(command.name)}`;
      const id = this.commandIds.get(key) ?? snowflake();
      this.commandIds.set(key, id);
      return {
        type: 1,
        description: "",
        options: [],
        default_member_permissions: null,
        nsfw: false,
        contexts: null,
        integration_types: [0],
        name_localizations: null,
        description_localizations: null,
        ...command,
        id,
        application_id: this.applicationId,
        version: snowflake(),
        ...(guildId ? { guild_id: guildId } : {}),
      };
    });
    if (guildId) this.commands.guild[guildId] = saved;
    else this.commands.global = saved;
    return saved;
  }

  private getGuild(guildId: string): Reply {
    if (!this.guildIds.includes(guildId)) return faults.missingAccess();
    const { members: _m, channels: _c, threads: _t, presences: _p, voice_states: _v, ...guild } = this.guildPayload(guildId);
    return { status: 200, body: guild };
  }

  private getChannel(channelId: string): Reply {
    const guildId = this.guildIds.find((g) => this.channelIds[g] === channelId);
    if (!guildId) return apiError(404, 10003, "Unknown Channel");
    return { status: 200, body: buildTextChannel(channelId, guildId) };
  }

  private createChannelMessage(req: RecordedRequest, channelId: string): Reply {
    const guildId = this.guildIds.find((g) => this.channelIds[g] === channelId);
    if (!guildId) return apiError(404, 10003, "Unknown Channel");
    const data = isObject(req.body) ? req.body : {};
    const message = buildMessage(data, {
      channelId,
      guildId,
      author: this.botUser,
      applicationId: this.applicationId,
      files: req.files,
    });
    delete message.webhook_id;
    return { status: 200, body: message };
  }

  // ----- interactions (REST side) ---------------------------------------------

  private interactionCallback(req: RecordedRequest, id: string, token: string): Reply {
    const state = this.interactions.get(id);
    if (!state || state.token !== token) return faults.unknownInteraction();
    if (state.acknowledged) return faults.alreadyAcknowledged();
    if (Date.now() - state.dispatchedAt > this.interactionDeadlineMs) return faults.unknownInteraction();
    const body = isObject(req.body) ? req.body : {};
    const type = Number(body.type);
    const data = isObject(body.data) ? body.data : undefined;
    state.acknowledged = true;
    state.original = this.originalAfterCallback(state, type, data, req.files);
    if (req.query.with_response !== "true") return { status: 204 };
    return { status: 200, body: this.callbackResponse(state, type) };
  }

  /** Which message `@original` refers to after a callback of the given type. */
  private originalAfterCallback(
    state: InteractionState,
    type: number,
    data: Json | undefined,
    files: RecordedFile[],
  ): Json | undefined {
    const componentMessage = isObject(state.payload.message) ? state.payload.message : undefined;
    switch (type) {
      case 4:
        return this.interactionMessage(state, data ?? {}, files);
      case 5: // deferred reply: a "thinking…" message (flag 128 = LOADING)
        return this.interactionMessage(state, { flags: 128 | Number(data?.flags ?? 0) }, []);
      case 6:
        return componentMessage;
      case 7:
        return componentMessage && { ...componentMessage, ...withoutRequestOnlyFields(data ?? {}), edited_timestamp: isoNow() };
      default: // 1 pong, 8 autocomplete, 9 modal: no message
        return undefined;
    }
  }

  private callbackResponse(state: InteractionState, type: number): Json {
    const message = state.original;
    return {
      interaction: {
        id: state.id,
        type: state.payload.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: Boolean(Number(message?.flags ?? 0) & 64),
      },
      resource: message ? { type, message } : { type },
    };
  }

  private interactionMessage(state: InteractionState, data: Json, files: RecordedFile[]): Json {
    return buildMessage(data, {
      channelId: String(state.payload.channel_id),
      guildId: typeof state.payload.guild_id === "string" ? state.payload.guild_id : undefined,
      author: this.botUser,
      applicationId: this.applicationId,
      files,
      type: state.payload.type === 2 ? 20 : 0,
    });
  }

  private createFollowUp(req: RecordedRequest, token: string): Reply {
    const state = this.interactionsByToken.get(token);
    // Discord only knows the webhook once the interaction has been acknowledged.
    if (!state?.acknowledged) return faults.unknownWebhook();
    const message = this.interactionMessage(state, isObject(req.body) ? req.body : {}, req.files);
    state.followUps.set(String(message.id), message);
    return req.query.wait === "true" ? { status: 200, body: message } : { status: 204 };
  }

  private findWebhookMessage(state: InteractionState, messageId: string): Json | undefined {
    if (messageId === "@original" || messageId === state.original?.id) return state.original;
    return state.followUps.get(messageId);
  }

  private getWebhookMessage(token: string, messageId: string): Reply {
    const state = this.interactionsByToken.get(token);
    if (!state) return faults.unknownWebhook();
    const message = this.findWebhookMessage(state, messageId);
    return message ? { status: 200, body: message } : faults.unknownMessage();
  }

  private editWebhookMessage(req: RecordedRequest, token: string, messageId: string): Reply {
    const state = this.interactionsByToken.get(token);
    if (!state) return faults.unknownWebhook();
    const message = this.findWebhookMessage(state, messageId);
    if (!message) return faults.unknownMessage();
    const edits = withoutRequestOnlyFields(isObject(req.body) ? req.body : {});
    // Editing a deferred reply clears its LOADING flag, as on Discord.
    const flags = Number(edits.flags ?? message.flags ?? 0) & ~128;
    Object.assign(message, edits, { flags, edited_timestamp: isoNow() });
    return { status: 200, body: message };
  }

  private deleteWebhookMessage(token: string, messageId: string): Reply {
    const state = this.interactionsByToken.get(token);
    if (!state) return faults.unknownWebhook();
    const message = this.findWebhookMessage(state, messageId);
    if (!message) return faults.unknownMessage();
    if (message === state.original) state.original = undefined;
    else state.followUps.delete(messageId);
    return { status: 204 };
  }

  // ----- interactions (gateway side) ------------------------------------------

  private buildInteraction(input: InteractionInput): Json {
    const { type, data, user: userOverride, ...overrides } = input;
    const guildId = typeof overrides.guild_id === "string" ? overrides.guild_id : this.guildIds[0];
    const channelId = typeof overrides.channel_id === "string" ? overrides.channel_id : this.channelIds[guildId];
    const user = { ...this.defaultUser, ...userOverride };
    const payload: Json = {
      id: snowflake(),
      application_id: this.applicationId,
      type,
      token: `fake-interaction-token-${randomBytes(24).toString("hex")}`,
      version: 1,
      guild_id: guildId,
      guild: { id: guildId, locale: "de", features: [] },
      channel_id: channelId,
      channel: { ...buildTextChannel(channelId, guildId), permissions: BASIC_PERMISSIONS },
      member: buildMember(user, isoNow(), BASIC_PERMISSIONS),
      user,
      locale: "de",
      guild_locale: "de",
      app_permissions: BASIC_PERMISSIONS,
      entitlements: [],
      authorizing_integration_owners: { "0": guildId },
      context: 0,
      attachment_size_limit: 10 * 1024 * 1024,
      data: buildInteractionData(type, data),
    };
    // Component interactions carry the message the component is attached to.
    if (type === 3) {
      payload.message = buildMessage({}, { channelId, guildId, author: this.botUser, applicationId: this.applicationId });
    }
    return { ...payload, ...overrides };
  }

  async dispatchInteraction(input: InteractionInput): Promise<SentInteraction> {
    const payload = this.buildInteraction(input);
    const state: InteractionState = {
      payload,
      id: String(payload.id),
      token: String(payload.token),
      dispatchedAt: Date.now(),
      acknowledged: false,
      original: undefined,
      followUps: new Map(),
    };
    this.interactions.set(state.id, state);
    this.interactionsByToken.set(state.token, state);
    await this.dispatch("INTERACTION_CREATE", payload);
    // The deadline counts from when the bot could actually see the event.
    state.dispatchedAt = Date.now();
    return this.sentInteraction(state);
  }

  async sendInteraction(input: InteractionInput, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<InteractionReply> {
    const sent = await this.dispatchInteraction(input);
    return sent.reply(timeoutMs);
  }

  private sentInteraction(state: InteractionState): SentInteraction {
    const callbackPath = `/interactions/${state.id}/${state.token}/callback`;
    const webhookPath = `/webhooks/${this.applicationId}/${state.token}`;
    const isCallback = (r: RecordedRequest) => r.method === "POST" && r.path === callbackPath;
    const succeeded = (r: RecordedRequest) => r.status >= 200 && r.status < 300;
    const waitFor = (predicate: (r: RecordedRequest) => boolean, opts: WaitOptions = {}) =>
      this.waitForRequest(predicate, opts);
    const sent: SentInteraction = {
      payload: state.payload,
      id: state.id,
      token: state.token,
      reply: async (timeoutMs = DEFAULT_TIMEOUT_MS) => {
        const request = await waitFor((r) => isCallback(r) && succeeded(r), { timeoutMs });
        const body = isObject(request.body) ? request.body : {};
        return { type: Number(body.type), data: isObject(body.data) ? body.data : undefined, request, interaction: sent };
      },
      callbackAttempts: () => this.requests.filter(isCallback),
      waitForCallbackAttempt: (opts) => waitFor(isCallback, opts),
      waitForEdit: (opts) =>
        waitFor((r) => r.method === "PATCH" && r.path === `${webhookPath}/messages/@original` && succeeded(r), opts),
      waitForFollowUp: (opts) => waitFor((r) => r.method === "POST" && r.path === webhookPath && succeeded(r), opts),
      waitForEditOrFollowUp: (opts) =>
        waitFor(
          (r) => succeeded(r) && ((r.method === "PATCH" && r.path === `${webhookPath}/messages/@original`) || (r.method === "POST" && r.path === webhookPath)),
          opts,
        ),
      webhookRequests: () => this.requests.filter((r) => r.path.startsWith(webhookPath)),
    };
    return sent;
  }

  // ----- gateway ---------------------------------------------------------------

  private onGatewayConnection(socket: WebSocket): void {
    const conn: Connection = { socket, session: null };
    this.connections.add(conn);
    socket.on("message", (raw) => this.onGatewayMessage(conn, raw));
    socket.on("close", () => this.onGatewayClose(conn));
    socket.on("error", () => socket.terminate());
    this.send(conn, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private onGatewayClose(conn: Connection): void {
    this.connections.delete(conn);
    if (this.live === conn) this.live = null;
    this.changed();
  }

  private onGatewayMessage(conn: Connection, raw: RawData): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      frame = JSON.parse(raw.toString()) as { op?: unknown; d?: unknown };
    } catch {
      conn.socket.close(4002, "Error while decoding payload.");
      return;
    }
    const op = Number(frame.op);
    this.gatewayFrames.push({ op, d: frame.d, time: Date.now() });
    switch (op) {
      case 1: // heartbeat
        this.send(conn, { op: 11 });
        break;
      case 2:
        this.onIdentify(conn, frame.d as IdentifyPayload);
        break;
      case 6:
        this.onResume(conn, frame.d as ResumePayload);
        break;
      default: // presence/voice updates etc. are only recorded
        break;
    }
    this.changed();
  }

  private tokenAccepted(token: string): boolean {
    return this.token === undefined || token === this.token;
  }

  private onIdentify(conn: Connection, identify: IdentifyPayload): void {
    this.identifies.push(identify);
    if (!this.tokenAccepted(identify.token)) {
      conn.socket.close(4004, "Authentication failed.");
      return;
    }
    if (conn.session) {
      conn.socket.close(4005, "Already authenticated.");
      return;
    }
    const session: GatewaySession = { id: randomBytes(16).toString("hex"), seq: 0, resumable: true, backlog: [] };
    this.session = session;
    conn.session = session;
    this.sendDispatch(conn, "READY", this.readyPayload(session));
    for (const guildId of this.guildIds) this.sendDispatch(conn, "GUILD_CREATE", this.guildPayload(guildId));
    this.live = conn;
    this.markReady();
  }

  private onResume(conn: Connection, resume: ResumePayload): void {
    this.resumes.push(resume);
    const session = this.session;
    const valid = session?.resumable && session.id === resume.session_id && this.tokenAccepted(resume.token);
    if (!session || !valid) {
      // d:false = not resumable; discord.js then reconnects and IDENTIFYs.
      this.send(conn, { op: 9, d: false });
      return;
    }
    conn.session = session;
    for (const event of session.backlog) {
      if (event.s > resume.seq) this.send(conn, { op: 0, ...event });
    }
    this.sendDispatch(conn, "RESUMED", {});
    this.live = conn;
  }

  private readyPayload(session: GatewaySession): Json {
    return {
      v: 10,
      user: this.botUser,
      user_settings: {},
      guilds: this.guildIds.map((id) => ({ id, unavailable: true })),
      private_channels: [],
      presences: [],
      relationships: [],
      session_id: session.id,
      session_type: "normal",
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: 0 },
      shard: [0, 1],
      geo_ordered_rtc_regions: [],
      _trace: ["fake-discord"],
    };
  }

  private guildPayload(guildId: string): Json {
    const channel = buildTextChannel(this.channelIds[guildId], guildId);
    const botMember = buildMember(this.botUser, isoNow());
    return buildGuild(guildId, channel, String(this.defaultUser.id), botMember);
  }

  private send(conn: Connection, frame: Json): void {
    if (conn.socket.readyState === WebSocket.OPEN) conn.socket.send(JSON.stringify(frame));
  }

  /** Sends a dispatch with the session's next sequence number and keeps it for RESUME replay. */
  private sendDispatch(conn: Connection, t: string, d: Json): number {
    const session = conn.session;
    if (!session) throw new Error("FakeDiscord: dispatch on a connection without session");
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.backlog.push(event);
    if (session.backlog.length > BACKLOG_LIMIT) session.backlog.shift();
    this.send(conn, { op: 0, ...event });
    return session.seq;
  }

  async dispatch(t: string, d: Json): Promise<number> {
    await this.waitForGatewayReady();
    const conn = this.live;
    if (!conn) throw new Error("FakeDiscord: no live gateway session");
    return this.sendDispatch(conn, t, d);
  }

  async dropGateway(code?: number, opts: { invalidateSession?: boolean } = {}): Promise<void> {
    const conn = this.live;
    if (!conn) return;
    this.live = null;
    if (opts.invalidateSession && this.session) this.session.resumable = false;
    const closed = new Promise<void>((resolve) => conn.socket.once("close", () => resolve()));
    if (code === undefined) conn.socket.terminate();
    else conn.socket.close(code, "FakeDiscord dropped the connection");
    await closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.events.emit("closed");
    for (const conn of this.connections) conn.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    // Keep-alive sockets from undici would otherwise hold server.close() open.
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

function faultMatches(matcher: FaultMatcher, req: RecordedRequest): boolean {
  if (matcher.method && matcher.method.toUpperCase() !== req.method) return false;
  if (matcher.pathIncludes && !req.path.includes(matcher.pathIncludes)) return false;
  if (matcher.path && !matcher.path.test(req.path)) return false;
  return true;
}

/** Starts the fake on a free port of 127.0.0.1. Call `close()` when done. */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordServer(opts);
  await fake.listen();
  return fake;
}
