import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { demoClock, seedDemoCases } from '@satupintu/demo';
import { WorkflowEngine } from '@satupintu/engine';
import type { EventStore } from '@satupintu/event-store';
import type { AccountsReadModels } from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import {
  ACCOUNTS_READ_MODELS,
  APP_CONFIG,
  EVENT_STORE,
  READ_YOUR_WRITES,
  type ReadYourWrites,
} from '../core/tokens';
import { demoLogins } from './demo-logins';
import { demoStaff } from './demo-staff';

/**
 * In demo mode, a few dozen files over every state (and some consultations), acted by the demo
 * accounts so that histories name real people, dated over the past weeks. Runs at bootstrap after
 * the demo accounts exist (DemoModule's hook runs first: this module imports it). Cases and
 * commands have fixed ids: starting again on the same data adds nothing, and a seeding that was
 * interrupted is completed. Then prints the demo logins.
 */
@Injectable()
export class DemoCasesSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    @Inject(READ_YOUR_WRITES) private readonly waitFor: ReadYourWrites,
    private readonly engine: WorkflowEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    if (this.config.demoCases > 0) await this.seed(this.config.demoCases);
    this.logger.log(demoLogins(this.readModels.users.list()));
  }

  async seed(count: number): Promise<{ appended: number; duplicates: number }> {
    // Its own engine on the same store, on a clock the seeder sets to date each step in the past.
    const clock = demoClock();
    const engine = new WorkflowEngine({
      store: this.store,
      registry: this.engine.registry,
      clock: () => clock.now(),
    });
    let last = 0;
    engine.onAppended((event) => (last = Math.max(last, event.position)));
    const missing = new Set<string>();
    const staff = demoStaff(this.readModels.users.list(), (role) => missing.add(role));
    const result = await seedDemoCases(engine, staff, { count, clock });
    if (last > 0) await this.waitFor(last);
    if (missing.size > 0)
      this.logger.warn(
        `No account for ${[...missing].join(', ')}: made-up staff act for them in the demo`,
      );
    this.logger.log(
      result.appended > 0
        ? `Demo cases: ${result.caseIds.length} cases seeded (${result.appended} steps)`
        : `Demo cases: ${result.caseIds.length} cases already there`,
    );
    return { appended: result.appended, duplicates: result.duplicates };
  }
}
