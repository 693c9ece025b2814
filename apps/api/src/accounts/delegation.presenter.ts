import { ApiProperty } from '@nestjs/swagger';
import type { DelegationView, UsersReadModel } from '@satupintu/read-models';

export class PersonDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
}

export class DelegationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The official who is away (A)' }) fromUserId!: string;
  @ApiProperty({ description: 'The acting official (B, Plh)' }) toUserId!: string;
  @ApiProperty({ type: PersonDto, nullable: true }) from!: PersonDto | null;
  @ApiProperty({ type: PersonDto, nullable: true }) to!: PersonDto | null;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) grantedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) grantedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) revokedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) revokedBy!: string | null;
}

/** A delegation with the names of both officials, as a clerk reads it. */
export function presentDelegation(
  delegation: DelegationView,
  users: UsersReadModel,
): DelegationDto {
  const person = (id: string): PersonDto | null => {
    const user = users.byId(id);
    return user ? { id: user.id, name: user.name, position: user.position } : null;
  };
  const { revision: _revision, ...fields } = delegation;
  return { ...fields, from: person(delegation.fromUserId), to: person(delegation.toUserId) };
}
