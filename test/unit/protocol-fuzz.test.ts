// Every listener's first line of defence, fuzzed with fast-check: the valibot schemas of
// src/messaging/protocol.ts must never throw and must accept only well-formed messages within the
// length caps, and the sender checks of src/messaging/senders.ts must accept only our content
// script in a call page's top frame (captions) or our own extension pages (panel, offscreen).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BgToOffSchema, ClassifyReplySchema, PortReplySchema, CsToBgSchema, isPortReply, MAX_NAME, MAX_TEXT, ModelStatusSchema, PanelToBgSchema, parse,
} from '../../src/messaging/protocol';
import { contentScriptTab, isCallPageUrl, isExtensionPage, isServiceWorker, type SenderLike } from '../../src/messaging/senders';

const ID = 'hkpaneogcmnboopmmdfanfnlgapabgjc';
const ORIGIN = `chrome-extension://${ID}`;
const SCHEMAS = { CsToBgSchema, PanelToBgSchema, BgToOffSchema, ClassifyReplySchema, ModelStatusSchema };

// Values shaped like our messages but with hostile fields mixed in.
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'kind', 'toString', 'utterance');
const anyValue = fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true });
const nearMessage = fc.record({
  kind: fc.constantFrom('cs/hello', 'cs/health', 'cs/utterance', 'cs/call-ended', 'panel/subscribe', 'panel/end-call', 'off/classify', 'x'),
  platform: fc.oneof(fc.constantFrom('meet', 'teams', 'zoom', 'jitsi'), anyValue),
  callKey: fc.oneof(fc.string(), anyValue),
  tabId: fc.oneof(fc.integer(), fc.double(), anyValue),
  target: fc.oneof(fc.constant('offscreen'), anyValue),
  utterance: fc.oneof(anyValue, fc.record({ id: fc.string(), speaker: fc.string(), role: fc.string(), text: fc.string(), startMs: fc.double(), endMs: fc.double(), revision: fc.integer() })),
}, { requiredKeys: ['kind'] });
const withHostileKeys = fc.tuple(nearMessage, fc.dictionary(hostileKey, anyValue)).map(([m, extra]) => Object.assign(JSON.parse(JSON.stringify(extra, (_k, v) => (typeof v === 'bigint' ? 0 : v)) ?? '{}'), m));

describe('protocol schemas under arbitrary input', () => {
  it('never throw, and anything they accept is a known kind with capped strings', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, nearMessage, withHostileKeys), (input) => {
        for (const schema of Object.values(SCHEMAS)) {
          const out = parse(schema, input);
          if (out === null) continue;
          expect(typeof out).toBe('object');
          expect(Object.getPrototypeOf(out)).toBe(Object.prototype); // no polluted prototype passes through
          const json = JSON.stringify(out);
          expect(json.includes('"__proto__"')).toBe(false);
        }
        const cs = parse(CsToBgSchema, input);
        if (cs?.kind === 'cs/utterance') {
          expect(cs.utterance.text.length).toBeLessThanOrEqual(MAX_TEXT);
          expect(cs.utterance.speaker.length).toBeLessThanOrEqual(MAX_NAME);
        }
      }),
      { numRuns: 2000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the call page\'s plain ack check accepts exactly what PortReplySchema accepts of what a port delivers (JSON)', () => {
    const replyLike = fc.record({ n: fc.oneof(fc.nat(), fc.integer(), fc.double(), anyValue), reply: anyValue, extra: anyValue }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(anyValue, replyLike, withHostileKeys), (input) => {
        let json: unknown;
        try {
          json = JSON.parse(JSON.stringify(input, (_k, v) => (typeof v === 'bigint' ? 0 : v)) ?? 'null');
        } catch {
          return; // a value a port cannot carry
        }
        expect(isPortReply(json)).toBe(parse(PortReplySchema, json) !== null);
      }),
      { numRuns: 3000 },
    );
    expect(isPortReply({ n: 3, reply: { ok: true } })).toBe(true);
    expect(isPortReply({ n: 3 })).toBe(false);
    expect(isPortReply({ n: -1, reply: null })).toBe(false);
    expect(isPortReply({ n: 3, reply: null, x: 1 })).toBe(false);
  });

  it('reject strings over the caps, prototype keys and extra fields (strict objects)', () => {
    const u = { id: 'u1', speaker: 'Bob', role: 'patient', text: 'hi', startMs: 0, endMs: 1, revision: 0 };
    const msg = (x: object) => ({ kind: 'cs/utterance', platform: 'meet', callKey: 'k', utterance: { ...u, ...x } });
    expect(parse(CsToBgSchema, msg({}))).not.toBeNull();
    expect(parse(CsToBgSchema, msg({ text: 'x'.repeat(MAX_TEXT + 1) }))).toBeNull();
    expect(parse(CsToBgSchema, msg({ text: 'x'.repeat(10_000_000) }))).toBeNull();
    expect(parse(CsToBgSchema, msg({ speaker: 'x'.repeat(MAX_NAME + 1) }))).toBeNull();
    expect(parse(CsToBgSchema, msg({ startMs: Number.NaN }))).toBeNull();
    expect(parse(CsToBgSchema, msg({ html: '<img>' }))).toBeNull();
    expect(parse(CsToBgSchema, JSON.parse('{"kind":"cs/hello","platform":"meet","callKey":"k","__proto__":{"polluted":1}}'))).toBeNull();
    expect(parse(PanelToBgSchema, { kind: 'panel/subscribe', tabId: -1 })).toBeNull();
    expect(parse(PanelToBgSchema, { kind: 'panel/subscribe', tabId: 1.5 })).toBeNull();
    expect(parse(BgToOffSchema, { kind: 'off/status' })).not.toBeNull();
    expect(parse(BgToOffSchema, { kind: 'off/status', target: 'offscreen' })).toBeNull(); // the old broadcast form
  });
});

const urlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'https://meet.google.com/abc-defg-hij', 'http://meet.google.com/abc-defg-hij', 'https://meet.google.com.evil.com/x',
    'https://evil.com/meet.google.com', 'https://evilzoom.us/wc/1', 'https://us04web.zoom.us/wc/1/join', 'https://teams.microsoft.com/v2/',
    'https://xn--meet-google-com.evil/', 'javascript:alert(1)', 'data:text/html,meet.google.com', `${ORIGIN}/src/entries/options/index.html`, `${ORIGIN}/service-worker-loader.js`,
    'chrome-extension://otherextensionidxxxxxxxxxxxxxxxx/x', 'https://user@meet.google.com@evil.com/', '', 'not a url',
  ),
);
const senderArb: fc.Arbitrary<SenderLike> = fc.record({
  id: fc.oneof(fc.constant(ID), fc.string()),
  url: urlArb,
  origin: fc.oneof(fc.constant(ORIGIN), fc.string()),
  frameId: fc.oneof(fc.constant(0), fc.integer()),
  documentId: fc.string(),
  tab: fc.oneof(fc.record({ id: fc.nat() }), fc.constant({})),
}, { requiredKeys: [] });

describe('sender checks under arbitrary senders', () => {
  it('captions are accepted only from our id, a top frame, a tab and an https call host', () => {
    fc.assert(
      fc.property(senderArb, (s) => {
        const tab = contentScriptTab(s, ID);
        if (tab === null) return;
        expect(s.id).toBe(ID);
        expect(s.frameId).toBe(0);
        expect(tab).toBe(s.tab?.id);
        const host = new URL(s.url!).hostname;
        expect(new URL(s.url!).protocol).toBe('https:');
        expect(/(^|\.)(meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|teams\.cloud\.microsoft|zoom\.us|meet\.jit\.si|8x8\.vc)$/.test(host)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('extension pages are only our own origin with our id', () => {
    fc.assert(
      fc.property(senderArb, (s) => {
        if (!isExtensionPage(s, ID, ORIGIN)) return;
        expect(s.id).toBe(ID);
        expect(s.url!.startsWith(`${ORIGIN}/`)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('the classifier answers only our service worker: our id and origin, no tab, frame or document', () => {
    fc.assert(
      fc.property(senderArb, (s) => {
        if (!isServiceWorker(s, ID, ORIGIN)) return;
        expect(s.id).toBe(ID);
        expect(s.url!.startsWith(`${ORIGIN}/`)).toBe(true);
        expect(s.tab).toBeUndefined();
        expect(s.frameId).toBeUndefined();
        expect(s.documentId).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    // Senders as Chrome gives them (measured in test/e2e: the worker has only id and url).
    const WORKER = { id: ID, url: `${ORIGIN}/service-worker-loader.js` };
    expect(isServiceWorker(WORKER, ID, ORIGIN)).toBe(true);
    const panel = { id: ID, url: `${ORIGIN}/src/entries/sidepanel/index.html`, origin: ORIGIN, frameId: 0, documentId: '5F90' };
    expect(isServiceWorker(panel, ID, ORIGIN)).toBe(false); // a side panel: no tab, but a document
    expect(isServiceWorker({ ...panel, url: `${ORIGIN}/src/entries/options/index.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
    expect(isServiceWorker({ ...WORKER, id: 'other' }, ID, ORIGIN)).toBe(false);
    expect(isServiceWorker({ ...WORKER, url: 'https://meet.google.com/x' }, ID, ORIGIN)).toBe(false);
  });

  it('known lookalikes are refused', () => {
    for (const url of ['https://meet.google.com.evil.com/x', 'https://evilzoom.us/wc/1', 'http://meet.google.com/abc-defg-hij', 'https://user@meet.google.com@evil.com/']) {
      expect(isCallPageUrl(url)).toBe(false);
    }
    const good = { id: ID, url: 'https://meet.google.com/abc-defg-hij', frameId: 0, tab: { id: 7 } };
    expect(contentScriptTab(good, ID)).toBe(7);
    expect(contentScriptTab({ ...good, frameId: 3 }, ID)).toBeNull(); // an iframe on the call page
    expect(contentScriptTab({ ...good, id: 'other' }, ID)).toBeNull(); // another extension
    expect(contentScriptTab({ ...good, tab: undefined }, ID)).toBeNull(); // an extension page
    expect(contentScriptTab({ ...good, url: `${ORIGIN}/src/entries/options/index.html` }, ID)).toBeNull();
    expect(isExtensionPage({ id: ID, url: 'https://meet.google.com/abc-defg-hij' }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID, url: `${ORIGIN}/src/entries/options/index.html` }, ID, ORIGIN)).toBe(true);
    expect(isExtensionPage({ id: ID, url: `${ORIGIN}.evil.com/x` }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID, url: `chrome-extension://${ID}@evil/x` }, ID, ORIGIN)).toBe(false);
  });
});
