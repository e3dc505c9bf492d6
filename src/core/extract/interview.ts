/**
 * Question-and-answer interviews without quote marks: "– question?" / "-answer", "Q:" / "A:".
 * Each answer paragraph is a claim of the interviewee; questions are not claims.
 */
import type { Block } from './blocks';
import type { Paragraph } from './body';
import type { EntityIndex } from './entities';
import { COURTESY_TITLES, F_ORG, F_ORG_HEAD, F_ROLE, F_TITLE, wordFlags } from './lexicon';

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
/**
 * A name that labels a paragraph of a transcript: "Oliver Kestner: ", "Hallsdóttir: ", and in
 * capitals with particles or a note: "MATTHIAS VAN DER HORST: ", "ZHOU LIANFENG (CLIP): ".
 */
const NAME_LABEL = /^(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,3})(?:\s\([^()\n]{1,30}\))?\s*:\s+/u;
/**
 * A recording's time before a transcript's label: "[00:04:12] ", "(12:05) ", "00:04:12 ". Not a
 * bare "14:02 ", which opens a live blog's entries as often as a transcript's.
 */
const TIMESTAMP = /^(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}:\d{2}:\d{2})\s+/;
/** A stage direction opening an answer: "[laughs] ", "(Laughter.) ". */
const STAGE_DIRECTION = /^(?:\[[\p{Ll}\s]{3,20}\]|\((?:\p{Lu}\p{Ll}+\.?|\p{Ll}[\p{Ll}\s]{2,20})\))\s+/u;
/** The labels of a reporter's questions in a briefing's transcript. */
const QUESTION_LABELS = new Set(['Q', 'QUESTION', 'Question']);
const Q_LABEL = /^Q\s*[:.]\s/;

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

/** Where a paragraph's text starts after a recording's time, if it has one. */
function afterTimestamp(body: string, p: Paragraph): number {
  const c = body.charCodeAt(p.start);
  if (c !== 0x5b && c !== 0x28 && (c < 0x30 || c > 0x39)) return p.start; // "[", "(", a digit
  const m = TIMESTAMP.exec(body.slice(p.start, Math.min(p.end, p.start + 16)));
  return m ? p.start + m[0].length : p.start;
}

export function detectInterview(body: string, paragraphs: Paragraph[], isHeading: (i: number) => boolean): Interview | null {
  const questions: number[] = [];
  /** Surnames of the names that label questions: the interviewer's. */
  const askers = new Set<string>();
  /** Paragraphs a label in capitals opens ("MR. HALVORSEN:"), and how often each label does. */
  const capitalsLabelled: [number, string][] = [];
  const labelUses = new Map<string, number>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    const t = body.slice(afterTimestamp(body, p), p.end);
    const label = NAME_LABEL.exec(t)?.[1];
    // "Q:" and "QUESTION:" mark a question even when it ends without a question mark.
    if (t.length < 400 && ((QUESTION_END.test(t) && Q_MARK.test(t)) || (label !== undefined && QUESTION_LABELS.has(label)) || Q_LABEL.test(t))) {
      questions.push(i);
      if (label && !QUESTION_LABELS.has(label)) askers.add(lastWord(label));
    } else if (label) {
      if (isCapitalsLabel(label)) capitalsLabelled.push([i, label]);
      labelUses.set(label, (labelUses.get(label) ?? 0) + 1);
    }
  }
  if (questions.length < 2) return null;
  // A briefing opens with statements before the first question: from the first paragraph whose
  // label in capitals also labels answers after it.
  let from = (questions[0] as number) + 1;
  const labelsAfter = new Set(capitalsLabelled.filter(([j]) => j > (questions[0] as number)).map(([, l]) => l));
  for (const [i, label] of capitalsLabelled) {
    if (i >= from) break;
    if (labelsAfter.has(label)) {
      from = i;
      break;
    }
  }
  const answers: InterviewAnswer[] = [];
  const answerLabels: string[] = [];
  const qset = new Set(questions);
  const lastQuestion = questions[questions.length - 1] as number;
  /** Answers so far that open with a mark or a name, and all answers so far. */
  let marked = 0;
  let answered = 0;
  /** The label of the answer before, which an unlabelled paragraph goes on. */
  let lastLabel: string | undefined;
  for (let i = from; i < paragraphs.length; i++) {
    if (qset.has(i)) lastLabel = undefined;
    if (qset.has(i) || isHeading(i)) continue;
    const p = paragraphs[i] as Paragraph;
    const textStart = afterTimestamp(body, p);
    const t = body.slice(textStart, p.end);
    const m = A_MARK.exec(t);
    // After the last question of a transcript whose answers are marked ("A:", "Hajiyev:"), the
    // first unmarked paragraph after an answer is the article going on, not more answer.
    // (An answer's own second paragraph is lost with it; the first person is no sign, as a
    // feature's writer says "As I leave, …".)
    const lastAnswered = (answers[answers.length - 1]?.para ?? -1) > lastQuestion;
    if (lastAnswered && answered >= 2 && marked === answered && !m && !NAME_LABEL.test(t)) break;
    let start = textStart + (m ? m[0].length : 0);
    // A transcript labelled with names: the interviewer's remarks are not answers, and the
    // interviewee's label is not part of the answer.
    // Names in capitals ("FELDHAUS:") label a transcript's answers even when its questions are "Q:".
    const named = m ? null : NAME_LABEL.exec(t);
    // A reporter's remark that is no question ("QUESTION: Just a follow-up.") is no answer either.
    if (named && QUESTION_LABELS.has(named[1] as string)) {
      lastLabel = undefined;
      continue;
    }
    // …and so does a name that labels two answers or more ("Valeriya Ostrovskaya:" after "Question:").
    const label = named && (askers.size > 0 || isCapitalsLabel(named[1] as string) || (labelUses.get(named[1] as string) ?? 0) >= 2) ? named : null;
    if (label) {
      const name = label[1] as string;
      if (askers.has(lastWord(name))) {
        lastLabel = undefined;
        continue;
      }
      answerLabels.push(name);
      start = textStart + label[0].length;
      lastLabel = name;
    }
    while (start < p.end && /\s/.test(body[start] as string)) start++;
    const stage = STAGE_DIRECTION.exec(body.slice(start, Math.min(p.end, start + 32)));
    if (stage) start += stage[0].length;
    if (p.end - start < 20) continue;
    // "This interview has been edited for length": the publication's note, not an answer.
    if (!m && !label && EDITORS_NOTE.test(t)) continue;
    const answerLabel = label ? (label[1] as string) : m ? undefined : lastLabel;
    answers.push(answerLabel ? { start, end: p.end, para: i, label: answerLabel } : { start, end: p.end, para: i });
    answered++;
    if (m || label) marked++;
  }
  if (answers.length === 0) return null;
  const introEnd = Math.min((paragraphs[questions[0] as number] as Paragraph).start, (paragraphs[(answers[0] as InterviewAnswer).para] as Paragraph).start);
  return { questions, answers, introEnd, answerLabels };
}

/** Labels that say who speaks without naming them: "UNIDENTIFIED MALE:", "MODERATOR:". */
const GENERIC_LABELS = /^(?:unidentified|unknown|host|co-host|moderator|narrator|announcer|reporter|interviewer|audience|speaker|participant|caller|crowd|voice|male|female|man|woman)\b/i;

/** A label that names no one. */
export function isGenericLabel(label: string): boolean {
  return GENERIC_LABELS.test(label);
}

/** Titles before a transcript label's name: "MR. HALVORSEN", "Dr Okafor", "SEN. WARREN". */
const LABEL_HONORIFICS = new Set([...COURTESY_TITLES, 'amb', 'ambassador', 'sen', 'senator', 'rep', 'gen', 'judge', 'rev']);

/** The words of a label's name without its courtesy titles: "MS. ADEYEMI-ROSS" → ["ADEYEMI-ROSS"]. */
export function labelNameWords(label: string): string[] {
  const words = label.split(' ');
  let k = 0;
  while (k < words.length - 1 && LABEL_HONORIFICS.has((words[k] as string).toLowerCase().replace(/\.$/, ''))) k++;
  return words.slice(k);
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

/**
 * "Briefing by Foreign Ministry Spokeswoman Valeriya Ostrovskaya, Moscow, March 5, 2025",
 * "Remarks by the Secretary-General at …": a page that is one speaker's words.
 */
const SPEECH_BY = /^(?:(?:[Oo]pening|[Cc]losing|[Ii]ntroductory|[Kk]eynote|[Pp]ress|[Jj]oint|[Vv]ideo)\s+)?(?:[Bb]riefing|[Rr]emarks|[Ss]tatement|[Ss]peech|[Aa]ddress|[Cc]omments)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for)){0,8})\s*(?:,|\s(?:at|on|to|before|during|in|following)\s|$)/u;

export interface SpeechBy {
  /** The person ("Valeriya Ostrovskaya"), or the organisation when no name follows its titles. */
  name: string;
  role: string | null;
  isOrg: boolean;
}

/**
 * Whose words a transcript page is, from a line at its head: the words after the last title,
 * role or organisation word are the name ("Foreign Ministry Spokeswoman | Valeriya Ostrovskaya").
 */
export function findSpeechBy(blocks: Block[], firstContent: number): SpeechBy | null {
  const end = Math.min(blocks.length, Math.max(firstContent, 0) + 1, 12);
  for (let i = 0; i < end; i++) {
    const text = (blocks[i] as Block).text;
    if (text.length > 200) continue;
    const words = SPEECH_BY.exec(text)?.[1]?.split(/\s+/);
    if (!words) continue;
    const flags = (w: string): number => wordFlags(w.toLowerCase());
    // "Statement by the Ministry of Foreign Affairs", "… by the Foreign Ministry": an organisation's words.
    if ((flags(words[0] as string) | flags(words[words.length - 1] as string)) & (F_ORG | F_ORG_HEAD)) return { name: words.join(' '), role: null, isOrg: true };
    let k = words.length;
    while (k > 0 && (flags(words[k - 1] as string) & (F_TITLE | F_ROLE)) === 0 && /^\p{Lu}/u.test(words[k - 1] as string)) k--;
    const name = words.slice(k);
    if (name.length >= 2 || (name.length === 1 && k > 0)) return { name: name.join(' '), role: k > 0 ? words.slice(0, k).join(' ') : null, isOrg: false };
  }
  return null;
}

/** A paragraph that reports someone else's words ("Union leaders said …"): no speaker's own. */
const REPORTING = /\b(?:said|says|told|tells|according to)\b/;
/** Words a speaker uses of themselves: "We continue …", "I would like …", "our partners". */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b/;

/**
 * The paragraphs of a transcript page's statements that are the speaker's own: none unless the
 * first of them speaks in the first person (a news story under a "Speech by …" headline does
 * not), and never one that reports what others said.
 */
export function statementParagraphs(texts: string[]): boolean[] {
  const own = texts.map((t) => !REPORTING.test(t));
  const first = own.indexOf(true);
  if (first < 0 || !FIRST_PERSON.test(texts[first] as string)) return texts.map(() => false);
  return own;
}
