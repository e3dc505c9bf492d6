/**
 * The speed-ups keep the results: every hand-written scan, table and index is checked against
 * the plain definition it replaced (the regex, the Set look-up, the all-pairs loop).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTerminal, endsWithEllipsis } from '../../../src/core/extract/boilerplate';
import { countWords, countWordsIn } from '../../../src/core/extract/blocks';
import { endsWithSentenceMark, sliceCollapsed, trimEndIndex } from '../../../src/core/extract/chars';
import { OUTLET_SIGNALS, outletsBySignal, signalOutlet } from '../../../src/core/extract/metadata';
import { isMark, markFinder } from '../../../src/core/extract/quotes';
import { roleHasWord } from '../../../src/core/extract/speakers';
import {
  ADVERBS,
  CALLING_VERBS,
  F_ACCORDING,
  F_ADVERB,
  F_CALLING,
  F_DETERMINER,
  F_MODIFIER,
  F_PARTICLE,
  F_RELATION,
  F_TIME,
  F_NON_NAME,
  F_NON_NAME_POSS,
  F_OBJECT,
  F_ORG,
  F_ORG_HEAD,
  F_ORG_POSS,
  F_PERSON_PRONOUN,
  F_POSS_S,
  F_PRONOUN,
  F_ROLE,
  F_ROLE_EXACT,
  F_SPEECH,
  F_STOP,
  F_TITLE,
  DETERMINERS,
  MODIFIER_WORDS,
  RELATION_NOUNS,
  SURNAME_PARTICLES,
  TIME_WORDS,
  NON_NAME,
  OBJECT_VERBS,
  ORG_HEAD_NOUNS,
  ORG_WORDS,
  PERSON_PRONOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  STOP,
  stripPossessive,
  TITLES,
  wordFlags,
} from '../../../src/core/extract/lexicon';
import { buildNormalized, normalizeText } from '../../../src/core/extract/normalize';
import { proposeSameSpeakers, compareNames, type SpeakerRecord } from '../../../src/core/extract/sameSpeaker';
import { isSentenceEnd } from '../../../src/core/extract/sentences';
import { tokenize } from '../../../src/core/extract/tokens';

const alphabet = [
  'a', 'b', 'e', 'k', 's', 'S', 'T', 'z', '0', '7', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '.', '…', '...', ',',
  ';', ':', '!', '?', '"', '”', '“', '’', '‘', '›', "'", '»', '«', ')', ']', '—', '–', '-', 'é', 'É', 'İ', 'ß', 'Ж', 'ж', '\u0301', '\ud83d\ude00',
  '\ud800', 'said', 'Said', 'THE', 'the', 'Mr', 'U.S', "Putin's", 'Putin’s', 'MP', 'experts', 'according', 'well-known',
];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join(''));

describe('char scans match the regexes they replaced', () => {
  it('terminal punctuation, ellipsis, sentence marks, trailing blanks, word counts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isTerminal(t)).toBe(/[.!?…:;]["”’»'“‘›)\]]*$|[.!?]\s*["”’»'“‘›]$/.test(t));
        expect(endsWithEllipsis(t)).toBe(/(?:…|\.\.\.)["”’»'“‘›)]*$/.test(t));
        expect(endsWithSentenceMark(t, 0, t.length)).toBe(/[.!?…]["”’»)]*$/.test(t));
        expect(t.slice(0, trimEndIndex(t, 0, t.length))).toBe(t.trimEnd());
        expect(countWordsIn(`xx${t}yy`, 2, 2 + t.length)).toBe(countWords(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('whitespace collapsing', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const s = Math.min(a, t.length);
        const e = Math.min(t.length, s + b);
        expect(sliceCollapsed(t, s, e)).toBe(t.slice(s, e).replace(/\s+/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('sentence ends', () => {
    const ABBREV = new Set(
      `mr mrs ms dr prof st gen sen rep gov lt col sgt capt jr sr inc corp ltd co no vs etc e.g i.e u.s u.k u.n
      jan feb mar apr jun jul aug sep sept oct nov dec adm maj brig rev fr mt ft approx est dept univ`.split(/\s+/),
    );
    const OPENERS = new Set('he she it they we i the a an this that these those but and in on at his her their its there however meanwhile'.split(' '));
    // The original definition, character by character.
    const reference = (body: string, i: number): boolean => {
      const c = body[i];
      if (c === '!' || c === '?' || c === '…') return true;
      if (c !== '.') return false;
      let s = i;
      while (s > 0 && /[\p{L}.]/u.test(body[s - 1] as string)) s--;
      const word = body.slice(s, i).toLowerCase();
      if (ABBREV.has(word)) return false;
      if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(body[s] as string)) {
        const next = /^\s+(\p{L}+)/u.exec(body.slice(i + 1, i + 20))?.[1]?.toLowerCase() ?? '';
        return OPENERS.has(next);
      }
      if (/^\d$/.test(body[i + 1] ?? '')) return false;
      return true;
    };
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i++) expect(isSentenceEnd(t, i)).toBe(reference(t, i));
      }),
      { numRuns: 2000 },
    );
  });

  it('normalisation: the one-pass check takes the fast path exactly when the text needs no change but spaces', () => {
    fc.assert(
      fc.property(text, (raw) => {
        // CR and dropped characters take the (unchanged) slow path in both versions.
        fc.pre(!/[\r\u200b\u00ad]/.test(raw) && !raw.slice(1).includes('\ufeff'));
        const n = buildNormalized(raw);
        const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
        const expected = raw.slice(bom).replace(/\r\n?/g, '\n').normalize('NFC').replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/[\u200b\u00ad\ufeff]/g, '');
        expect(n.text).toBe(expected);
        expect(normalizeText(raw)).toBe(raw.slice(bom).replace(/\r\n?/g, '\n').normalize('NFC').replace(/[\u00a0\u202f\u2007]/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('word flags equal the set look-ups they replaced', () => {
  const expectedFlags = (lc: string): number => {
    const bare = stripPossessive(lc);
    let f = 0;
    if (SPEECH_VERBS.has(lc)) f |= F_SPEECH;
    if (CALLING_VERBS.has(lc)) f |= F_CALLING;
    if (OBJECT_VERBS.has(lc)) f |= F_OBJECT;
    if (ADVERBS.has(lc)) f |= F_ADVERB;
    if (PRONOUNS.has(lc)) f |= F_PRONOUN;
    if (PERSON_PRONOUNS.has(lc)) f |= F_PERSON_PRONOUN;
    if (ROLE_NOUNS.has(lc) || (lc.endsWith('s') && ROLE_NOUNS.has(lc.slice(0, -1)))) f |= F_ROLE;
    if (ROLE_NOUNS.has(lc)) f |= F_ROLE_EXACT;
    if (TITLES.has(lc) || TITLES.has(`${lc}.`)) f |= F_TITLE;
    if (ORG_WORDS.has(lc)) f |= F_ORG;
    if (ORG_WORDS.has(bare)) f |= F_ORG_POSS;
    if (NON_NAME.has(lc)) f |= F_NON_NAME;
    if (NON_NAME.has(bare)) f |= F_NON_NAME_POSS;
    if (STOP.has(lc)) f |= F_STOP;
    if (ORG_HEAD_NOUNS.has(lc)) f |= F_ORG_HEAD;
    if (/['’]s$/.test(lc)) f |= F_POSS_S;
    if (lc === 'according') f |= F_ACCORDING;
    if (DETERMINERS.has(lc)) f |= F_DETERMINER;
    if (MODIFIER_WORDS.has(lc)) f |= F_MODIFIER;
    if (TIME_WORDS.has(lc)) f |= F_TIME;
    if (RELATION_NOUNS.has(lc)) f |= F_RELATION;
    if (SURNAME_PARTICLES.has(lc)) f |= F_PARTICLE;
    return f;
  };
  const lists = [SPEECH_VERBS, CALLING_VERBS, OBJECT_VERBS, ADVERBS, PRONOUNS, ROLE_NOUNS, TITLES, ORG_WORDS, NON_NAME, STOP, ORG_HEAD_NOUNS, DETERMINERS, MODIFIER_WORDS, TIME_WORDS, RELATION_NOUNS, SURNAME_PARTICLES];
  const words = [...new Set(lists.flatMap((l) => [...l]))];

  it('for every listed word and its plural, possessive, capitalised and dotless forms, in text', () => {
    const forms = words.flatMap((w) => [w, `${w}s`, `${w}'s`, `${w}’s`, `${w}'S`, `${w}'`, w.replace(/\.$/, ''), w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1), `x${w}`, `${w}x`]);
    const body = forms.join(' ');
    for (const t of tokenize(body, 0, body.length)) {
      if (!t.word) continue;
      expect(t.lc).toBe(t.t.toLowerCase());
      expect(t.f).toBe(expectedFlags(t.lc));
      expect(wordFlags(t.lc)).toBe(expectedFlags(t.lc));
    }
  });

  it('for arbitrary text', () => {
    fc.assert(
      fc.property(text, (body) => {
        for (const t of tokenize(body, 0, body.length)) {
          expect(t.lc).toBe(t.t.toLowerCase());
          expect(t.f).toBe(t.word ? expectedFlags(t.lc) : 0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('proposeSameSpeakers: candidate pairs and caches give the all-pairs result', () => {
  /** The all-pairs loop over compareNames, as the function worked before it was indexed. */
  const allPairs = (speakers: SpeakerRecord[]): unknown[] => {
    const roleWords = (role: string | null | undefined): Set<string> =>
      new Set(
        (role ?? '')
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/['’`.]/g, ' ')
          .split(/[^\p{L}\p{N}-]+/u)
          .flatMap((t) => (t.includes('-') && t.length > 12 ? t.split('-') : [t]))
          .filter((t) => t.length > 0 && !/^(?:mr|mrs|ms|dr|prof|sir|jr|sr)$/.test(t) && t.length > 3),
      );
    const out: Array<{ a: string; b: string; score: number; reason: string }> = [];
    for (let i = 0; i < speakers.length; i++) {
      for (let j = i + 1; j < speakers.length; j++) {
        const s = speakers[i] as SpeakerRecord;
        const t = speakers[j] as SpeakerRecord;
        if (s.id === t.id) continue;
        let best: { score: number; reason: string } | null = null;
        for (const x of [s.name, ...(s.aliases ?? [])]) {
          for (const y of [t.name, ...(t.aliases ?? [])]) {
            const m = compareNames(x, y);
            if (m && (!best || m.score > best.score)) best = m;
          }
        }
        if (!best) continue;
        let { score, reason } = best;
        const ra = roleWords(s.role);
        const rb = roleWords(t.role);
        if (ra.size > 0 && rb.size > 0) {
          if ([...ra].some((w) => rb.has(w))) score = Math.min(1, score + 0.05);
          else if (score >= 0.95) reason = `${reason}, different role`;
        }
        if (score >= 0.6) out.push({ a: s.id, b: t.id, score: Math.round(score * 100) / 100, reason });
      }
    }
    return out.sort((p, q) => q.score - p.score);
  };
  const firsts = ['Rasim', 'Alexander', 'Aleksandr', 'Sergei', 'Sergey', 'V.', 'Vladimir', 'Olga', 'Ilham', 'Heydar', 'José', 'Jose', 'Yuri', 'Iurii', ''];
  const lasts = ['Musabayov', 'Musabekov', 'Krylov', 'Krilov', 'Putin', 'Zelensky', 'Zelenskyy', 'Aliyev', 'Aliev', 'Lavrov', 'Khodorkovsky', 'Hodorkovskiy', 'García', 'Garcia', 'al-Assad', 'Assad', "O'Brien", 'Smith'];
  const name = fc.oneof(
    fc.tuple(fc.constantFrom(...firsts), fc.constantFrom(...lasts)).map(([f, l]) => `${f} ${l}`.trim()),
    fc.tuple(fc.constantFrom(...lasts), fc.constantFrom(...firsts)).map(([l, f]) => `${l} ${f}`.trim()),
    fc.string({ maxLength: 12 }),
  );
  const record = fc.record(
    { id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'), name, role: fc.option(fc.constantFrom('political analyst', 'Azerbaijani MP', 'President', 'foreign minister')), aliases: fc.array(name, { maxLength: 2 }) },
    { requiredKeys: ['id', 'name'] },
  );

  it('on lists long enough to use the index', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 48, maxLength: 90 }), (speakers) => {
        const withIds = speakers.map((s, i) => ({ ...s, id: i % 17 === 0 ? 'same' : `${s.id}${i}` }));
        expect(proposeSameSpeakers(withIds)).toEqual(allPairs(withIds));
      }),
      { numRuns: 60 },
    );
  });

  it('pair by pair, also after a record object is edited in place', () => {
    const a: SpeakerRecord = { id: 'a', name: 'Rasim Musabayov', role: 'MP' };
    const b: SpeakerRecord = { id: 'b', name: 'Rasim Musabekov' };
    expect(proposeSameSpeakers([a, b])).toEqual(allPairs([a, b]));
    a.name = 'Heydar Aliyev';
    expect(proposeSameSpeakers([a, b])).toEqual([]);
    a.aliases = ['R. Musabayov'];
    expect(proposeSameSpeakers([a, b])).toEqual(allPairs([a, b]));
    (a.aliases as string[])[0] = 'Sergei Lavrov';
    expect(proposeSameSpeakers([a, b])).toEqual(allPairs([a, b]));
  });
});

describe('outlet signals: a lead-in then one shared outlet pattern finds what the whole pattern found', () => {
  const split = OUTLET_SIGNALS.filter((sig) => sig.outlet);
  /** The pattern as it was written before: lead-in and outlet in one regex. */
  const whole = split.map((sig) => new RegExp(sig.re.source + (sig.outlet as RegExp).source, 'u'));
  const firstMatch = (text: string): (string | undefined)[] => whole.map((re) => re.exec(text)?.[1]);
  const viaLeadIn = (text: string): (string | undefined)[] => split.map((sig) => signalOutlet(sig, text));

  it('on the shapes each signal is for', () => {
    const cases: [string, string | undefined][] = [
      ['Speaking to the Moscow Times, he said', 'Moscow Times'],
      ['speaking with the press and then speaking to Caliber.Az on Monday', 'Caliber.Az'],
      ['she told reporters yesterday, then told The Guardian on Friday.', 'The Guardian'],
      ['he told Reuters yesterday', undefined],
      ['in an interview given to the Financial Times of London.', 'Financial Times of London'],
      ['shared his views on the matter with Vestnik Kavkaza', 'Vestnik Kavkaza'],
      ['writes in the Profile magazine', 'Profile'],
      ['Get news from the Élysée Press Office', 'Élysée Press Office'],
      ['a hyperlink to News.Az is required', 'News.Az'],
    ];
    for (const [text, outlet] of cases) {
      expect(viaLeadIn(text).find(Boolean)).toBe(outlet);
      expect(viaLeadIn(text)).toEqual(firstMatch(text));
    }
  });

  it('for arbitrary text made of their words', () => {
    const word = fc.constantFrom(
      'speaking', 'Speaking', 'spoke', 'talked', 'to', 'with', 'the', 'The', 'thE', 'the  ', 'Moscow', 'Times', 'told', 'tells', 'Reuters',
      'interview', 'given to', 'for', 'shared', 'gave', 'his', 'views', 'opinions', 'on', 'this', 'in', 'writes', 'write', 'news', 'from',
      'hyperlink', 'Caliber.Az', 'of', 'Élysée', 'İlham', 'earlier', 'last', 'that', '“', '”', '.', ',', '’s', 'reporters', 'RIA',
    );
    const sep = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '', ', ');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 24 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(viaLeadIn(t)).toEqual(firstMatch(t));
      }),
      { numRuns: 3000 },
    );
  });

  /** Signal by signal, as detectOutlet asked before: each signal whose hint occurs, on its own. */
  const oneByOne = (text: string, first: boolean): (string | undefined)[] =>
    OUTLET_SIGNALS.map((sig, n) => ((n > 0 || first) && sig.hints.some((h) => text.includes(h)) ? signalOutlet(sig, text) : undefined));

  it('all at once in one pass, as one by one', () => {
    const cases = [
      'MOSCOW (Interfax) - Speaking to the Moscow Times, he said',
      'he gave his views on the interview with Izvestia, after an interview with the Financial Times',
      'she told reporters, then told The Guardian on Friday. News.Az © 2025',
      'Get news  from the Élysée Press Office (updates from the Kremlin)',
      'Copyright 2024 the Baku Post. Any use requires a hyperlink to Report.Az',
    ];
    for (const text of cases) for (const first of [true, false]) expect(outletsBySignal(text, first)).toEqual(oneByOne(text, first));
    // Lead-ins that overlap: "interview with" inside "gave his views on the interview with".
    expect(outletsBySignal(cases[1] as string, false).filter(Boolean)).toEqual(['Izvestia', 'Izvestia']);
  });

  it('all at once, for arbitrary text made of every signal’s words', () => {
    const word = fc.constantFrom(
      'Speaking', 'spoke', 'talking', 'to', 'with', 'the', 'The', 'Moscow', 'Times', 'told', 'tells', 'Reuters', 'interview', 'given to', 'for',
      'shared', 'expressed', 'gave', 'his', 'views', 'on', 'this', 'in', 'writes', 'news', 'News', 'updates', 'stories', 'from', 'hyperlink',
      'Caliber.Az', 'of', 'Élysée', 'earlier', '©', '(c)', 'copyright', 'COPYRIGHT', '2025', '(AFP)', 'PARIS', '-', '—', '“', '.', ',',
    );
    const sep = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '', ', ');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (t, first) => {
        expect(outletsBySignal(t, first)).toEqual(oneByOne(t, first));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('role words: the direct comparison answers as the regex it replaced', () => {
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const byRegex = (role: string, word: string): boolean => new RegExp(`(^|[^\\p{L}])${escape(word)}s?([^\\p{L}]|$)`, 'iu').test(role);

  it('on roles as the text gives them', () => {
    const cases: [string, string, boolean][] = [
      ['political expert', 'expert', true],
      ['Deputy Foreign Minister', 'minister', true],
      ['ministers of finance', 'minister', true],
      ['administrator', 'minister', false],
      ['expertise lead', 'expert', false],
      ['MP for Baku', 'mp', true],
      ['spokesman for the ministry', 'spokesman', true],
    ];
    for (const [role, word, expected] of cases) {
      expect(roleHasWord(role, word)).toBe(expected);
      expect(byRegex(role, word)).toBe(expected);
    }
  });

  it('for arbitrary roles and words', () => {
    const piece = fc.constantFrom('minister', 'Minister', 'MINISTERS', 'mp', 'MPs', 'expert', 's', 'S', 'ss', '-', ' ', '2', 'é', 'Ü', 'ſ', '.', 'vice', 'deputy', 'a', '’', '(', 'K');
    const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (role, word) => {
        expect(roleHasWord(role, word)).toBe(byRegex(role, word));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('quote marks: the native search finds what the char-by-char scan found', () => {
  it('for arbitrary text split into paragraphs', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '"', "'", '‘', '’', '‚', '‛', '“', '”', '„', '‟', '«', '»', '‹', '›', '—', 'é', '\u2017', '\u2020');
    const text = fc.array(unit, { maxLength: 80 }).map((u) => u.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(80), { maxLength: 6 }), (body, cuts) => {
        const bounds = [0, ...cuts.map((c) => Math.min(c, body.length)).sort((a, b) => a - b), body.length];
        const next = markFinder(body);
        for (let k = 0; k + 1 < bounds.length; k++) {
          const [from, to] = [bounds[k] as number, bounds[k + 1] as number];
          const found: number[] = [];
          for (let i = next(from, to); i < to; i = next(i + 1, to)) found.push(i);
          const scanned: number[] = [];
          for (let i = from; i < to; i++) if (isMark(body.charCodeAt(i))) scanned.push(i);
          expect(found).toEqual(scanned);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
