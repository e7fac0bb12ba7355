// Round 14 (independent14): ordinary, realistic telehealth calls of 14–29 captions each — fast
// turn-taking with short answers said several times by both people ("Yes.", "No.", "Okay.",
// "Mm-hmm."), long explanations split over blocks/items/messages or rolling in the Zoom overlay,
// backchannels overlapping a long turn, interim text revised as it grows (recogniser rewrites,
// capitals and punctuation at the end, doses turning into figures such as "500 mg"), names with
// accents and non-Latin scripts, speaker labels that change (Meet "You"/"Вы", Zoom initials → photo,
// a Jitsi rename) and one documented UI event or more per platform (captions toggled, caption
// language changed, Meet scroll-back, Teams virtual-list recycling, Zoom panel scrolled, Jitsi chat
// panel opened / `lifted`). Written only from /work/shared/research/caption-platforms.md (§2 Meet,
// §3 Zoom, §4 Teams, §6 Jitsi, §8, §9) and the kit/runner API; each scenario file's header and each
// scenario's comment name the sections relied on and the assumptions made where the research is silent.
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
runScenarioGroups('independent14', groups);
