/**
 * The pipeline: normalise → blocks → strip boilerplate → body → quotes, interviews and
 * reported speech with their speakers → metadata. All offsets are mapped back to the raw text.
 */
import { buildBody, bodyToNorm, type Body, type Paragraph } from './body';
import { countWords, splitBlocks } from './blocks';
import { classifyBlocks, isKept } from './boilerplate';
import { isClaim } from './claimness';
import { EntityBuilder } from './entities';
import { detectInterview, findInterviewee, findSpeechBy, isGenericLabel, labelNameWords, statementParagraphs } from './interview';
import { detectMetadata } from './metadata';
import { nameCase } from './names';
import { buildNormalized } from './normalize';
import { parseMention } from './mentions';
import { findQuotes, type QuoteSpan } from './quotes';
import { findReported } from './reported';
import { inRanges, newRanges, sentenceStart, splitWords, type Range } from './sentences';
import { attributeAfter, attributeBefore, issuerBefore, subjectBefore, Resolver, type Attribution, type Speaker } from './speakers';
import { endsWithSentenceMark, isSpaceUnit, trimEndIndex, unitClass, UPPER } from './chars';
import { tokenize, type Tok } from './tokens';
import type { ArticleAnalysis, ClaimKind, DetectedSpeaker, ExtractedClaim } from './types';

/** A claim in body coordinates, before mapping to the raw text. */
export interface BodyClaim {
  start: number;
  end: number;
  speaker: Speaker | null;
  kind: ClaimKind;
  confidence: number;
  cue: string | null;
  mention: string | null;
}

function lowerBound(toks: Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Tok).s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens in [from, to), leaving out those inside the given ranges. */
function window(toks: Tok[], from: number, to: number, mask: Range[]): Tok[] {
  const out: Tok[] = [];
  for (let i = lowerBound(toks, from); i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.e > to) break;
    if (!inRanges(mask, t.s)) out.push(t);
  }
  return out;
}

/** The claim without trailing blanks and separators (`/[\s,;:—–-]+$/`). */
function trimClaimEnd(body: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = body.charCodeAt(e - 1);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x2d || isSpaceUnit(c)) e--;
    else break;
  }
  return e;
}

/** Ends with a colon and optional blanks: `/:\s*$/` on text[from, to). */
function endsWithColon(text: string, from: number, to: number): boolean {
  const e = trimEndIndex(text, from, to);
  return e > from && text.charCodeAt(e - 1) === 0x3a;
}

/** A paragraph that names who said the quote before it: "That was the verdict of …". */
const NAMED_AFTER = /^(?:That|This|Those|These|Such) (?:was|were|is|are) the (verdict|view|assessment|message|words?|reaction|warning|opinion|take|conclusion|plea|complaint|experience) of /;

/** A sign-off line: a dash, then a capitalised name. */
const SIGN_OFF = /^[—–-]\s*\p{Lu}/u;

/**
 * The first non-space character of text[from, to) is an upper-case letter: what
 * `/\p{Lu}/u.test(/\S/.exec(text.slice(from, to))?.[0] ?? '')` tests.
 */
function nextIsUpper(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c)) continue;
    // One code unit, as `/\S/` takes it (half of a surrogate pair is no letter).
    return (unitClass(c) & UPPER) !== 0;
  }
  return false;
}

export function findDirectClaims(body: Body, quotes: QuoteSpan[], toks: Tok[], resolver: Resolver, skip: (s: number, e: number) => boolean): BodyClaim[] {
  const text = body.text;
  const paras = body.paragraphs;
  const top = quotes.filter((q) => !q.nested);
  const ranges = newRanges();
  for (const q of top) ranges.push({ start: q.openPos, end: q.closePos >= 0 ? q.closePos + 1 : q.end });
  const claims: BodyClaim[] = [];
  let prev: { claim: BodyClaim; lastPara: number; hadSpeaker: boolean } | null = null;
  for (let qi = 0; qi < top.length; qi++) {
    const q = top[qi] as QuoteSpan;
    if (skip(q.start, q.end)) continue;
    const firstPara = paras[q.firstPara] as Paragraph;
    const lastPara = paras[q.lastPara] as Paragraph;
    const others = ranges; // windows never reach into the current quote
    // After the closing mark: up to the next quote or the paragraph end.
    let att: Attribution | null = null;
    if (q.closePos >= 0) {
      const nextOpen = top[qi + 1]?.openPos ?? Number.MAX_SAFE_INTEGER;
      const to = Math.min(lastPara.end, nextOpen, q.closePos + 400);
      // The quoted words without trailing blanks: text[q.start, innerEnd).
      const innerEnd = trimEndIndex(text, q.start, q.closePos);
      const last = innerEnd > q.start ? text.charCodeAt(innerEnd - 1) : -1;
      // “….” Smith said. ends a sentence inside the quote; “Why now?” asked Jones does not.
      const endedSentence =
        endsWithSentenceMark(text, q.start, innerEnd) &&
        last !== 0x2c && last !== 0x2014 && last !== 0x2013 && last !== 0x2d &&
        (last === 0x2e || last === 0x2026 || nextIsUpper(text, q.closePos + 1, q.closePos + 40));
      att = attributeAfter(text, window(toks, q.closePos + 1, to, others), resolver, endedSentence);
      const nextPara = paras[q.lastPara + 1];
      if (!att && q.closePos >= lastPara.end - 2 && nextPara && SIGN_OFF.test(text.slice(nextPara.start, nextPara.start + 4))) {
        // A sign-off line under the quote: "— Laura Bennett, chief executive".
        att = attributeAfter(text, window(toks, nextPara.start, nextPara.end, others), resolver, false);
      }
    }
    const sStart = sentenceStart(text, firstPara.start, q.openPos, ranges);
    let before: Attribution | null = null;
    if (!att && sStart < q.openPos) before = attributeBefore(text, window(toks, sStart, q.openPos, others), resolver, false);
    if (!att && !before && sStart === q.openPos) {
      // A colon introduction in the previous sentence or paragraph: "Smith had a warning:"
      const prevEnd = q.openPos === firstPara.start ? (paras[q.firstPara - 1]?.end ?? -1) : q.openPos;
      const prevPara = q.openPos === firstPara.start ? paras[q.firstPara - 1] : firstPara;
      if (prevPara && prevEnd > 0 && endsWithColon(text, prevPara.start, prevEnd)) {
        const s0 = sentenceStart(text, prevPara.start, prevEnd, ranges);
        before = attributeBefore(text, window(toks, s0, prevEnd, others), resolver, true);
        if (before) before.cue = before.cue ?? ':';
      }
    }
    /** The speaker of the sentence of reported speech that ends text[from, to) with a full stop. */
    const speakerOfSentenceEnding = (from: number, to: number, weight: number): Attribution | null => {
      const e = trimEndIndex(text, from, to);
      if (e <= from || text.charCodeAt(e - 1) !== 0x2e || inRanges(ranges, e - 1)) return null;
      const sentence = window(toks, sentenceStart(text, from, e - 1, ranges), e, others);
      const found = attributeBefore(text, sentence, resolver, true) ?? subjectBefore(text, sentence, resolver) ?? issuerBefore(text, sentence, resolver);
      if (!found?.speaker) return null;
      found.confidence *= weight;
      return found;
    };
    /** "“…” ¶ That was the verdict of Zanele Dube, who …": the paragraph after names the speaker. */
    const speakerNamedAfter = (pi: number): Attribution | null => {
      const next = paras[pi + 1];
      const lead = next ? NAMED_AFTER.exec(text.slice(next.start, next.start + 80)) : null;
      if (!next || !lead) return null;
      const w = window(toks, next.start + lead[0].length, next.end, others);
      const m = w.length > 0 ? parseMention(text, w, 0) : null;
      if (!m || m.kind !== 'name') return null;
      const { speaker, exact } = resolver.resolve(m);
      return speaker ? { speaker, cue: lead[1] as string, mention: m.text, confidence: exact ? 0.7 : 0.6, where: 'after' } : null;
    };
    // The speaker of an earlier quote carries on (below) before any of these.
    const prevPara = paras[q.firstPara - 1];
    if (!att && !before && sStart === q.openPos && q.openPos > firstPara.start + 1 && !(prev?.hadSpeaker && prev.lastPara === q.firstPara)) {
      // “…” opening a sentence after reported speech in the same paragraph: "She cautioned,
      // though, that the test was not perfect. “About one in 12 …”" — that sentence names the speaker.
      before = speakerOfSentenceEnding(firstPara.start, q.openPos, 0.8);
    } else if (!att && !before && q.openPos <= firstPara.start + 1 && prevPara && !(prev?.hadSpeaker && prev.lastPara >= q.firstPara - 1)) {
      // A quote that opens its paragraph, after a paragraph of reported speech: "Head coach Grant
      // McAra said the closure put the club in doubt." ¶ “We train 140 swimmers a week …”
      before = speakerOfSentenceEnding(prevPara.start, prevPara.end, 0.6);
    }
    const beforeText = text.slice(Math.max(sStart, q.openPos - 100), q.openPos);
    const standalone = q.openPos <= firstPara.start + 1 && (q.closePos < 0 || q.closePos >= lastPara.end - 2) && q.firstPara === q.lastPara;
    const claimText = text.slice(q.start, q.end);
    const ok = isClaim({
      text: claimText,
      before: beforeText,
      after: q.closePos >= 0 ? text.slice(q.closePos + 1, q.closePos + 40) : undefined,
      standalone,
      continuesSpeaker: prev !== null && prev.hadSpeaker && prev.lastPara === q.firstPara && !att && !before,
      attributedAfter: att !== null,
      attributedBefore: before !== null && (before.speaker !== null || before.mention !== null) && before.cue !== 'quote' && before.cue !== ':',
    });
    if (!ok) continue;
    let a = att ?? before;
    if (!a) {
      // Split quotes and follow-on paragraphs keep the previous speaker.
      if (prev && prev.hadSpeaker && prev.claim.speaker) {
        const samePara = prev.lastPara === q.firstPara;
        const nextPara = prev.lastPara === q.firstPara - 1 && q.openPos <= firstPara.start + 1;
        if (samePara || nextPara) {
          a = { speaker: prev.claim.speaker, cue: 'continued', mention: prev.claim.mention, confidence: samePara ? 0.8 : 0.6, where: 'carry' };
        }
      }
    }
    if (!a && q.closePos >= lastPara.end - 2) a = speakerNamedAfter(q.lastPara);
    const end = trimClaimEnd(text, q.start, q.end);
    const claim: BodyClaim = {
      start: q.start,
      end,
      speaker: a?.speaker ?? null,
      kind: 'direct',
      confidence: a?.speaker ? Math.min(0.97, a.confidence) : 0.4,
      cue: a?.cue ?? null,
      mention: a?.mention ?? null,
    };
    if (q.closePos < 0) claim.confidence *= 0.7;
    claims.push(claim);
    prev = { claim, lastPara: q.lastPara, hadSpeaker: claim.speaker !== null };
  }
  return claims;
}

/**
 * `raw` is the original text (claim offsets index it); `source` is what is analysed: the same
 * text, or a same-length version with HTML tags blanked out.
 */
export function analyze(raw: string, source: string = raw): ArticleAnalysis {
  const norm = buildNormalized(source);
  const blocks = splitBlocks(norm.text);
  const cls = classifyBlocks(blocks);
  const body = buildBody(blocks, (i) => isKept(cls.classes[i] ?? 'boiler'));
  const text = body.text;
  const quotes = findQuotes(text, body.paragraphs);
  const toks = tokenize(text, 0, text.length);
  const topRanges = newRanges();
  for (const q of quotes) if (!q.nested) topRanges.push({ start: q.start, end: q.end });
  const entities = new EntityBuilder(text);
  let ri = 0;
  entities.scan(toks, (t) => {
    while (ri < topRanges.length && (topRanges[ri] as Range).end <= t.s) ri++;
    const r = topRanges[ri];
    return r !== undefined && t.s >= r.start && t.s < r.end;
  });
  const resolver = new Resolver(entities);

  const interview = detectInterview(text, body.paragraphs, (i) => cls.classes[body.paragraphs[i]?.block ?? -1] === 'heading');
  const claims: BodyClaim[] = [];
  let interviewee: { name: string; role: string | null } | null = null;
  const answerRanges = newRanges();
  // A transcript page says whose words it is at its head ("Briefing by …", "Remarks by …").
  const speech = findSpeechBy(blocks, cls.firstContent);
  const known = speech && !speech.isOrg ? entities.findPerson(splitWords(speech.name)) : null;
  const speaker: Speaker | null = speech && (known ? { name: known.name, role: known.role ?? speech.role, isOrg: false } : { name: speech.name, role: speech.role, isOrg: speech.isOrg });
  if (interview) {
    // Unlabelled answers are the transcript's speaker's, when its head names one.
    interviewee = speaker && !speaker.isOrg && interview.answerLabels.length === 0 ? { name: speaker.name, role: speaker.role } : findInterviewee(text, interview, entities.index);
    /** A label's person, or the label itself as a name: it says who speaks. */
    const labelSpeaker = (label: string): { name: string; role: string | null } | null => {
      if (isGenericLabel(label)) return null;
      const words = labelNameWords(label);
      const person = entities.findPerson(words);
      return person ? { name: person.name, role: person.role } : { name: nameCase(words.join(' ')), role: null };
    };
    // A transcript with several people answering ("FELDHAUS:", "ODUYA:"): each label's person.
    const labelled = new Set(interview.answers.map((a) => a.label?.toLowerCase()).filter(Boolean)).size > 1;
    for (const a of interview.answers) {
      answerRanges.push({ start: a.start, end: a.end });
      const who = labelled && a.label ? labelSpeaker(a.label) : interviewee;
      claims.push({
        start: a.start,
        end: a.end,
        speaker: who ? { name: who.name, role: who.role, isOrg: false } : null,
        kind: 'interview',
        confidence: who ? 0.9 : 0.5,
        cue: 'interview',
        mention: who?.name ?? null,
      });
    }
  }
  // "Briefing by Foreign Ministry Spokeswoman …": the statements before any question are the
  // speaker's, paragraph by paragraph (headings and short lines aside).
  if (speaker) {
    const until = interview ? interview.introEnd : text.length;
    const spans: Range[] = [];
    for (const p of body.paragraphs) {
      if (p.start >= until) break;
      if (cls.classes[p.block] !== 'content' || inRanges(answerRanges, p.start)) continue;
      const te = trimEndIndex(text, p.start, p.end);
      if (endsWithSentenceMark(text, p.start, te) && countWords(text.slice(p.start, te)) >= 12) spans.push({ start: p.start, end: te });
    }
    const own = statementParagraphs(spans.map((r) => text.slice(r.start, r.end)));
    spans.forEach((r, k) => {
      if (!own[k]) return;
      claims.push({ start: r.start, end: r.end, speaker, kind: 'interview', confidence: 0.75, cue: 'transcript', mention: speaker.name });
      answerRanges.push(r);
    });
    answerRanges.sort((a, b) => a.start - b.start);
  }
  const insideAnswer = (s: number, _e: number): boolean => inRanges(answerRanges, s);
  const direct = findDirectClaims(body, quotes, toks, resolver, (s, e) => insideAnswer(s, e));
  claims.push(...direct);
  const covered = newRanges();
  for (const c of claims) covered.push({ start: c.start, end: c.end });
  covered.sort((a, b) => a.start - b.start);
  const quoteRanges = newRanges();
  for (const q of quotes) if (!q.nested) quoteRanges.push({ start: q.openPos, end: q.closePos >= 0 ? q.closePos + 1 : q.end });
  claims.push(...findReported(body, toks, resolver, covered, quoteRanges, interview ? interview.introEnd : -1));
  claims.sort((a, b) => a.start - b.start || a.end - b.end);

  const quotedChars = claims.filter((c) => c.kind !== 'indirect').reduce((n, c) => n + (c.end - c.start), 0);
  const metadata = detectMetadata({
    blocks,
    classes: cls.classes,
    boiler: cls.boiler,
    firstContent: cls.firstContent,
    body: text,
    quotedChars,
    interviewee: interviewee?.name ?? null,
    isQandA: interview !== null,
    isPerson: (name) => entities.findPerson(splitWords(name)) !== null,
  });

  const out: ExtractedClaim[] = [];
  for (const c of claims) {
    if (c.end <= c.start) continue;
    const ns = bodyToNorm(body.paragraphs, c.start, false);
    const ne = bodyToNorm(body.paragraphs, c.end, true);
    const start = norm.toRaw(ns);
    const end = Math.max(start, norm.toRaw(ne));
    if (end <= start) continue;
    out.push({
      text: raw.slice(start, end),
      start,
      end,
      bodyStart: c.start,
      bodyEnd: c.end,
      speaker: c.speaker?.name ?? null,
      speakerRole: c.speaker?.role ?? null,
      kind: c.kind,
      confidence: round(c.confidence),
      evidence: { cue: c.cue, mention: c.mention },
    });
  }
  return { body: text, metadata, claims: out, speakers: collectSpeakers(claims) };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

function collectSpeakers(claims: BodyClaim[]): DetectedSpeaker[] {
  const seen = new Map<string, DetectedSpeaker>();
  for (const c of claims) {
    const sp = c.speaker;
    if (!sp) continue;
    const cur = seen.get(sp.name);
    if (!cur) seen.set(sp.name, { name: sp.name, role: sp.role, isOrganisation: sp.isOrg });
    else if (!cur.role && sp.role) cur.role = sp.role;
  }
  return [...seen.values()];
}
