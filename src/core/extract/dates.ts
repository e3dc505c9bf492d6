/** Dates as written in news pages, to ISO YYYY-MM-DD. Never guesses a missing part. */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date stated in `s`, or null. Ambiguous numeric dates (03/04/2025) are skipped. */
export function findDate(s: string): string | null {
  if (!/\d/.test(s)) return null;
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MDY.exec(s);
  if (m) return iso(Number(m[3]), MONTHS[(m[1] as string).toLowerCase()] ?? 0, Number(m[2]));
  m = DMY.exec(s);
  if (m) return iso(Number(m[3]), MONTHS[(m[2] as string).toLowerCase()] ?? 0, Number(m[1]));
  m = DOTTED.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) return iso(Number(m[3]), b, a);
    if (b > 12 && a <= 12) return iso(Number(m[3]), a, b);
  }
  return null;
}

/** A line that is (mostly) a date or a dateline: "03 July 2025 15:14", "Published: 7 Feb 2025". */
export function isDateLine(s: string): boolean {
  if (findDate(s) === null) return false;
  const rest = s
    .replace(ISO, '')
    .replace(MDY, '')
    .replace(DMY, '')
    .replace(DOTTED, '')
    .replace(SLASHED, '')
    .replace(/T?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\s*(?:am|pm|[AP]M|GMT|UTC|[A-Z]{3,4})?/g, '')
    .replace(/\b(?:published|updated|posted|date|last|modified|on|at|by|\||,|-|–|—|:)\b/gi, '')
    .replace(/[\s,|:·•–—-]+/g, ' ')
    .trim();
  return rest.split(' ').filter(Boolean).length <= 4;
}
