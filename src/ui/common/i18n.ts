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

/** Wrap a lookup into `t`: numbers become strings, and a missing key shows itself (visible in QA). */
export function makeT(lookup: MessageLookup): T {
  return (key, subs) => lookup(key, subs?.map(String)) || key;
}

export const I18nContext = createContext<T>((key) => key);

export function useT(): T {
  return useContext(I18nContext);
}
