import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ptspPresentations, ptspWorkflows } from '@satupintu/ptsp';
import { ApiException } from '../errors/api-error';
import { workflowDiagram, type WorkflowDiagram } from './workflow-diagram';
import { WorkflowDiagramDto } from './workflow-diagram.dto';
import { say } from '../i18n/message';

/**
 * The workflows' states and transitions, for the case page's diagram. Any staff account may read
 * them (the guard turns away anyone not logged in); they change only with a new release.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('workflows')
export class WorkflowsController {
  private readonly diagrams = new Map<string, WorkflowDiagram>(
    ptspWorkflows.map((definition) => [
      definition.name,
      workflowDiagram(definition, ptspPresentations[definition.name]),
    ]),
  );

  @Get(':name')
  @ApiOkResponse({ type: WorkflowDiagramDto })
  @ApiNotFoundResponse({ description: 'No workflow has this name' })
  diagram(@Param('name') name: string): WorkflowDiagram {
    const diagram = this.diagrams.get(name);
    if (diagram === undefined) throw new ApiException(404, say('workflow.unknown'));
    return diagram;
  }
}
