// Round 17 (independent17): the DOM variants the research lists across periods and views, each in a
// 13–15 turn clinical call — Meet's Mar–Nov 2024 and Nov 2024 span-era layouts and the 2025–26 region
// layout (English and a Russian UI), Teams host vs. guest views plus retention/recycling/toggle, Zoom's
// overlay in the top document vs. inside the #webclient iframe and its full-transcript panel (letter
// avatars, grouped rows, Polish panel name), Jitsi's stage subtitles and chat-panel list. Written only
// from /work/shared/research/caption-platforms.md and the runner's API; see each scenario file's
// header and each scenario's comment for the sections used and the assumptions made.
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
runScenarioGroups('independent17', groups);
