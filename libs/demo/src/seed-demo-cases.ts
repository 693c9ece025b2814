import type { WorkflowEngine } from '@satupintu/engine';
import {
  catalogue,
  isLetterService,
  LATEST_CATALOGUE_VERSION,
  TRACKING_CODE_RANDOM_LENGTH,
  trackingCodeFrom,
  witaYear,
  type LetterService,
} from '@satupintu/ptsp';
import { planBerkas, type BerkasCase } from './berkas-plan';
import type { DemoActors } from './demo-actors';
import type { DemoClock } from './demo-clock';
import { nameBasedUuid } from './ids';
import { CONSULTATION_TOPICS, planKonsultasi } from './konsultasi-plan';
import { addOfficeMinutes, OFFICE_DAY_MINUTES } from './office-time';
import { randomPerson } from './people';
import type { CasePlan } from './planned-command';
import { seededRandom, type Random } from './random';
import { BERKAS_RECIPES, KONSULTASI_RECIPES, type BerkasRecipe } from './recipes';
import { planDuration, runPlans } from './run-plans';

export interface SeedDemoOptions {
  /** How many files (berkas); a few consultations come on top. Default 40. */
  count?: number;
  /**
   * The clock the engine reads (`clock: () => clock.now()`): the seeder sets it to date each step
   * in the past. Without it every step carries the moment of seeding, and the file meant to expire
   * stays returned (its 30 days cannot have passed).
   */
  clock?: DemoClock;
  /** Same seed, same demo. Default 2026. */
  seed?: number;
  /** The demo's present: its last steps happen shortly before. Default: the real time. */
  now?: Date;
}

export interface SeedDemoResult {
  /** Stream ids of the demo's cases, files first. */
  caseIds: string[];
  /** Commands that appended an event now. */
  appended: number;
  /** Commands already applied by an earlier run. */
  duplicates: number;
}

export const DEFAULT_DEMO_COUNT = 40;

/**
 * Seeds a demo office: files of every service spread over every state, plus consultations,
 * driven through the engine as real commands by the caller's demo staff. Cases and commands have
 * ids fixed by the seed, so a second run finds them applied and adds nothing.
 */
export async function seedDemoCases(engine: WorkflowEngine, actors: DemoActors, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const seed = options.seed ?? 2026;
  const random = seededRandom(seed);
  const now = options.now ?? new Date();
  const services = catalogue().services.filter(isLetterService);
  const recipes = BERKAS_RECIPES.map((recipe) => (options.clock ? recipe : withoutExpiry(recipe)));

  const plans: CasePlan[] = [];
  for (let i = 0; i < (options.count ?? DEFAULT_DEMO_COUNT); i++) {
    const recipe = recipes[i % recipes.length];
    const file: BerkasCase = {
      streamId: `berkas-${nameBasedUuid(`${seed}:berkas:${i}`)}`,
      // Shifting by the round makes each service meet different recipes on each pass.
      service: serviceFor(services, i + Math.floor(i / recipes.length), recipe),
      catalogueVersion: LATEST_CATALOGUE_VERSION,
      applicant: randomPerson(random, witaYear(now)),
      trackingCode: trackingCode(random),
      moves: recipe.moves,
    };
    plans.push(planBerkas(file, actors, random));
  }
  KONSULTASI_RECIPES.forEach((moves, i) => {
    const consultation = {
      streamId: `konsultasi-${nameBasedUuid(`${seed}:konsultasi:${i}`)}`,
      visitor: i % 3 === 2 ? null : randomPerson(random, witaYear(now)),
      trackingCode: trackingCode(random),
      topic: CONSULTATION_TOPICS[i % CONSULTATION_TOPICS.length],
      moves,
    };
    plans.push(planKonsultasi(consultation, actors, random));
  });

  // Each case ends between a few hours and two weeks before now, so queues show waits of all ages.
  const dated = plans.map((plan) => ({
    plan,
    startsAt: addOfficeMinutes(now, -(planDuration(plan) + random.int(60, 10 * OFFICE_DAY_MINUTES))),
  }));
  const outcome = await runPlans(engine, dated, options.clock);
  return { caseIds: plans.map((plan) => plan.streamId), ...outcome };
}

/** Services in turn, skipping those whose chain is too short for the recipe. */
function serviceFor(services: LetterService[], index: number, recipe: BerkasRecipe): LetterService {
  for (let k = 0; k < services.length; k++) {
    const service = services[(index + k) % services.length];
    if (service.initialsChain.length >= (recipe.minChain ?? 1)) return service;
  }
  throw new Error(`No service has an initials chain of ${recipe.minChain}`);
}

function withoutExpiry(recipe: BerkasRecipe): BerkasRecipe {
  return { ...recipe, moves: recipe.moves.filter((move) => move !== 'expire') };
}

function trackingCode(random: Random): string {
  return trackingCodeFrom(Array.from({ length: TRACKING_CODE_RANDOM_LENGTH }, () => random.int(0, 30)));
}
