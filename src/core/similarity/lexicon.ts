/**
 * Word lists for comparing what claims assert: function words to skip, news-domain synonyms that
 * mean one thing ("plane", "aircraft", "airliner"), demonyms that name a place ("Azerbaijani" →
 * Azerbaijan) and well-known places. Small on purpose: IDF does most of the weighting.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Function words, reporting verbs and fillers: they say nothing about what is asserted. */
export const STOPWORDS = words(`
a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside
besides between beyond both but by can cannot could did do does doing done down during each either
else elsewhere enough etc even ever every everyone everything everywhere except few for former
formerly from further had has have having he hence her here hereafter hereby herein hers herself him
himself his how however i if in indeed instead into is it its itself just last latter least less
let like likely many may me meanwhile might mine more moreover most mostly much must my myself
namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off
often on once one only onto or other others otherwise our ours ourselves out over own per perhaps
please quite rather re really same seem seemed seeming seems several she should since so some
somehow someone something sometime sometimes somewhere still such than that the their theirs them
themselves then thence there thereafter thereby therefore therein thereupon these they this those
though through throughout thru thus to together too toward towards under until up upon us very via
was we well were what whatever when whence whenever where whereafter whereas whereby wherein
whereupon wherever whether which while whither who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves
said say says saying told tell tells telling stated state states noted note notes added add adds
according claimed claim claims believe believes believed think thinks thought stressed emphasised
emphasized remarked explained asked answered replied commented argued insisted
mr mrs ms dr st s t d ll ve re m don doesn didn isn wasn aren weren won wouldn shouldn couldn
clear clearly obvious obviously certain certainly course fact matter way ways thing things lot
new old great good bad big small high low first second third today yesterday tomorrow year years
day days time times part kind sort level right now currently recently important importantly
make makes made making take takes took taken taking come comes came coming go goes went gone going
get gets got getting give gives gave given giving use uses used using see sees saw seen seeing
put puts keep keeps kept want wants wanted know knows knew known find finds found become becomes
try tries tried trying seem lead leads led leading show shows showed shown call calls called
look looks looked mean means meant need needs needed place places case cases issue issues
`);

/** Adverbs in -ly that are content words all the same; other -ly words say how, not what. */
export const LY_KEEP = words(`
ally allies family italy rally supply reply assembly anomaly monopoly july fly belly bully holy
ugly jelly lily
`);

/**
 * Words that mean the same thing in news about events: each maps to one concept, so "the downed
 * airliner" and "the aircraft was shot down" meet. Keys are lower-case surface words.
 */
const conceptGroups: Record<string, string> = {
  aircraft: `plane planes airplane airplanes aeroplane aeroplanes aircraft airliner airliners jet
    jets airspace airline airlines azal embraer boeing airbus flight flights`,
  'shot-down': `crash crashes crashed crashing downed downing shootdown shot-down`,
  apology: `apology apologies apologise apologised apologises apologising apologize apologized
    apologizes apologizing apologetic sorry`,
  tragedy: `tragedy tragedies tragic tragically catastrophe disaster`,
  casualties: `victim victims dead death deaths died killed killing casualties casualty fatalities
    injured wounded`,
  investigation: `investigation investigations investigate investigated investigating inquiry
    probe investigators investigator`,
  compensation: `compensation compensate compensated reparations damages`,
  detention: `detain detained detaining detention detentions arrest arrests arrested raid raids
    raided`,
  condolences: `condolence condolences sympathy sympathies mourning`,
  guilt: `guilt guilty blame blamed blames culpability responsible responsibility accuse accused
    accusation accusations`,
  peacekeepers: `peacekeeper peacekeepers peacekeeping`,
  'de-escalation': `de-escalation de-escalate deescalate normalization normalisation normalize
    normalise normalcy normality reconciliation rapprochement`,
  sanctions: `sanction sanctions embargo retaliation retaliatory countermeasures`,
  elections: `election elections electoral vote votes ballot polls`,
  war: `war wars warfare hostilities`,
};

export const CONCEPTS = new Map<string, string>();
for (const [concept, list] of Object.entries(conceptGroups)) {
  for (const w of list.trim().split(/\s+/)) CONCEPTS.set(w, concept);
}

/** Verbs that, followed by "down", mean bringing an aircraft down ("shot down"). */
export const DOWNING_VERBS = words('shot shoot shoots shooting brought bring bringing');

/** Demonyms and adjectives of places → the place. */
export const DEMONYMS: Record<string, string> = {
  russian: 'russia',
  russians: 'russia',
  azerbaijani: 'azerbaijan',
  azerbaijanis: 'azerbaijan',
  azeri: 'azerbaijan',
  azeris: 'azerbaijan',
  armenian: 'armenia',
  armenians: 'armenia',
  turkish: 'turkey',
  türkiye: 'turkey',
  turkiye: 'turkey',
  turks: 'turkey',
  iranian: 'iran',
  iranians: 'iran',
  georgian: 'georgia',
  georgians: 'georgia',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  kazakh: 'kazakhstan',
  kazakhstani: 'kazakhstan',
  chechen: 'chechnya',
  chechens: 'chechnya',
  american: 'united states',
  americans: 'united states',
  british: 'united kingdom',
  french: 'france',
  german: 'germany',
  chinese: 'china',
  israeli: 'israel',
  syrian: 'syria',
  pakistani: 'pakistan',
  afghan: 'afghanistan',
  european: 'europe',
  soviet: 'soviet union',
  baltic: 'baltic states',
  caucasian: 'caucasus',
};

/** Places that often stand in news about the region (lower case); capitalised names also count. */
export const PLACES = words(`
russia azerbaijan armenia turkey georgia ukraine iran kazakhstan chechnya syria israel pakistan
afghanistan china france germany europe usa moscow baku yerevan ankara tbilisi kyiv kiev tehran
astana aktau grozny yekaterinburg karabakh nakhchivan zangezur zangazur khankendi stepanakert
shusha khojaly sochi kremlin caucasus caspian crimea donbas washington brussels london paris berlin
beijing istanbul
`);

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
