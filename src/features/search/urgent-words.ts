/**
 * Words that mean a child or a pregnancy may need medical help now (pure). When they appear,
 * the search puts the medical route first: 999 where a life may be at risk, NHS 111 otherwise,
 * the maternity services for pregnancy warning signs, and shows "Need help now?" above the
 * results.
 *
 * Kept apart from data/synonyms.json on purpose: synonyms widen what a search finds, while this
 * decides what must come first, so it is a small vocabulary of word stems and pairs, not a list
 * of sentences. Which signs mean 999 follows NHS guidance for parents (call 999 if a baby or
 * child stops breathing or is struggling to breathe, will not wake up, has a fit, has a rash
 * that does not fade under a glass, or has a severe allergic reaction; e.g.
 * https://hackneyandcityhealthvisiting.nhs.uk/your-childs-health/when-and-where-to-seek-help-nc/
 * and http://bucks.healthhelpnow.nhs.uk/ "spotting signs of serious illness"); anything else
 * medical goes to 111, which can itself send an ambulance.
 */

/** What the words call for, most urgent first. */
export type UrgentNeed = 'life' | 'pregnancy' | 'medical';

/**
 * A cue fires when every slot matches somewhere in the query, in any order. A pattern ending
 * in "*" matches words starting with it ("vomit*": vomit, vomiting, vomited); others match the
 * whole word; a pattern of several words matches them in a row ("wont wake*", where "will not
 * settle" next to "waking" must not count). Words are as tokenise() makes them: lower case,
 * apostrophes gone ("won't" → "wont").
 */
type Cue = [need: UrgentNeed, ...slots: string[][]];

const DIFFICULTY = [
  'not',
  'stopped',
  'stop*',
  'cant',
  'cannot',
  'struggl*',
  'hard',
  'difficult*',
  'trouble',
  'isnt',
  'wont',
  'fast',
  'rapid',
  'grunt*',
];
const PREGNANT = ['pregnan*', 'trimester', 'expecting'];

const CUES: Cue[] = [
  // 999: signs that a life may be at risk.
  ['life', ['unconscious', 'unresponsive', 'collapse*', 'floppy', 'lifeless', 'choke*', 'choking', 'anaphyla*', 'meningitis', 'sepsis']],
  // "fit" alone is too often "keep fit": only "a fit", "fits" or "fitting" count.
  ['life', ['seizure*', 'seizing', 'convuls*', 'a fit', 'fits', 'fitting']],
  ['life', ['breath*', 'breathe'], DIFFICULTY],
  ['life', ['gasp*']],
  ['life', ['blue', 'grey', 'gray'], ['lip', 'lips', 'skin', 'face', 'turning', 'turned', 'gone', 'going']],
  ['life', ['wont wake*', 'not wake*', 'not waking', 'cant wake*', 'cannot wake*', 'hard to wake*', 'difficult to wake*']],
  ['life', ['rash*', 'spots', 'spotty'], ['fade*', 'fading', 'glass', 'purple', 'blanch*']],
  [
    'life',
    ['swallow*', 'ate', 'eaten', 'drank', 'drunk', 'ingest*'],
    [
      'battery',
      'batteries',
      'magnet*',
      'poison*',
      'bleach',
      'tablet*',
      'pill*',
      'medicine*',
      'chemical*',
      'detergent*',
      'capsule*',
      'pod',
      'pods',
    ],
  ],
  ['life', ['bleed*', 'blood'], ['heavy', 'heavily', 'lot', 'lots', 'pouring', 'soaked', 'soaking', 'wont', 'severe*']],
  ['life', ['burn*', 'burnt', 'scald*'], ['severe*', 'serious*', 'badly', 'large', 'deep', 'electric*']],
  // Maternity: warning signs in pregnancy and labour.
  ['pregnancy', ['bleed*', 'blood', 'spotting'], PREGNANT],
  [
    'pregnancy',
    ['moving', 'movement*', 'move', 'moves', 'kick*'],
    ['less', 'fewer', 'not', 'stopped', 'isnt', 'hasnt', 'havent', 'reduced', 'slow*', 'quiet*', 'much', 'no'],
    ['baby', 'babys', 'bump', 'pregnan*', 'weeks'],
  ],
  // "reduced movements", "fewer kicks": said without "baby", but only ever about a pregnancy.
  ['pregnancy', ['reduced', 'fewer', 'decreased'], ['movement*', 'moving', 'kick*']],
  ['pregnancy', ['waters', 'water'], ['broke', 'broken', 'break*', 'leak*', 'gone', 'went', 'burst']],
  ['pregnancy', ['labour', 'labor', 'contraction*']],
  ['pregnancy', ['eclampsia', 'preeclampsia']],
  ['pregnancy', PREGNANT, ['pain*', 'headache*', 'swelling', 'swollen', 'itch*', 'vision', 'blurred', 'blurry', 'cramp*', 'fell', 'fall']],
  // NHS 111: symptoms and injuries that need medical advice.
  ['medical', ['temperature*', 'temp', 'fever*', 'feverish', 'pyrexia']],
  ['medical', ['rash*', 'vomit*', 'diarrh*', 'dehydrat*', 'cough*', 'croup', 'wheez*', 'breath*', 'breathe']],
  ['medical', ['sick'], ['being', 'been', 'keeps', 'was', 'is', 'feels', 'feel', 'feeling']],
  ['medical', ['throw', 'throwing', 'threw'], ['up']],
  ['medical', ['swallow*', 'burn*', 'burnt', 'scald*', 'injur*', 'wound*', 'bleed*', 'sting', 'stung', 'bitten']],
  ['medical', ['fell', 'fallen', 'fall', 'bumped', 'banged', 'hit'], ['head', 'stairs', 'bed', 'cot', 'sofa', 'changing']],
  ['medical', ['poorly', 'ill', 'unwell', 'allergic', 'allergy', 'drowsy', 'lethargic', 'listless', 'earache', 'infection*']],
];

const wordMatches = (pattern: string, word: string | undefined) =>
  word !== undefined && (pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern);

function patternMatches(pattern: string, tokens: string[]): boolean {
  const parts = pattern.split(' ');
  return tokens.some((_, start) => parts.every((part, k) => wordMatches(part, tokens[start + k])));
}

/** Everyday phrases built from urgent words, taken out before the cues are read. */
const NOT_URGENT = ['burnt out', 'burned out', 'burn out', 'burning out', 'sick of', 'sick and tired'].map((p) => p.split(' '));

function withoutEverydayPhrases(tokens: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = NOT_URGENT.find((words) => words.every((w, k) => tokens[i + k] === w));
    if (phrase) i += phrase.length - 1;
    else kept.push(tokens[i] as string);
  }
  return kept;
}

/** The needs the query's words call for (a set: a heavy bleed in pregnancy is both), or none. */
export function urgentNeeds(typed: string[]): Set<UrgentNeed> {
  const tokens = withoutEverydayPhrases(typed);
  const needs = new Set<UrgentNeed>();
  for (const [need, ...slots] of CUES) {
    if (!needs.has(need) && slots.every((slot) => slot.some((pattern) => patternMatches(pattern, tokens)))) needs.add(need);
  }
  return needs;
}
