// Independent caption scenarios, round 10 (overlapping speech, non-Latin/RTL scripts and emoji names,
// backchannels, unpunctuated captions, long monologues with retention/reset). Written only from
// /work/shared/research/caption-platforms.md and the runner's API (../independent/kit.ts, runner.ts);
// see meet.scenarios.ts and teams.scenarios.ts for the research sections used per scenario.
import { runScenarioGroups } from '../independent/runner.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
runScenarioGroups('independent10', [['meet', meetScenarios], ['teams', teamsScenarios]]);
