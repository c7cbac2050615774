/**
 * Reply payloads (as they reached the fake Discord) → HTML in a Discord-like dark theme: message content and
 * embeds with the markdown Discord renders (bold, block quotes, subtext, masked links, relative timestamps),
 * buttons, link buttons, select menus, "only you can see this" for private replies, autocomplete lists.
 * For reviewers' eyes only; it is not a faithful Discord client.
 */

type Json = Record<string, unknown>;

export interface PreviewEntry {
  /** What was done, e.g. "/ask Wie alt ist Keith Kellogg?" or "▶ by another user". */
  action: string;
  /** Callback type (4 reply, 7 update, 8 autocomplete). */
  type: number;
  data: Json | undefined;
}

export interface PreviewSection {
  title: string;
  columns: Array<{ label: string; entries: PreviewEntry[] }>;
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** Inline markdown of one line: escapes, code, bold, underline, italic, masked links, bare URLs, timestamps. */
function inline(line: string, now: number): string {
  const slots: string[] = [];
  const keep = (html: string) => `\u0000${slots.push(html) - 1}\u0000`;
  let s = line.replace(/\\([\\*_`~|>#\-[\]()<@!.:])/g, (_, c: string) => keep(esc(c)));
  s = s.replace(/`([^`]+)`/g, (_, code: string) => keep(`<code>${esc(code)}</code>`));
  s = s.replace(/<t:(\d+):R>/g, (_, at: string) => {
    const seconds = Math.max(0, Math.round(Number(at) - now / 1000));
    return keep(`<span class="ts">in ${seconds} seconds</span>`);
  });
  s = s.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, text: string, url: string) => keep(`<a href="${esc(url)}">${inline(text, now)}</a>`));
  s = s.replace(/https?:\/\/[^\s<>]+/g, (url) => keep(`<a href="${esc(url)}">${esc(url)}</a>`));
  s = esc(s);
  s = s.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
  s = s.replace(/__(.+?)__/g, "<u>$1</u>");
  s = s.replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, "$1<em>$2</em>");
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => slots[Number(i)]!);
}

/** Block markdown: "> " block quotes, "-# " subtext, paragraphs. */
export function markdown(text: string, now: number): string {
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length > 0) out.push(`<blockquote>${quote.join("<br>")}</blockquote>`);
    quote = [];
  };
  for (const line of text.split("\n")) {
    if (line.startsWith("> ") || line === ">") {
      quote.push(inline(line.slice(2), now));
      continue;
    }
    flush();
    if (line.startsWith("-# ")) out.push(`<div class="subtext">${inline(line.slice(3), now)}</div>`);
    else if (line === "") out.push(`<div class="gap"></div>`);
    else out.push(`<div>${inline(line, now)}</div>`);
  }
  flush();
  return out.join("");
}

function embedHtml(embed: Json, now: number): string {
  const color = typeof embed.color === "number" ? `#${embed.color.toString(16).padStart(6, "0")}` : "#1e1f22";
  const parts: string[] = [];
  if (typeof embed.title === "string") {
    const title = inline(embed.title, now);
    parts.push(`<div class="e-title">${typeof embed.url === "string" ? `<a href="${esc(embed.url)}">${title}</a>` : title}</div>`);
  }
  if (typeof embed.description === "string") parts.push(`<div class="e-desc">${markdown(embed.description, now)}</div>`);
  const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
  if (fields.length > 0) {
    parts.push(
      `<div class="e-fields">${fields
        .map((f) => `<div class="e-field${f.inline ? " inline" : ""}"><div class="f-name">${inline(String(f.name), now)}</div><div>${inline(String(f.value), now)}</div></div>`)
        .join("")}</div>`,
    );
  }
  const footer = embed.footer as Json | undefined;
  if (footer && typeof footer.text === "string") parts.push(`<div class="e-footer">${esc(footer.text)}</div>`);
  return `<div class="embed" style="border-left-color:${color}">${parts.join("")}</div>`;
}

const STYLE_CLASS: Record<number, string> = { 1: "primary", 2: "secondary", 3: "success", 4: "danger", 5: "link" };

function componentHtml(c: Json): string {
  if (c.type === 3) {
    const options = (c.options as Json[]).map((o) => `<li>${o.emoji ? `${esc(String((o.emoji as Json).name))} ` : ""}${esc(String(o.label))}${o.description ? `<span class="o-desc">${esc(String(o.description))}</span>` : ""}</li>`);
    return `<div class="select"><div class="placeholder">${esc(String(c.placeholder ?? ""))}<span>⌄</span></div><ul>${options.join("")}</ul></div>`;
  }
  const emoji = c.emoji ? `<span class="emoji">${esc(String((c.emoji as Json).name))}</span>` : "";
  const label = typeof c.label === "string" ? `<span>${esc(c.label)}</span>` : "";
  const link = c.style === 5 ? `<span class="ext">↗</span>` : "";
  return `<span class="btn ${STYLE_CLASS[Number(c.style)] ?? "secondary"}${c.disabled ? " disabled" : ""}" title="${esc(String(c.custom_id ?? c.url ?? ""))}">${emoji}${label}${link}</span>`;
}

function messageHtml(entry: PreviewEntry, now: number): string {
  const data = entry.data ?? {};
  const action = `<div class="action">${esc(entry.action)} <span class="cb">callback ${entry.type}${entry.type === 7 ? " (message updated in place)" : ""}</span></div>`;
  if (entry.type === 8) {
    const choices = (data.choices as Json[] | undefined) ?? [];
    return `${action}<div class="autocomplete">${choices.map((c) => `<div class="choice">${esc(String(c.name))}</div>`).join("") || '<div class="choice none">—</div>'}</div>`;
  }
  const ephemeral = (Number(data.flags ?? 0) & 64) !== 0;
  const content = typeof data.content === "string" && data.content !== "" ? `<div class="content">${markdown(data.content, now)}</div>` : "";
  const embeds = ((data.embeds as Json[] | undefined) ?? []).map((e) => embedHtml(e, now)).join("");
  const rows = ((data.components as Json[] | undefined) ?? [])
    .map((row) => `<div class="row">${((row.components as Json[]) ?? []).map(componentHtml).join("")}</div>`)
    .join("");
  const note = ephemeral ? `<div class="eph">👁 Only you can see this · <a>Dismiss message</a></div>` : "";
  return `${action}<div class="msg${ephemeral ? " ephemeral" : ""}"><div class="avatar">VB</div><div class="body"><div class="author">Verhandlungsbot <span class="app">APP</span> <span class="time">Today at 12:00</span></div>${content}${embeds}${rows}${note}</div></div>`;
}

const CSS = `
body{margin:0;background:#313338;color:#dbdee1;font:16px/1.375 "gg sans","Noto Sans","Helvetica Neue",Helvetica,Arial,sans-serif}
h1{font-size:20px;margin:16px 24px;color:#f2f3f5} h2{font-size:15px;margin:28px 24px 8px;color:#b5bac1;text-transform:uppercase;letter-spacing:.02em;border-top:1px solid #3f4147;padding-top:16px}
.section{display:flex;gap:24px;padding:0 24px;align-items:flex-start}
.col{flex:1;min-width:0;max-width:640px} .col.mobile{max-width:400px;flex:none} .lang{font-size:12px;color:#949ba4;margin:4px 0}
.action{font-size:12px;color:#949ba4;margin:12px 0 2px;font-family:ui-monospace,monospace} .cb{color:#6d6f78}
.msg{display:flex;gap:14px;padding:4px 0} .msg.ephemeral{background:#35373c;border-left:2px solid #5865f2;padding-left:8px}
.avatar{width:40px;height:40px;border-radius:50%;background:#5865f2;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:13px;flex:none}
.body{min-width:0;flex:1} .author{color:#f2f3f5;font-weight:600} .app{background:#5865f2;color:#fff;font-size:10px;border-radius:3px;padding:1px 4px;vertical-align:2px} .time{color:#949ba4;font-size:12px;font-weight:400}
.content{white-space:normal;word-wrap:break-word}
.embed{background:#2b2d31;border-left:4px solid;border-radius:4px;padding:8px 16px 12px 12px;margin-top:4px;max-width:520px;font-size:14px}
.e-title{font-weight:600;color:#f2f3f5;margin-top:4px} .e-title a{color:#00a8fc}
.e-desc{margin-top:6px;word-wrap:break-word} .e-footer{font-size:12px;color:#b5bac1;margin-top:8px}
.e-fields{display:flex;flex-wrap:wrap;gap:8px 16px;margin-top:8px} .e-field{flex:1 1 100%} .e-field.inline{flex:1 1 28%} .f-name{font-weight:600;color:#f2f3f5}
blockquote{margin:4px 0;padding:0 0 0 12px;border-left:4px solid #4e5058}
.subtext{font-size:12px;color:#949ba4} .subtext a{color:#00a8fc} .gap{height:8px}
a{color:#00a8fc;text-decoration:none} strong{color:#f2f3f5} code{background:#1e1f22;border-radius:3px;padding:0 3px;font-size:85%}
.ts{background:#3c3f45;border-radius:3px;padding:0 2px}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
.btn{display:inline-flex;align-items:center;gap:4px;height:32px;padding:0 16px;border-radius:8px;font-size:14px;font-weight:500;color:#fff;background:#4e5058;white-space:nowrap;max-width:100%;overflow:hidden;text-overflow:ellipsis}
.btn.primary{background:#5865f2} .btn.success{background:#248046} .btn.danger{background:#da373c} .btn.link{background:#4e5058} .btn.disabled{opacity:.5}
.select{width:100%;max-width:400px;background:#1e1f22;border-radius:4px;font-size:14px} .placeholder{padding:8px 12px;color:#949ba4;display:flex;justify-content:space-between}
.select ul{margin:0;padding:4px 0;list-style:none;border-top:1px solid #2b2d31;max-height:220px;overflow:hidden} .select li{padding:4px 12px} .o-desc{display:block;font-size:12px;color:#949ba4}
.eph{font-size:12px;color:#949ba4;margin-top:6px}
.autocomplete{background:#2b2d31;border-radius:8px;padding:6px;max-width:520px;font-size:14px} .choice{padding:6px 8px;border-radius:4px} .choice:first-child{background:#404249}
`;

export function previewHtml(sections: readonly PreviewSection[], now: number): string {
  const body = sections
    .map(
      (s) =>
        `<h2>${esc(s.title)}</h2><div class="section">${s.columns
          .map((c) => `<div class="col${c.label.includes("400") ? " mobile" : ""}"><div class="lang">${esc(c.label)}</div>${c.entries.map((e) => messageHtml(e, now)).join("")}</div>`)
          .join("")}</div>`,
    )
    .join("");
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Verhandlungsbot preview</title><style>${CSS}</style></head><body><h1>Verhandlungsbot · reply preview (payloads as they reached the fake Discord)</h1>${body}</body></html>`;
}
