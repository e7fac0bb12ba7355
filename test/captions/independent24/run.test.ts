// Round 24 (independent24): a new front-end build: within the anchors the research calls stable,
// everything it calls volatile varies (rotated obfuscated classes, an extra or a missing wrapper,
// attributes absent, documented layout variants, a caption view re-mounted under a new parent
// mid-call, toasts and tooltips beside the captions). Written only from
// /work/shared/research/caption-platforms.md and the runner's API (../independent/kit.ts, runner.ts);
// each scenario's comment names the anchors it keeps and varies, and the assumptions made where the
// research is silent.
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
runScenarioGroups('independent24', groups);
