/**
 * What the language folder offers the rest of Attache: the stages that read an article's words
 * (its language, sentences and tokens with POS tags, time expressions, quantities).
 */
export { detectLanguage } from "./detect-language.js";
export { tokenize, tokensOfSentence } from "./tokens.js";
export { findTimes } from "./times.js";
export { findQuantities } from "./quantities.js";
