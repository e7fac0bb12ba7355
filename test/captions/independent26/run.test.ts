// Round 26 (independent26): display names as clinics and patients have them: the clinician with a
// title, credentials or pronouns, or as "Last, First", against selfNames in another form; patients
// shown as a phone number, an email handle, initials, another script or a device name; relatives
// sharing a surname; two people with one first name. Written only from
// /work/shared/research/caption-platforms.md and the runner's API (../independent/kit.ts, runner.ts);
// each scenario file's header and each scenario's comment name the sections used and the
// assumptions made where the research is silent.
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
runScenarioGroups('independent26', groups);
