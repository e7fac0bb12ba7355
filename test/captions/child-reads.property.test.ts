// Reads proportional to the change (child-reads.ts, issue 18 item 1): re-reading only the caption
// root's children that mutation records touched, and telling the segmenter only those changed, must
// give exactly what a full read and a full comparison give.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { createChildReader } from '../../src/captions/child-reads.ts';
import { factsOf, forgetStale } from '../../src/captions/mutation-records.ts';
import { meet } from '../../src/captions/platforms/meet.ts';
import type { ReadContext } from '../../src/captions/platforms/index.ts';
import { createSegmenter } from '../../src/captions/segmenter.ts';
import type { CaptionSnapshot, Utterance } from '../../src/captions/types.ts';

const NAMES = ['You', 'Bob Jones', 'María García'];
const word = fc.stringMatching(/^[a-z]{1,7}[.,?]?$/);
// 0 grow a block's text, 1 new block, 2 drop the oldest block, 3 rewrite a block's text node,
// 4 a dummy div before the trailer, 5 rename a block's speaker, 6 replace a block's text node, 7 nothing.
const op = fc.record({ kind: fc.integer({ min: 0, max: 7 }), pick: fc.nat(), words: fc.array(word, { minLength: 1, maxLength: 4 }) });

function meetDom(): { doc: Document; root: Element; trailer: Element } {
  const { window } = new JSDOM('<!doctype html><html><body><div role="region" tabindex="0" aria-label="Captions"><div class="IMKgW"><button>Jump to bottom</button></div></div></body></html>');
  const doc = window.document;
  const root = doc.querySelector('[role="region"]')!;
  return { doc, root, trailer: root.querySelector('.IMKgW')! };
}

function addBlock(doc: Document, root: Element, before: Element, name: string, text: string): void {
  const b = doc.createElement('div');
  b.className = 'nMcdL';
  b.innerHTML = `<div class="adE6rb"><img data-iml="1" src="data:,"><div class="KcIKyf"><span class="NWpY1d"></span></div></div><div class="ygicle VbkSUe"></div>`;
  b.querySelector('.NWpY1d')!.textContent = name;
  b.querySelector('.ygicle')!.appendChild(doc.createTextNode(text));
  root.insertBefore(b, before);
}

describe('child reads', () => {
  it('a read of only the touched children gives the same snapshots as a full read (Meet)', () => {
    let patched = 0;
    fc.assert(
      fc.property(fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 25 }), (batches) => {
        const { doc, root, trailer } = meetDom();
        addBlock(doc, root, trailer, NAMES[0]!, 'hello');
        const keys = new WeakMap<Element, string>();
        let n = 0;
        const parsed = new WeakMap<Node, unknown>();
        const keyOf = (el: Element): string => keys.get(el) ?? (keys.set(el, `k${++n}`), `k${n}`);
        const ctx: ReadContext = {
          keyOf,
          memo: <T>(el: Element, parse: () => T): T => (parsed.has(el) ? (parsed.get(el) as T) : (parsed.set(el, parse()), parsed.get(el) as T)),
        };
        const plain: ReadContext = { keyOf };
        const reader = createChildReader(meet.readChild!);
        const mo = new doc.defaultView!.MutationObserver(() => undefined);
        mo.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
        expect(reader.full(root, ctx)).toEqual(meet.read({ el: root, kind: 'region' }, plain));
        for (const batch of batches) {
          for (const o of batch) {
            const blocks = Array.from(root.querySelectorAll(':scope > .nMcdL'));
            const b = blocks.length ? blocks[o.pick % blocks.length]! : null;
            const text = b?.querySelector('.ygicle');
            const said = o.words.join(' ');
            if (o.kind === 0 && text?.firstChild) (text.firstChild as Text).data += ` ${said}`;
            else if (o.kind === 1 || !b) addBlock(doc, root, root.querySelector(':scope > .dummy') ?? trailer, NAMES[o.pick % 3]!, said);
            else if (o.kind === 2) blocks[0]!.remove();
            else if (o.kind === 3 && text?.firstChild) (text.firstChild as Text).data = said;
            else if (o.kind === 4 && !root.querySelector(':scope > .dummy')) root.insertBefore(doc.createElement('div'), trailer).className = 'dummy';
            else if (o.kind === 5) b.querySelector('.NWpY1d')!.textContent = NAMES[(o.pick + 1) % 3]!;
            else if (o.kind === 6 && text) text.replaceChildren(doc.createTextNode(said));
          }
          const { touched, structural } = forgetStale([mo.takeRecords()], root, (x) => void parsed.delete(x));
          const part = structural ? null : reader.patch(root, ctx, touched);
          const full = meet.read({ el: root, kind: 'region' }, plain);
          if (part) {
            patched++;
            expect(part.snaps).toEqual(full);
            // Every entry not re-read is unchanged from the full read (already checked above), and
            // every re-read entry is one of the touched children's.
            expect(part.changed).toEqual([...part.changed].sort((a, b) => a - b));
          } else expect(reader.full(root, ctx)).toEqual(full);
        }
        mo.disconnect();
      }),
      { numRuns: 200 },
    );
    expect(patched).toBeGreaterThan(100); // the patch path itself was checked, not only its fallback
  });

  it('a push told which snapshots changed emits exactly what a push comparing all of them emits', () => {
    const SAY = fc.array(word, { minLength: 1, maxLength: 3 });
    // Per step: 0-5 change one block, 6 add a block, 7 drop the oldest; extra = unchanged indices also named.
    const step = fc.record({ kind: fc.integer({ min: 0, max: 7 }), pick: fc.nat(), say: SAY, gap: fc.integer({ min: 0, max: 1200 }), extra: fc.array(fc.nat(), { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), fc.boolean(), (steps, quick) => {
        const mk = () => createSegmenter({ callStart: 1, roleOf: () => 'other', stableMs: 1000, quickMs: quick ? 150 : undefined });
        const hinted = mk();
        const plain = mk();
        const a: Utterance[] = [];
        const b: Utterance[] = [];
        let list: CaptionSnapshot[] = [{ blockKey: 'b0', speaker: NAMES[0]!, text: 'hi' }];
        let keyN = 1;
        let now = 0;
        a.push(...hinted.push(list, now));
        b.push(...plain.push(list, now));
        for (const s of steps) {
          now += s.gap;
          let changed: number[] | undefined;
          if (s.kind <= 5 && list.length > 0) {
            const i = s.pick % list.length;
            const old = list[i]!;
            const text = s.kind === 5 ? s.say.join(' ') : `${old.text} ${s.say.join(' ')}`; // 5: rewritten, else grown
            list = list.map((x, j) => (j === i ? { ...x, text } : x));
            changed = [...new Set([i, ...s.extra.map((e) => e % list.length)])].sort((x, y) => x - y);
          } else if (s.kind === 6 || list.length === 0) list = [...list, { blockKey: `b${keyN++}`, speaker: NAMES[s.pick % 3]!, text: s.say.join(' ') }];
          else list = list.slice(1);
          a.push(...hinted.push(list, now, { changed }));
          b.push(...plain.push(list, now));
          a.push(...hinted.tick(now + 1));
          b.push(...plain.tick(now + 1));
        }
        a.push(...hinted.flush(now + 5000));
        b.push(...plain.flush(now + 5000));
        expect(a).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });

  it('a new block waiting for its growth read still starts at its first write', () => {
    const seg = createSegmenter({ callStart: 1, roleOf: () => 'other', quickMs: 150 });
    seg.push([{ blockKey: 'a', speaker: 'Bob Jones', text: 'I slept badly.' }], 1000);
    const ended = seg.tick(1200);
    expect(ended.map((u) => u.text)).toEqual(['I slept badly.']);
    // The next block was first written at 1300 and read at 1700 with more words.
    const out = seg.push([{ blockKey: 'a', speaker: 'Bob Jones', text: 'I slept badly.' }, { blockKey: 'b', speaker: 'You', text: 'I am sorry to hear' }], 1700, { startAt: 1300 });
    expect(out).toEqual([]);
    const [u] = seg.flush(2000);
    expect(u).toMatchObject({ text: 'I am sorry to hear', startMs: 1300, endMs: 1700 });
  });

  it('an added block is urgent only while an utterance is open; its sentence end still counts', () => {
    const { doc, root, trailer } = meetDom();
    const mo = new doc.defaultView!.MutationObserver(() => undefined);
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    addBlock(doc, root, trailer, 'Bob Jones', 'Yes.');
    const done = mo.takeRecords();
    expect(factsOf(done)).toMatchObject({ urgent: 'start', added: true });
    expect(factsOf(done, false)).toMatchObject({ urgent: 'end', added: true });
    addBlock(doc, root, trailer, 'Bob Jones', 'and then');
    expect(factsOf(mo.takeRecords(), false)).toMatchObject({ urgent: null, added: true });
  });
});
