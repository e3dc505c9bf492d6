/**
 * A deterministic, realistic archive for the benchmarks: sources with news-length texts (raw text
 * with web boilerplate and a cleaned body), claims that are real spans of those bodies (anchors
 * match), speakers with roles, outlets, statuses, tags and review states in plausible proportions.
 *
 * Pure TypeScript with no imports but types: it runs in Node and, bundled, inside the page that
 * writes the archive to IndexedDB (generating 100,000 claims there is faster than shipping them
 * over the DevTools protocol).
 */
import type { Claim, Outlet, Review, Source, Speaker } from '../../src/shared/model';

export interface ArchiveSpec {
  sources: number;
  claims: number;
  speakers: number;
  outlets: number;
  seed: number;
  /** Real words (most frequent first), e.g. from the bundled articles; synthetic words follow. */
  vocabulary: string[];
}

export interface Archive {
  sources: Source[];
  claims: Claim[];
  speakers: Speaker[];
  outlets: Outlet[];
}

export const defaultSpec: Omit<ArchiveSpec, 'vocabulary'> = {
  sources: 5_000,
  claims: 100_000,
  speakers: 2_500,
  outlets: 150,
  seed: 20250703,
};

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}

const firstNames = [
  'Ilham',
  'Sergey',
  'Maria',
  'Hikmet',
  'Elena',
  'Anar',
  'Dmitry',
  'Leyla',
  'Farid',
  'Olga',
  'Rashad',
  'Tatiana',
  'Vugar',
  'Nikolai',
  'Aysel',
  'Pavel',
  'Samir',
  'Irina',
  'Elnur',
  'Andrey',
  'Kamran',
  'Svetlana',
  'Tural',
  'Alexander',
  'Nigar',
  'Mikhail',
  'Orkhan',
  'Natalia',
  'Javid',
  'Viktor',
  'Gunel',
  'Yuri',
  'Emin',
  'Anna',
  'Zaur',
  'Konstantin',
  'Sevinj',
  'Boris',
  'Ramil',
  'Ekaterina',
  'Nurlan',
  'Grigory',
  'Lala',
  'Oleg',
  'Togrul',
  'Vera',
  'Azer',
  'Roman',
  'Aida',
  'Igor',
  'Fuad',
  'Ludmila',
  'Elchin',
  'Maxim',
  'Shahla',
  'Denis',
  'Ilgar',
  'Yulia',
  'Ruslan',
  'Narmin',
];
const lastNames = [
  'Aliyev',
  'Lavrov',
  'Zakharova',
  'Hajiyev',
  'Krylov',
  'Markedonov',
  'Petrov',
  'Mammadov',
  'Ivanova',
  'Huseynov',
  'Sokolov',
  'Guliyeva',
  'Volkov',
  'Ismayilov',
  'Morozova',
  'Bayramov',
  'Kuznetsov',
  'Abbasova',
  'Smirnov',
  'Rzayev',
  'Orlova',
  'Jafarov',
  'Fedorov',
  'Mehdiyeva',
  'Pavlov',
  'Karimov',
  'Belova',
  'Hasanov',
  'Popov',
  'Nasirova',
  'Lebedev',
  'Suleymanov',
  'Kozlova',
  'Gasimov',
  'Novikov',
  'Valiyeva',
  'Yegorov',
  'Musayev',
  'Vasilieva',
  'Askerov',
  'Nikitin',
  'Salimova',
  'Zaitsev',
  'Babayev',
  'Sorokina',
  'Ahmadov',
  'Frolov',
  'Najafova',
  'Medvedev',
  'Quliyev',
  'Tarasova',
  'Aghayev',
  'Belyaev',
  'Rustamova',
  'Komarov',
  'Huseynli',
  'Gusev',
  'Ibrahimova',
  'Titov',
  'Mirzayev',
  'Kiselev',
  'Alizade',
  'Makarov',
  'Safarova',
  'Andreev',
  'Zeynalov',
  'Osipova',
  'Hamidov',
  'Stepanov',
  'Veliyev',
  'Sergeeva',
  'Namazov',
  'Kovalev',
  'Allahverdiyeva',
  'Ilyin',
  'Shikhaliyev',
  'Gromova',
  'Taghiyev',
  'Danilov',
  'Musabekov',
];
const roles = [
  'Foreign Minister',
  'Presidential aide',
  'Kremlin spokesman',
  'political analyst',
  'Member of Parliament',
  'former ambassador',
  'Deputy Prime Minister',
  'energy expert',
  'Ministry of Defence spokesperson',
  'head of the Caucasus department',
  'economist',
  'State Duma deputy',
  'professor of international relations',
  'aviation investigator',
  'chairman of the committee',
  'press secretary',
  'opposition leader',
  'trade envoy',
  null,
  null,
];
const outletWords = [
  'Times',
  'Post',
  'Herald',
  'Daily',
  'Review',
  'Observer',
  'Report',
  'Monitor',
  'Tribune',
  'Courier',
  'Gazette',
  'Journal',
  'Wire',
  'Express',
  'Dispatch',
  'Chronicle',
];
const places = [
  'Baku',
  'Caspian',
  'Moscow',
  'Ganja',
  'Caucasus',
  'Eurasia',
  'Sumgait',
  'Volga',
  'Shirvan',
  'Kazan',
  'Lankaran',
  'Neva',
];
const tagPool = [
  'aviation',
  'sanctions',
  'energy',
  'gas',
  'pipeline',
  'trade',
  'diaspora',
  'media',
  'courts',
  'police',
  'border',
  'security',
  'diplomacy',
  'economy',
  'migration',
  'karabakh',
  'elections',
  'military',
  'transport',
  'grain',
  'oil',
  'tariffs',
  'treaty',
  'protest',
  'investigation',
  'crash',
  'compensation',
  'apology',
  'arrests',
  'propaganda',
  'cyber',
  'culture',
  'sport',
  'religion',
  'education',
  'health',
  'weather',
  'finance',
  'banking',
  'corruption',
];
const statusWeights: [string, number][] = [
  ['unverified', 60],
  ['corroborated', 12],
  ['partly-corroborated', 8],
  ['disputed', 9],
  ['refuted', 5],
  ['not-checkable', 6],
];
const reviewWeights: [Review, number][] = [
  ['suggested', 50],
  ['accepted', 40],
  ['rejected', 10],
];
const boilerplate = [
  'Subscribe to our newsletter',
  'Share on Facebook',
  'Share on Telegram',
  'Read more:',
  'Cookies help us deliver our services.',
  'All rights reserved.',
  'Related articles',
  'Most read',
  'Follow us on social media',
  'Advertisement',
];
const syllables = [
  'ka',
  'ri',
  'mo',
  'ste',
  'lan',
  'der',
  'vo',
  'tra',
  'nel',
  'qu',
  'is',
  'ob',
  'ver',
  'cen',
  'pol',
  'ma',
  'ti',
  'gor',
  'sen',
  'al',
  'ex',
  'pre',
  'ion',
  'ment',
  'ar',
  'ul',
  'en',
  'ro',
];

function weighted<T>(rng: ReturnType<typeof random>, table: [T, number][]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** A Zipf-like word sampler over real words first, then synthetic ones (the long tail). */
function wordSampler(rng: ReturnType<typeof random>, vocabulary: string[], synthetic: number) {
  const words = [...vocabulary];
  const seen = new Set(words);
  while (words.length < vocabulary.length + synthetic) {
    let word = '';
    const parts = rng.int(2, 4);
    for (let i = 0; i < parts; i++) word += rng.pick(syllables);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  // Cumulative weights 1/(rank+8): a flattened Zipf, as in news prose; the synthetic tail (names,
  // rare words) makes up about a fifth of the running words.
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    sum += (i < vocabulary.length ? 1 : 0.12) / (i + 8);
    cumulative[i] = sum;
  }
  return () => {
    const target = rng.next() * sum;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

const uuid = (rng: ReturnType<typeof random>) => {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(rng.next() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(rng.next() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
};

/** Splits `total` into `parts` counts between min and max whose sum is exactly `total`. */
function spread(
  rng: ReturnType<typeof random>,
  total: number,
  parts: number,
  min: number,
  max: number,
) {
  const counts = Array.from({ length: parts }, () => rng.int(min, max));
  let diff = total - counts.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = rng.int(0, parts - 1);
    if (diff > 0 && counts[i]! < max * 2) {
      counts[i]!++;
      diff--;
    } else if (diff < 0 && counts[i]! > 1) {
      counts[i]!--;
      diff++;
    }
  }
  return counts;
}

export function generateArchive(spec: ArchiveSpec): Archive {
  const rng = random(spec.seed);
  const word = wordSampler(rng, spec.vocabulary, 12_000);
  const at = '2025-09-01T09:00:00.000Z';

  const sentence = (minWords: number, maxWords: number) => {
    const n = rng.int(minWords, maxWords);
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      let w = word();
      if (i === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
      else if (rng.next() < 0.04) w = w.charAt(0).toUpperCase() + w.slice(1);
      words.push(i < n - 1 && rng.next() < 0.07 ? `${w},` : w);
    }
    return words.join(' ');
  };

  const outlets: Outlet[] = Array.from({ length: spec.outlets }, (_, i) => ({
    id: uuid(rng),
    name: `${rng.pick(places)} ${rng.pick(outletWords)}${i >= places.length * 4 ? ` ${i}` : ''}`,
    aliases: [],
    reliability: rng.next() < 0.5 ? rng.pick(['A', 'B', 'C', 'D', 'E', 'F'] as const) : null,
    createdAt: at,
    updatedAt: at,
  }));
  const speakerNames = new Set<string>();
  const speakers: Speaker[] = [];
  while (speakers.length < spec.speakers) {
    let name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
    if (speakerNames.has(name))
      name = `${name.split(' ')[0]} ${rng.pick(firstNames).charAt(0)}. ${name.split(' ')[1]}`;
    if (speakerNames.has(name)) continue;
    speakerNames.add(name);
    speakers.push({
      id: uuid(rng),
      name,
      aliases: [],
      role: rng.pick(roles),
      createdAt: at,
      updatedAt: at,
    });
  }

  const perSource = spread(rng, spec.claims, spec.sources, 8, 32);
  const sources: Source[] = [];
  const claims: Claim[] = [];
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2025, 8, 1) - start;
  for (let s = 0; s < spec.sources; s++) {
    const outlet = rng.pick(outlets);
    const sourceId = uuid(rng);
    const cast = Array.from({ length: rng.int(2, 6) }, () => rng.pick(speakers));
    const paragraphs: string[] = [];
    const spans: { start: number; end: number; speaker: Speaker | null; kind: Claim['kind'] }[] =
      [];
    let length = 0;
    const push = (text: string) => {
      paragraphs.push(text);
      length += text.length + 2;
    };
    push(`${sentence(10, 22)}. ${sentence(12, 26)}.`);
    for (let c = 0; c < perSource[s]!; c++) {
      const speaker = rng.next() < 0.9 ? rng.pick(cast) : null;
      const quote = `${sentence(6, 30)}${rng.next() < 0.2 ? `. ${sentence(4, 12)}` : ''}`;
      const lead = rng.next() < 0.5 ? `${sentence(6, 16)}. ` : '';
      const open = `${lead}“`;
      const who = speaker
        ? `${speaker.name}${speaker.role ? `, ${speaker.role},` : ''}`
        : 'a source';
      const paragraph = `${open}${quote},” ${rng.next() < 0.5 ? 'said' : 'told reporters'} ${who} ${sentence(3, 9).toLowerCase()}.`;
      const quoteStart = length + open.length;
      spans.push({
        start: quoteStart,
        end: quoteStart + quote.length,
        speaker,
        kind: rng.next() < 0.8 ? 'direct' : 'indirect',
      });
      push(paragraph);
      if (rng.next() < 0.4) push(`${sentence(10, 24)}. ${sentence(8, 20)}.`);
    }
    push(`${sentence(8, 18)}.`);
    const text = paragraphs.join('\n\n');
    const date =
      rng.next() < 0.03 ? null : new Date(start + rng.next() * span).toISOString().slice(0, 10);
    const title = sentence(6, 13);
    const chrome = (n: number) => Array.from({ length: n }, () => rng.pick(boilerplate)).join('\n');
    const rawText = [
      `${outlet.name}\n${chrome(rng.int(8, 20))}`,
      title,
      date ?? '',
      text,
      chrome(rng.int(10, 30)),
      `© ${outlet.name}. ${rng.pick(boilerplate)}`,
    ].join('\n\n');
    sources.push({
      id: sourceId,
      title,
      outletId: outlet.id,
      author: rng.next() < 0.6 ? `${rng.pick(firstNames)} ${rng.pick(lastNames)}` : null,
      publishedAt: date,
      kind: rng.next() < 0.75 ? 'news' : rng.next() < 0.5 ? 'interview' : 'op-ed',
      rawText,
      text,
      contentHash: `${sourceId.replace(/-/g, '')}${s.toString(16).padStart(8, '0')}`,
      origin: { type: 'file', name: `archive-${s}.txt` },
      importedAt: at,
      updatedAt: at,
    });
    for (const span of spans) {
      const tags: string[] = [];
      if (rng.next() < 0.3) {
        const n = rng.int(1, 3);
        for (let t = 0; t < n; t++) {
          const tag = rng.pick(tagPool);
          if (!tags.includes(tag)) tags.push(tag);
        }
      }
      claims.push({
        id: uuid(rng),
        sourceId,
        text: text.slice(span.start, span.end),
        anchor: {
          start: span.start,
          end: span.end,
          prefix: text.slice(Math.max(0, span.start - 32), span.start),
          suffix: text.slice(span.end, span.end + 32),
        },
        speakerId: span.speaker?.id ?? null,
        outletId: outlet.id,
        kind: span.kind,
        status: weighted(rng, statusWeights),
        credibility: null,
        tags,
        note: rng.next() < 0.05 ? sentence(5, 20) : '',
        review: weighted(rng, reviewWeights),
        confidence: Math.round((0.4 + rng.next() * 0.6) * 100) / 100,
        createdAt: at,
        updatedAt: at,
        updatedBy: null,
      });
    }
  }
  return { sources, claims, speakers, outlets };
}
