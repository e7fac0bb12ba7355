/** eld's "extrasmall" database: language index -> code, and n-gram -> {language index: score}. */
export const ngramsData: { type: string; languages: Record<number, string>; ngrams: Record<string, Record<number, number>> };
/** Byte value -> one character standing for it (eld keys n-grams by UTF-8 bytes as characters). */
export const dictionary: readonly string[];
/** Runs of non-letters (not ending right after an apostrophe): eld replaces them with a space. */
export const separators: RegExp;
/** Average score of a correct detection per language code. */
export const avgScore: Record<string, number>;
