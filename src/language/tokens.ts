import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Document, PosTag, Span, Token } from "../document.js";
import { isBoilerplate, withLayers } from "../document.js";

/** wink-nlp's lexicon: every word's index, the model's own words first, then each unknown word it met. */
interface Lexicon {
  hash: Record<string, number>;
  readonly list: readonly string[];
}

interface Nlp {
  readonly nlp: ReturnType<typeof winkNLP>;
  /** Makes the tokenizer forget the unknown words it met so far (see loadNlp). */
  readonly forgetUnknownWords: () => void;
}

/**
 * Loading the model takes ~100 ms: do it once per process, on first use. Only sentence
 * boundaries and POS tags (with lemmas) are read: wink-nlp's named entities, negation and
 * sentiment would double the cost of every readDoc and change none of those.
 *
 * wink-nlp adds each unknown word to its lexicon for the life of the process, and its tokenizer
 * keeps a known word whole where it splits an unseen one ("Poor's" is "Poor" + "'s" the first
 * time, one token once seen): tokens depended on what the process had read before, so a batch
 * or a worker thread gave other tokens than one article alone. Its tokenizer looks words up in
 * `hash`, captured when the model loads; the cache adds words through `features.lexeme.hash`,
 * read at each call. That one becomes a view that also shows the tokenizer each unknown word
 * the current document meets, and forgetUnknownWords hides them again: every document is
 * tokenised as in a fresh process, while each unknown word keeps its one index in the cache.
 */
let loaded: Nlp | undefined;
function loadNlp(): Nlp {
  if (loaded) return loaded;
  let core: { features: { lexeme: Lexicon } } | undefined;
  const nlp = winkNLP({ ...model, core: () => (core = (model.core as () => typeof core)()) }, ["sbd", "pos"]);
  const lexicon = core!.features.lexeme;
  const seen = lexicon.hash;
  const ownWords = lexicon.list.length;
  let shown: string[] = [];
  const show = (word: string, index: number) => {
    seen[word] = index;
    shown.push(word);
  };
  lexicon.hash = new Proxy(Object.create(seen) as Record<string, number>, {
    get(all, word: string) {
      const index = all[word];
      if (index !== undefined && index >= ownWords && seen[word] === undefined) show(word, index);
      return index;
    },
    set(all, word: string, index: number) {
      all[word] = index;
      show(word, index);
      return true;
    },
  });
  const forgetUnknownWords = () => {
    for (const word of shown) delete seen[word];
    shown = [];
  };
  loaded = { nlp, forgetUnknownWords };
  return loaded;
}

/**
 * Lower-cased lemmas by POS tag and word, across documents. Outside contractions wink-nlp's lemma
 * is a function of the word and its tag alone (its lemmatiser consults only the model's own
 * words), and asking wink for it costs ~8% of the stage: each (word, tag) is asked once.
 */
const lemmaCache = new Map<string, Map<string, string>>();
// Distinct (word, tag) pairs kept at most: a long run starts over rather than growing.
const MAX_CACHED_LEMMAS = 200_000;
let cachedLemmas = 0;

/** The lower-cased lemma of a word with a tag, remembered, or undefined when not yet asked of wink-nlp. */
function cachedLemma(word: string, tag: string): string | undefined {
  return lemmaCache.get(tag)?.get(word);
}

/** Remembers the lower-cased lemma of a word with a tag. */
function rememberLemma(word: string, tag: string, lemma: string): void {
  if (cachedLemmas >= MAX_CACHED_LEMMAS) {
    for (const map of lemmaCache.values()) map.clear();
    cachedLemmas = 0;
  }
  let byWord = lemmaCache.get(tag);
  if (!byWord) lemmaCache.set(tag, (byWord = new Map()));
  byWord.set(word, lemma);
  cachedLemmas++;
}

/**
 * Whether the text is hard-wrapped (wire copy, plain-text archives): most lines fill a narrow
 * band of widths. Then a single newline is a wrap inside a paragraph, not a paragraph end.
 */
function isHardWrapped(text: string): boolean {
  let lines = 0;
  let wrappedWidth = 0;
  let widest = 0;
  for (const line of text.split("\n")) {
    const width = line.trimEnd().length;
    if (width === 0) continue;
    lines++;
    widest = Math.max(widest, width);
    if (width >= 55 && width <= 90) wrappedWidth++;
  }
  return lines >= 5 && widest <= 100 && wrappedWidth / lines >= 0.6;
}

function trimmedSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Paragraphs: each line, as extracted HTML and most feeds give them; in hard-wrapped text,
 * runs of lines ended by a blank line or by an indented line.
 */
export function findParagraphs(text: string): Span[] {
  const breaks = isHardWrapped(text) ? /\n[ \t]*\n\s*|\n(?=[ \t])/g : /\n+/g;
  const paragraphs: Span[] = [];
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    const span = trimmedSpan(text, start, m.index);
    if (span) paragraphs.push(span);
    start = m.index + m[0].length;
  }
  const last = trimmedSpan(text, start, text.length);
  if (last) paragraphs.push(last);
  return paragraphs;
}

/**
 * Adds paragraphs, sentences and tokens (with POS tags and lemmas) to the document.
 * Boilerplate paragraphs are left out: nothing after this stage analyses them.
 * wink-nlp reads each paragraph once; its tokens are mapped back to character offsets.
 */
export function tokenize(doc: Document): Document {
  // A document in another language is stored, not analysed as English.
  if (doc.meta.language !== "en" && doc.meta.language !== "und") return doc;
  const { nlp, forgetUnknownWords } = loadNlp();
  const { its } = nlp;
  forgetUnknownWords();
  const paragraphs = findParagraphs(doc.text);
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  for (const paragraph of paragraphs) {
    if (isBoilerplate(doc, paragraph)) continue;
    const text = doc.text.slice(paragraph.start, paragraph.end);
    const wdoc = nlp.readDoc(text);
    // Whole-array reads are several times faster than walking wink-nlp's items one by one.
    const all = wdoc.tokens();
    const values = all.out(its.value) as string[];
    const tags = all.out(its.pos) as string[];
    const contracted = all.out(its.contractionFlag as unknown as typeof its.value) as unknown as boolean[];
    const askLemma = (i: number): string => String(all.itemAt(i).out(its.lemma as unknown as typeof its.value)).toLowerCase();
    const sentenceTokenSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];
    let cursor = 0;
    for (const [first, last] of sentenceTokenSpans) {
      const sentenceIndex = sentences.length;
      let sentenceStart = -1;
      let sentenceEnd = -1;
      for (let i = first; i <= last; i++) {
        const value = values[i]!;
        const at = text.indexOf(value, cursor);
        // wink-nlp keeps token values verbatim; a miss would mean a changed text, so skip it.
        if (at < 0) continue;
        cursor = at + value.length;
        const start = paragraph.start + at;
        const end = start + value.length;
        if (sentenceStart < 0) sentenceStart = start;
        sentenceEnd = end;
        const tag = tags[i]!;
        // A contraction's parts carry their own lemma ("ca" + "n't" of "can't" → "can", "not").
        let lemma = contracted[i] ? askLemma(i) : cachedLemma(value, tag);
        if (lemma === undefined) rememberLemma(value, tag, (lemma = askLemma(i)));
        tokens.push({ start, end, pos: tag as PosTag, lemma, sentence: sentenceIndex });
      }
      if (sentenceStart >= 0) sentences.push({ start: sentenceStart, end: sentenceEnd });
    }
  }
  return withLayers(doc, { paragraphs, sentences, tokens });
}

/** The tokens of one sentence, in order (tokens are stored sorted, so this is a slice). */
export function tokensOfSentence(tokens: readonly Token[], sentence: number): readonly Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
  return tokens.slice(lo, end);
}
