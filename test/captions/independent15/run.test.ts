// Round 15 (independent15): telehealth calls on Google Meet, Microsoft Teams, the Zoom web client
// (bottom overlay with its single rolling node, photo/initials avatars and gallery tiles; the full
// transcript panel with grouped continuation rows and virtualised recycling; switches between the two)
// and Jitsi. Across them: three-person calls (a family member or an interpreter joining after the
// patient), Spanish calls and code-switching, very short turns in rapid alternation, 40+ s monologues,
// recogniser rewrites that shorten or lengthen the line, overlay flips mid-sentence, capture started
// with captions already running, and one platform UI event in some scenarios (captions toggled,
// caption language changed, view switched, panel scrolled, window resized). Written only from
// /work/shared/research/caption-platforms.md (§2 Meet, §3 Zoom, §4 Teams, §6 Jitsi, §8, §9) and the
// runner's API; see the header of each scenario file and each scenario's comment for the sections it
// relies on and the assumptions made where the research is silent.
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
runScenarioGroups('independent15', groups);
