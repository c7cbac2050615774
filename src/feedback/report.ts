/** `npm run feedback`: votes per question and the passages voted down, from the feedback log. */
import type { FeedbackRecord } from "./log.js";

export interface QuestionVotes {
  question: string;
  up: number;
  down: number;
}

export interface PassageVotes {
  passage: string;
  down: number;
  questions: string[];
}

export interface FeedbackSummary {
  votes: number;
  answers: number;
  questions: QuestionVotes[];
  /** Passages shown in answers voted down, most often first. */
  votedDown: PassageVotes[];
}

/** Only the first vote of a user on an answer counts (a second one can only come from a race between processes). */
export function firstVotes(records: readonly FeedbackRecord[]): FeedbackRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const key = `${r.answer}\u0000${r.user}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function summarizeFeedback(records: readonly FeedbackRecord[]): FeedbackSummary {
  const votes = firstVotes(records);
  const questions = new Map<string, QuestionVotes>();
  const passages = new Map<string, PassageVotes>();
  for (const r of votes) {
    const question = r.question.trim();
    const q = questions.get(question) ?? { question, up: 0, down: 0 };
    q[r.vote] += 1;
    questions.set(question, q);
    if (r.vote !== "down") continue;
    for (const id of new Set(r.passages)) {
      const p = passages.get(id) ?? { passage: id, down: 0, questions: [] };
      p.down += 1;
      if (!p.questions.includes(question)) p.questions.push(question);
      passages.set(id, p);
    }
  }
  return {
    votes: votes.length,
    answers: new Set(votes.map((r) => r.answer)).size,
    questions: [...questions.values()].sort((a, b) => b.down - a.down || b.up + b.down - (a.up + a.down) || a.question.localeCompare(b.question)),
    votedDown: [...passages.values()].sort((a, b) => b.down - a.down || a.passage.localeCompare(b.passage)),
  };
}

export function formatFeedbackSummary(s: FeedbackSummary): string {
  if (s.votes === 0) return "No feedback yet.";
  const lines = [`${s.votes} votes on ${s.answers} answers (first vote per user and answer).`, "", "Votes per question (👍 👎):"];
  for (const q of s.questions) lines.push(`  ${String(q.up).padStart(3)} ${String(q.down).padStart(3)}  ${q.question}`);
  lines.push("", "Passages voted down:");
  if (s.votedDown.length === 0) lines.push("  none");
  for (const p of s.votedDown) lines.push(`  ${String(p.down).padStart(3)}×  ${p.passage}  (${p.questions.join(" | ")})`);
  return lines.join("\n");
}
