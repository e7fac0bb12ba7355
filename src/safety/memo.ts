// The detector reads the same strings several times per patient utterance: the clinician's question
// is normalised and matched against the screening and follow-up lists by the rules stage, the context
// check and the learned stage in turn, and consecutive patient utterances often answer the same
// question. A few-entry memo of a pure string function saves those repeats (issue 18: the safety
// check's budget). Entries are the last few inputs only, so nothing of a call outlives the next few.
export function memoLast<T>(fn: (s: string) => T, size = 4): (s: string) => T {
  const keys: string[] = [];
  const values: T[] = [];
  return (s: string): T => {
    const i = keys.indexOf(s);
    if (i >= 0) return values[i]!;
    const v = fn(s);
    if (keys.length >= size) { keys.shift(); values.shift(); }
    keys.push(s);
    values.push(v);
    return v;
  };
}
