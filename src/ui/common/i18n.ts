// Strings for the extension's pages. Components never call chrome.i18n: the entry wires
// `chrome.i18n.getMessage` in as the lookup; tests pass `lookupFromMessages(json)`, which follows
// the same messages.json rules (named placeholders -> $1..$9, "$$" -> "$").
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Same shape as chrome.i18n.getMessage: returns '' for an unknown key. */
export type MessageLookup = (key: string, subs?: string[]) => string;
export type T = (key: string, subs?: readonly (string | number)[]) => string;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function lookupFromMessages(messages: Record<string, MessageEntry>): MessageLookup {
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const ph = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return ph ? ph[1].content : whole;
    });
    return named.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}

/**
 * Wrap a lookup into `t`: numbers become strings, and a missing key shows itself (visible in QA).
 * A substitution "@<key>" is itself a message key, resolved in the UI language first (the coach
 * passes the prompt's topic paraphrase this way, e.g. "@coach_topic_sleep").
 */
export function makeT(lookup: MessageLookup): T {
  const sub = (v: string | number): string => {
    const s = String(v);
    return s.startsWith('@') && /^@[a-z0-9_]+$/.test(s) ? lookup(s.slice(1)) || s.slice(1) : s;
  };
  return (key, subs) => lookup(key, subs?.map(sub)) || key;
}

export const I18nContext = createContext<T>((key) => key);

export function useT(): T {
  return useContext(I18nContext);
}
