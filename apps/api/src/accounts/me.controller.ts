import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { AccountsReadModels } from '@satupintu/read-models';
import { CurrentUser } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { ACCOUNTS_READ_MODELS } from '../core/tokens';
import { DelegationDto, presentDelegation } from './delegation.presenter';

class MyDelegationsDto {
  @ApiProperty({ type: [DelegationDto], description: 'I act for these officials (Plh) now' })
  held!: DelegationDto[];
  @ApiProperty({ type: [DelegationDto], description: 'These people act for me now' })
  given!: DelegationDto[];
}

class MeDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ type: MyDelegationsDto }) delegations!: MyDelegationsDto;
}

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(@Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: RequestUser): MeDto {
    const { held, given } = this.readModels.delegations.inForce(user.id, new Date());
    const present = (list: typeof held) =>
      list.map((d) => presentDelegation(d, this.readModels.users));
    return { ...user, delegations: { held: present(held), given: present(given) } };
  }
}
