/**
 * Grammatical gender of a person as the text shows it (title, role noun, or a common first
 * name), so that "she said" does not go to the man quoted just before. Unknown stays unknown:
 * a pronoun may then refer to anyone, as before.
 */

export type Gender = 'f' | 'm';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const FEMALE_WORDS = words(`
ms mrs miss madam madame mme dame lady smt shrimati kumari frau señora sra
spokeswoman chairwoman businesswoman congresswoman councilwoman countrywoman sportswoman woman women girl
mother mum mom grandmother grandma wife daughter sister aunt niece widow actress queen princess duchess
empress heiress hostess waitress stewardess headmistress
`);
const MALE_WORDS = words(`
mr sir shri sri herr señor monsieur
spokesman businessman congressman councilman countryman sportsman man men boy
father dad grandfather grandpa husband son brother uncle nephew widower king prince duke emperor
headmaster
`);

/** Common first names (English-speaking press and a few international ones), accents removed. */
const FEMALE_NAMES = words(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria lauren
christina evelyn judith megan cheryl hannah jacqueline martha gloria teresa ann sara madison
frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla lori sally holly molly kate claire
fiona siobhan aoife sinead niamh eileen maureen priya lakshmi sunita anita kavita aisha fatima layla
mariam yasmin olga irina natalia svetlana elena tatiana anastasia ekaterina galina marina lyudmila
renee sophie chloe camille ursula giorgia francesca giulia ana lucia carmen isabel sofia valentina
ingrid astrid greta annika kerry jane louise lucy ellie jade zoe amelia mia ava ella
leila nadia amira hana mei ling yuki keiko naomi tasha shanice keisha latoya imani
carla paula monica erica tina rita wendy vanessa veronica jasmine tanya
kristen kirsten kathy katie nina lena peggy penny rose rosa sylvia vivian yvonne
beth bethany caitlin chelsea erin gabrielle hayley jenna kelsey
rachael whitney abby allison alyssa audrey
clara eleanor eva freya georgia harriet imogen isla lily matilda millie poppy rosie ruby
scarlett esther miriam leah rebekah tamar noor zainab khadija salma rania dina
`);
const MALE_NAMES = words(`
james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence
bryan bruce gabriel joe logan albert alan eugene russell vincent philip bobby
johnny bradley roy ralph louis randy wayne howard harry liam oliver hugh ian neil colin graham nigel
simon stuart alistair callum connor declan eamon ciaran padraig rahul amit sanjay vijay rajesh suresh
ramesh arjun mohammed muhammad ahmed ali omar hassan hussein mustafa khalid ibrahim yusuf mahmoud
vladimir sergei sergey dmitry alexei andrei ivan nikolai mikhail yuri viktor boris igor oleg ilham
pierre jacques francois emmanuel marco giuseppe giovanni luca carlos juan luis miguel javier diego
hans klaus jurgen wolfgang olaf lars sven erik jens
darnell marcus jamal tyrone dwayne andre khalif
curtis ray dale glenn todd craig troy shane brett derek wade clint chad kurt duane
andy ben bill bob dan dave doug ed fred greg jeff jim jon ken matt mike nick
phil rick rob ron steve ted tim tom tony will marc tomas tomás jesper jerome dean
jake luke max leo oscar theo archie alfie freddie harvey toby rory finn owen rhys gareth
`);

/** Lower case without accents ("Renée" → "renee"); ASCII words skip the decomposition. */
function fold(word: string): string {
  const lc = word.toLowerCase();
  for (let i = 0; i < lc.length; i++) if (lc.charCodeAt(i) > 0x7f) return lc.normalize('NFD').replace(/\p{M}/gu, '');
  return lc;
}

/** genderOfWord for a word already in lower case and without accents to fold (a token's lc). */
export function genderOfLowerWord(lc: string): Gender | null {
  return FEMALE_WORDS.has(lc) ? 'f' : MALE_WORDS.has(lc) ? 'm' : null;
}

/** Gender shown by one word: a title or role noun ("Ms", "spokeswoman"), or a first name. */
export function genderOfWord(word: string): Gender | null {
  const folded = fold(word);
  return genderOfLowerWord(folded.endsWith('.') ? folded.slice(0, -1) : folded); // "Mr.", "Mrs."
}

/** Gender shown by a first name. */
export function genderOfFirstName(name: string): Gender | null {
  const w = fold(name);
  if (FEMALE_NAMES.has(w)) return 'f';
  if (MALE_NAMES.has(w)) return 'm';
  return null;
}

/** Words after which a role describes someone else: "a lawyer for the woman", "the son of". */
const ROLE_TAIL = new Set(['of', 'for', 'at', 'to', 'with', 'in', 'from', 'representing', 'who', 'and', 'on', 'by']);

/**
 * Gender shown by a role's head noun ("Deputy spokeswoman", "the victim's mother"), or by a title
 * at its start ("Ms"): "a lawyer for the woman" says nothing of the lawyer.
 */
export function genderOfRole(role: string | null): Gender | null {
  if (!role) return null;
  const words = role.split(/[\s,]+/);
  const first = words[0] ? genderOfWord(words[0]) : null;
  if (first) return first;
  let head = '';
  for (const w of words) {
    if (ROLE_TAIL.has(w.toLowerCase())) break;
    head = w;
  }
  return head ? genderOfWord(head) : null;
}

/** The gender a personal pronoun refers to: "she", "her" → f; "he", "him", "his" → m. */
export function genderOfPronoun(lc: string): Gender | null {
  if (lc === 'she' || lc === 'her' || lc === 'hers' || lc === 'herself') return 'f';
  if (lc === 'he' || lc === 'him' || lc === 'his' || lc === 'himself') return 'm';
  return null;
}
