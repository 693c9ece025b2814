import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@satupintu/engine';
import {
  createUser,
  hashPassword,
  type AccountsReadModels,
  type AdminContext,
} from '@satupintu/read-models';
import { ADMIN_CONTEXT } from '../accounts/admin-context.provider';
import type { AppConfig } from '../config/app-config';
import { ACCOUNTS_READ_MODELS, APP_CONFIG } from '../core/tokens';
import { demoAccounts, DEMO_PASSWORD } from './demo-accounts';

/**
 * In demo mode, an office without accounts gets the demo accounts at start (recorded as done by
 * the system). Runs at bootstrap, after the read models have caught up (DataLifecycle.onModuleInit).
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    @Inject(ADMIN_CONTEXT) private readonly admin: AdminContext,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    if (this.readModels.users.count() > 0) {
      this.logger.log('Demo mode: accounts exist already, none added');
      return;
    }
    const presetPasswordHash = await hashPassword(DEMO_PASSWORD);
    const created = await Promise.all(
      demoAccounts().map((account) =>
        createUser(this.admin, account, SYSTEM_ACTOR, { presetPasswordHash }),
      ),
    );
    this.logger.log(
      `Demo accounts (password "${DEMO_PASSWORD}"): ${created.map((user) => user.username).join(', ')}`,
    );
  }
}
