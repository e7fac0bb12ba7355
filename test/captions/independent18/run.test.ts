// Round 18 (independent18): calls where the page around the captions changes while they run — screen
// sharing and presentation layouts that move or re-mount the caption container, speaker ↔ gallery
// view switches, caption settings changed mid-call (font size, position, language), a poor connection
// (stalled captions resuming, "Can you hear me?" said twice by both people, a speaker dropping and
// rejoining under the same name), the Zoom overlay removed and re-added mid-sentence, long silences,
// whole-window ASR corrections, a third person joining, and retention dropping old captions while a
// long patient turn grows. Written only from /work/shared/research/caption-platforms.md and the
// runner's API (../independent/kit.ts, runner.ts); each scenario file's header and each scenario's
// comment name the sections used and the assumptions made where the research is silent.
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
runScenarioGroups('independent18', groups);
