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
  /** The name that labels the answer in a transcript ("FELDHAUS:", "Hallsdóttir:"), if any. */
  label?: string;
}

export interface Interview {
  questions: number[];
  answers: InterviewAnswer[];
  /** Offset of the first question: the introduction ends there. */
  introEnd: number;
  /** Names that label the answers ("Sigrún Hallsdóttir:", "Hallsdóttir:"), in order; empty for Q/A or dashes. */
  answerLabels: string[];
}

const Q_MARK = /^(?:[–—-]\s+|[–—]|Q\s*[:.]\s*|Question\s*:\s*|\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?\s*:\s+)/u;
const A_MARK = /^(?:[–—-]\s*|A\s*[:.]\s*|Answer\s*:\s*)/;
const QUESTION_END = /\?["”»]?\s*$/;
/** A name that labels a paragraph of a transcript: "Oliver Kestner: ", "Hallsdóttir: ". */
const NAME_LABEL = /^(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2})\s*:\s+/u;

/** Labels in capitals that are a page's, not a person's: "UPDATE:", "CORRECTION:". */
const NOT_NAMES = new Set(['Q', 'A', 'QUESTION', 'ANSWER', 'UPDATE', 'CORRECTION', 'NOTE', 'EDITOR', 'WATCH', 'READ', 'RELATED', 'PHOTO', 'VIDEO', 'SOURCE', 'LISTEN', 'ADVERTISEMENT']);

/** A name in capitals labelling a transcript's answer: "FELDHAUS:" (letters with case, three or more). */
function isCapitalsLabel(label: string): boolean {
  return label.length >= 3 && label === label.toUpperCase() && label !== label.toLowerCase() && !NOT_NAMES.has(label);
}

/** A publication's note about the interview itself. */
const EDITORS_NOTE = /^(?:this|the) (?:interview|conversation) (?:has been|was|is)\b|\b(?:edited|condensed) for (?:length|clarity|brevity)\b/i;

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

export function detectInterview(body: string, paragraphs: Paragraph[], isHeading: (i: number) => boolean): Interview | null {
  const questions: number[] = [];
  /** Surnames of the names that label questions: the interviewer's. */
  const askers = new Set<string>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    const t = body.slice(p.start, p.end);
    if (t.length < 400 && QUESTION_END.test(t) && Q_MARK.test(t)) {
      questions.push(i);
      const label = NAME_LABEL.exec(t)?.[1];
      if (label && label !== 'Q' && label !== 'Question') askers.add(lastWord(label));
    }
  }
  if (questions.length < 2) return null;
  const answers: InterviewAnswer[] = [];
  const answerLabels: string[] = [];
  const qset = new Set(questions);
  const lastQuestion = questions[questions.length - 1] as number;
  /** Answers so far that open with a mark or a name, and all answers so far. */
  let marked = 0;
  let answered = 0;
  for (let i = (questions[0] as number) + 1; i < paragraphs.length; i++) {
    if (qset.has(i) || isHeading(i)) continue;
    const p = paragraphs[i] as Paragraph;
    const t = body.slice(p.start, p.end);
    const m = A_MARK.exec(t);
    // After the last question of a transcript whose answers are marked ("A:", "Hajiyev:"), the
    // first unmarked paragraph after an answer is the article going on, not more answer.
    // (An answer's own second paragraph is lost with it; the first person is no sign, as a
    // feature's writer says "As I leave, …".)
    const lastAnswered = (answers[answers.length - 1]?.para ?? -1) > lastQuestion;
    if (lastAnswered && answered >= 2 && marked === answered && !m && !NAME_LABEL.test(t)) break;
    let start = p.start + (m ? m[0].length : 0);
    // A transcript labelled with names: the interviewer's remarks are not answers, and the
    // interviewee's label is not part of the answer.
    // Names in capitals ("FELDHAUS:") label a transcript's answers even when its questions are "Q:".
    const named = m ? null : NAME_LABEL.exec(t);
    const label = named && (askers.size > 0 || isCapitalsLabel(named[1] as string)) ? named : null;
    if (label) {
      const name = label[1] as string;
      if (askers.has(lastWord(name))) continue;
      answerLabels.push(name);
      start = p.start + label[0].length;
    }
    while (start < p.end && /\s/.test(body[start] as string)) start++;
    if (p.end - start < 20) continue;
    // "This interview has been edited for length": the publication's note, not an answer.
    if (!m && !label && EDITORS_NOTE.test(t)) continue;
    answers.push(label ? { start, end: p.end, para: i, label: label[1] as string } : { start, end: p.end, para: i });
    answered++;
    if (m || label) marked++;
  }
  if (answers.length === 0) return null;
  return { questions, answers, introEnd: (paragraphs[questions[0] as number] as Paragraph).start, answerLabels };
}

/** The interviewee: the person introduced with a role before the first question. */
export function findInterviewee(body: string, interview: Interview, entities: EntityIndex): { name: string; role: string | null } | null {
  const intro = body.slice(0, interview.introEnd);
  // A transcript names the interviewee on the answers: the longest form, or the person it shortens.
  const labels = interview.answerLabels;
  if (labels.length > 0) {
    const label = labels.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
    const surname = lastWord(label);
    const person = entities.persons.find((e) => e.name === label) ?? entities.persons.find((e) => lastWord(e.name) === surname);
    if (person) return { name: person.name, role: person.role };
    if (label.includes(' ')) return { name: label, role: null };
  }
  // Named people only: an unnamed source ("a neighbour") is no interviewee.
  const inIntro = entities.timeline.filter((m) => m.start < interview.introEnd && m.entity.name !== '');
  const near = /\binterview\b/i.exec(intro);
  if (near) {
    const after = inIntro.find((m) => m.start > near.index && m.start - near.index < 200);
    if (after) return { name: after.entity.name, role: after.entity.role };
  }
  const withRole = inIntro.find((m) => m.entity.role !== null);
  const pick = withRole ?? inIntro[0];
  return pick ? { name: pick.entity.name, role: pick.entity.role } : null;
}
