// Round 11 (independent11): fast alternation and overlap, non-Latin / RTL scripts and emoji or colon
// names, short backchannels between long turns, unpunctuated captions, long monologues, and the Zoom
// panel + overlay / Jitsi chat list + subtitles both present. Written only from
// /work/shared/research/caption-platforms.md (§3 Zoom, §6 Jitsi, §8, §9) and the runner's API; see the
// header of each scenario file and each scenario's comment for the sections it relies on.
import { runScenarioGroups } from '../independent/runner.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';
runScenarioGroups('independent11', [['zoom', zoomScenarios], ['jitsi', jitsiScenarios]]);
