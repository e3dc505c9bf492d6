/** Titles at the start of a capitalised run ("Treasury Secretary Janet Brooks"). */
import { F_ROLE_EXACT, F_TITLE } from './lexicon';
import type { Tok } from './tokens';

export function isTitleToken(t: Tok): boolean {
  return (t.f & F_TITLE) !== 0 || (t.cap && (t.f & F_ROLE_EXACT) !== 0);
}

/**
 * Index of the last title word that still leaves a name after it, or -1: everything up to it
 * is the role ("Treasury Secretary", "Azerbaijani MP", "Prosecutor General").
 */
export function titleEnd(words: Tok[]): number {
  let end = -1;
  for (let i = 0; i < words.length - 1; i++) if (isTitleToken(words[i] as Tok) || (i === 0 && words.length >= 3 && describesName(words[i] as Tok))) end = i;
  return end;
}

/** A word that opens a description when a full name follows: a party label or a profession. */
function describesName(t: Tok): boolean {
  return PARTY_LABELS.has(t.lc) || (PROFESSION.test(t.t) && !CREEDS.has(t.lc));
}

/**
 * A profession opening a run of three or more words: "Agronomist Ernesto Villalobos Quintana",
 * "Physician Ana Ruiz Soto" (-ist, -ician: endings no common given name has).
 */
const PROFESSION = /^\p{Lu}\p{Ll}{3,}(?:ist|ician)$/u;
/** …but not a creed or a camp ("Islamist Hayat Tahrir al-Sham"). */
const CREEDS = new Set(['islamist', 'jihadist', 'salafist', 'marxist', 'leninist', 'maoist', 'zionist', 'socialist', 'communist', 'nationalist', 'populist', 'separatist', 'extremist', 'leftist', 'rightist', 'centrist', 'federalist', 'unionist', 'loyalist', 'royalist', 'modernist', 'fascist']);

/**
 * Party labels that open a description when a full name follows ("the Socialist Pedro de la
 * Fuente", "Democrat Joe Manchin"); alone they name the party ("Labour said").
 */
const PARTY_LABELS = new Set(['socialist', 'conservative', 'liberal', 'democrat', 'republican', 'labour', 'communist', 'centrist', 'nationalist', 'tory']);
