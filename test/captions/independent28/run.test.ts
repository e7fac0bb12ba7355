// Round 28 (independent28): the research taken literally. For each platform, ordinary visits of 8-14
// turns, each exercising documented DOM shapes, mutation styles, name rules and markers exactly as
// the research gives them (Meet's 2025-26 outline and its captions off/on cycle, a Russian UI;
// Teams' 2026 host item, guest light meetings and the virtualised list; Zoom's overlay in and out of
// the iframe, the full transcript panel; Jitsi's name-prefixed paragraphs, the lifted class, message
// expiry and the newer chat-panel captions tab). Written only from
// /work/shared/research/caption-platforms.md and the runner's API (../independent/kit.ts,
// runner.ts); each scenario file's header and each scenario's comment name the sections used and
// the assumptions made where the research is silent.
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
runScenarioGroups('independent28', groups);
