// Round 12 (independent12): exact repeats and short turns — the same short text said several times as
// separate turns ("Yes." ×3, "Okay." by both speakers in turn, "Mm-hmm." backchannels, "Sí." twice),
// identical longer sentences said twice ("Can you hear me?"), platform re-renders / recycled or
// re-mounted rows / scroll-back that must NOT duplicate, and short turns at the edges (right before
// retention drops a block, right before and after captions are toggled off and on). Written only from
// /work/shared/research/caption-platforms.md (§2 Meet, §3 Zoom, §4 Teams, §6 Jitsi, §9) and the
// runner's API; see the header of each scenario file and each scenario's comment for the sections it
// relies on.
import { runScenarioGroups } from '../independent/runner.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';
runScenarioGroups('independent12', [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
]);
