// hasIconText remembers the icon that answered yes (the poll's "in call?" on Meet), so it must answer
// exactly as the document-wide query would whenever that icon changes: its text, its class, its place.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { hasIconText } from '../../src/captions/platforms/shared.ts';

describe('hasIconText with the remembered icon', () => {
  it('answers like a fresh query after the icon is renamed, re-classed, removed or replaced', () => {
    const doc = new JSDOM('<body><div id="bar"><i class="google-symbols" id="a">call_end</i></div></body>').window.document;
    const icon = doc.getElementById('a')!;
    expect(hasIconText(doc, 'call_end')).toBe(true);
    expect(hasIconText(doc, 'call_end')).toBe(true); // from the remembered icon
    icon.textContent = 'mic';
    expect(hasIconText(doc, 'call_end')).toBe(false);
    icon.textContent = ' call_end ';
    expect(hasIconText(doc, 'call_end')).toBe(true);
    icon.className = 'plain';
    expect(hasIconText(doc, 'call_end')).toBe(false);
    icon.className = 'material-icons';
    expect(hasIconText(doc, 'call_end')).toBe(true);
    icon.remove();
    expect(hasIconText(doc, 'call_end')).toBe(false);
    // Another icon with the same text answers yes, and is remembered in its turn.
    const other = doc.createElement('span');
    other.className = 'google-symbols';
    other.textContent = 'call_end';
    doc.body.appendChild(other);
    expect(hasIconText(doc, 'call_end')).toBe(true);
    other.remove();
    expect(hasIconText(doc, 'call_end')).toBe(false);
    // The icon in another subtree does not count for a root it is not in.
    const bar = doc.getElementById('bar')!;
    doc.body.appendChild(other);
    expect(hasIconText(doc, 'call_end')).toBe(true);
    expect(hasIconText(bar, 'call_end')).toBe(false);
  });
});
