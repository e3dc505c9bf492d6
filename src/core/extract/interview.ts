/**
 * Question-and-answer interviews without quote marks: "– question?" / "-answer", "Q:" / "A:".
 * Each answer paragraph is a claim of the interviewee; questions are not claims.
 */
import type { Paragraph } from './body';
import type { EntityIndex } from './entities';

export interface InterviewAnswer {
  /** Body offsets of the answer text (marker excluded). */
  start: number;
  end: number;
  para: number;
}

export interface Interview {
  questions: number[];
  answers: InterviewAnswer[];
  /** Offset of the first question: the introduction ends there. */
  introEnd: number;
}

const Q_MARK = /^(?:[–—-]\s+|[–—]|Q\s*[:.]\s*|Question\s*:\s*|\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?\s*:\s+)/u;
const A_MARK = /^(?:[–—-]\s*|A\s*[:.]\s*|Answer\s*:\s*)/;
const QUESTION_END = /\?["”»]?\s*$/;

export function detectInterview(body: string, paragraphs: Paragraph[], isHeading: (i: number) => boolean): Interview | null {
  const questions: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    const t = body.slice(p.start, p.end);
    if (t.length < 400 && QUESTION_END.test(t) && Q_MARK.test(t)) questions.push(i);
  }
  if (questions.length < 2) return null;
  const answers: InterviewAnswer[] = [];
  const qset = new Set(questions);
  for (let i = (questions[0] as number) + 1; i < paragraphs.length; i++) {
    if (qset.has(i) || isHeading(i)) continue;
    const p = paragraphs[i] as Paragraph;
    const t = body.slice(p.start, p.end);
    const m = A_MARK.exec(t);
    let start = p.start + (m ? m[0].length : 0);
    while (start < p.end && /\s/.test(body[start] as string)) start++;
    if (p.end - start < 20) continue;
    answers.push({ start, end: p.end, para: i });
  }
  if (answers.length === 0) return null;
  return { questions, answers, introEnd: (paragraphs[questions[0] as number] as Paragraph).start };
}

/** The interviewee: the person introduced with a role before the first question. */
export function findInterviewee(body: string, interview: Interview, entities: EntityIndex): { name: string; role: string | null } | null {
  const intro = body.slice(0, interview.introEnd);
  const inIntro = entities.timeline.filter((m) => m.start < interview.introEnd);
  const near = /\binterview\b/i.exec(intro);
  if (near) {
    const after = inIntro.find((m) => m.start > near.index && m.start - near.index < 200);
    if (after) return { name: after.entity.name, role: after.entity.role };
  }
  const withRole = inIntro.find((m) => m.entity.role !== null);
  const pick = withRole ?? inIntro[0];
  return pick ? { name: pick.entity.name, role: pick.entity.role } : null;
}
