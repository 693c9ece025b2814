import { Module } from '@nestjs/common';
import { WorkflowsController } from './workflows.controller';

/** GET /api/workflows/:name: a workflow's states and transitions, read from its machine. */
@Module({ controllers: [WorkflowsController] })
export class WorkflowsModule {}
