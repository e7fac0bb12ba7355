// Service worker: wiring only. Listeners are registered synchronously at top level so a worker
// woken by a message or alarm handles it (MV3 lifecycle).
import type { Runtime } from 'webextension-polyfill';
import { CallService } from '../../calls/call-service';
import { currentModel } from '../../calls/panel-model';
import { confirmedSelfName } from '../../calls/self-names';
import { CsToBgSchema, parse } from '../../messaging/protocol';
import { contentScriptTab } from '../../messaging/senders';
import { browser } from '../../platform/browser';
import { createCallStore, type SessionArea } from '../../platform/call-store';
import { classifyRemote, modelStatus, useInProcessClassifier, warmUp } from '../../platform/classifier-client';
import { hasOffscreenApi } from '../../platform/offscreen';
import { checkpointHeld, storeFinishedCall, purgeExpiredCalls } from '../../platform/finished-calls';
import { listenForPanels, postTo, postToAllPanels, postToPanels } from '../../platform/panel-ports';
import { listenForCaptionPorts } from '../../platform/cs-ports';
import { announceRestart } from '../../platform/restart-notice';
import { BLANK_COMMAND, onCommand } from '../../platform/commands';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../../coach/types';
import { coachSettingsNow, effectiveSettings, rememberClinicianName, safetyEnabledNow, safetyPanelConfigNow } from '../../platform/settings';
import { openPanelOnActionClick, enablePanelForTab } from '../../platform/side-panel';
import { scheduleAlarms, onAlarm } from '../../platform/alarms';
import { warmUpDetector } from '../../safety/detect';

// Firefox has no offscreen documents, but its background page is a document: host the classifier
// here. The import is dynamic so Chrome's service worker never evaluates onnxruntime-web.
if (!hasOffscreenApi()) {
  useInProcessClassifier(async () => {
    const host = await import('../../platform/classifier-host');
    return { status: host.hostStatus, classify: host.hostClassify };
  });
}

const session = browser.storage.session;
const sessionKeys = (session as { getKeys?: () => Promise<string[]> }).getKeys;
const area: SessionArea = {
  get: (keys) => session.get(keys),
  set: (items) => session.set(items),
  remove: (keys) => session.remove(keys),
  ...(typeof sessionKeys === 'function' ? { getKeys: () => sessionKeys.call(session) } : {}),
};
const store = createCallStore(area);
const liveTabIds = (): Promise<number[]> => store.liveTabIds();

// The latest coach settings, so a push to the panels can quote the rules without waiting on storage.
let coachCfg: CoachSettings = DEFAULT_COACH_SETTINGS;

const calls = new CallService({
  now: () => Date.now(),
  load: (tabId) => store.load(tabId),
  read: (tabId) => store.read(tabId),
  stored: (count) => store.sealedUpTo(count),
  save: (call) => store.save(call),
  remove: (tabId) => store.remove(tabId),
  classify: classifyRemote,
  coachSettings: async () => (coachCfg = await coachSettingsNow()),
  safetyEnabled: safetyEnabledNow,
  // Settings are cached (one resolved promise), so pushes keep their order.
  publish: (call, tabId, endedCallId) =>
    void safetyPanelConfigNow().then((cfg) => {
      const model = currentModel(call, modelStatus(), Date.now(), endedCallId, coachCfg, cfg);
      if (model) postToPanels(tabId, { kind: 'bg/model', tabId, model });
    }),
  finish: storeFinishedCall,
  checkpoint: (call) => checkpointHeld(call, { readChunk: (k) => store.readChunk(call.tabId, k, 'u'), rewritten: () => store.takeRewritten(call.tabId) }),
  checkpointsHeld: true,
});

function onContentMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const msg = parse(CsToBgSchema, raw);
  const tabId = contentScriptTab(sender, browser.runtime.id);
  if (!msg) {
    // A malformed message from our own content script is answered "rejected" so it is dropped
    // instead of re-sent forever; anything else (offscreen traffic, strangers) gets no answer.
    const looksOurs = tabId !== null && typeof (raw as { kind?: unknown })?.kind === 'string' && (raw as { kind: string }).kind.startsWith('cs/');
    return looksOurs ? Promise.resolve({ ok: false, rejected: true }) : undefined;
  }
  if (tabId === null) return Promise.resolve({ ok: false, error: 'sender not allowed' });
  // enabledPlatforms (and a policy that cannot be read, which empties it) is checked on every
  // message, not only at hello: a platform switched off mid-call stops being captured at once.
  return effectiveSettings().then((s) => {
    const enabled = s.values.enabledPlatforms.includes(msg.platform);
    if (msg.kind === 'cs/hello') {
      if (!enabled) return { ok: true, enabled, selfNames: [] };
      void enablePanelForTab(tabId);
      return calls.hello(tabId, msg.platform, msg.callKey, s.values.clinicianNames).then(() => {
        void warmUp().then(() => calls.current(tabId)).then((c) => c && calls.coachEvent(tabId, { type: 'tick', nowMs: Date.now() }));
        return { ok: true, enabled, selfNames: s.values.clinicianNames };
      });
    }
    if (!enabled) {
      // End what this tab was capturing (stored as the policy now allows) and tell the content
      // script to stop; "rejected" makes it drop the message instead of re-sending it.
      void calls.end(tabId, 'user');
      return { ok: false, rejected: true, disabled: true };
    }
    switch (msg.kind) {
      case 'cs/health':
        return calls.health(tabId, msg.platform, msg.callKey, msg.health).then(() => ({ ok: true }));
      case 'cs/utterance':
        return calls.utterance(tabId, msg.platform, msg.callKey, msg.utterance).then(
          () => ({ ok: true }),
          () => ({ ok: false }),
        );
      case 'cs/call-ended':
        return calls.end(tabId, msg.reason === 'unload' ? 'left' : msg.reason).then(() => ({ ok: true }));
    }
  });
}
browser.runtime.onMessage.addListener(onContentMessage);
listenForCaptionPorts(onContentMessage);

listenForPanels((msg, port) => {
  const now = Date.now();
  switch (msg.kind) {
    case 'panel/subscribe':
      void Promise.all([calls.current(msg.tabId), safetyPanelConfigNow()]).then(([call, cfg]) => {
        const model = currentModel(call, modelStatus(), now, undefined, coachCfg, cfg);
        if (model) postTo(port, { kind: 'bg/model', model, tabId: msg.tabId });
        if (call) void warmUp().then(() => calls.coachEvent(msg.tabId, { type: 'tick', nowMs: Date.now() }));
      });
      return;
    case 'panel/prompt':
      void calls.coachEvent(msg.tabId, { type: 'prompt-action', promptId: msg.promptId, action: msg.action, nowMs: now });
      return;
    case 'panel/pause':
      void calls.coachEvent(msg.tabId, { type: 'pause', paused: msg.paused, nowMs: now });
      return;
    case 'panel/end-call':
      void calls.end(msg.tabId, 'user');
      return;
    case 'panel/self-name':
      // Picked or confirmed by the clinician: only a confirmed name of this call is remembered (self-names.ts).
      void calls.setSelf(msg.tabId, msg.name).then(async () => {
        const name = confirmedSelfName(await calls.currentWhole(msg.tabId), msg.name);
        if (name) await rememberClinicianName(name);
      });
      return;
    case 'panel/speaker-role':
      void calls.setSpeakerRole(msg.tabId, msg.name, msg.as).then(async () => {
        if (msg.as !== 'me') return;
        const name = confirmedSelfName(await calls.currentWhole(msg.tabId), msg.name);
        if (name) await rememberClinicianName(name);
      });
      return;
    case 'panel/safety-item':
      void calls.safetyEvent(msg.tabId, { type: 'tick-item', item: msg.item, checked: msg.checked });
      return;
    case 'panel/safety-close':
      void calls.safetyEvent(msg.tabId, { type: 'close', atMs: now });
      return;
    case 'panel/tick':
      void calls.coachEvent(msg.tabId, { type: 'tick', nowMs: now });
      return;
  }
});

browser.tabs.onRemoved.addListener((tabId) => void calls.end(tabId, 'tab-closed'));

onAlarm(async (name) => {
  if (name === 'coach-tick') {
    const s = await effectiveSettings();
    const tabs = await liveTabIds();
    await calls.endSilent(tabs, s.values.silenceEndMin * 60_000);
    const live = await liveTabIds();
    for (const tabId of live) await calls.coachEvent(tabId, { type: 'tick', nowMs: Date.now() });
    await calls.checkpointAll(live);
  }
  if (name === 'purge') await purgeExpiredCalls();
});

// The "blank the panel" keyboard command: every open panel blanks (or comes back) at once.
onCommand((command) => {
  if (command === BLANK_COMMAND) postToAllPanels({ kind: 'bg/blank-toggle' });
});

void openPanelOnActionClick();
// After the listeners: compiles the safety rules so the first risk check after a restart is fast.
setTimeout(warmUpDetector, 0);
void scheduleAlarms();
void purgeExpiredCalls();
// Live calls' content scripts and open panels may hold ports to a stopped worker (restart-notice.ts).
const bootAt = Date.now();
void liveTabIds().then((tabs) => announceRestart(tabs, bootAt));
