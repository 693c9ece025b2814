// Checks run from the field upwards and stop at the first failing one (stopAtFirstError):
// the type check sits nearest the field, so a missing or mistyped field gets one clear message.
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @MaxLength(100, { message: 'is too long' })
  @IsNotEmpty({ message: 'fill in your username' })
  @IsString({ message: 'fill in your username' })
  username!: string;

  @ApiProperty({ example: 'demo' })
  @MaxLength(200, { message: 'is too long' })
  @IsNotEmpty({ message: 'fill in your password' })
  @IsString({ message: 'fill in your password' })
  password!: string;
}

export class LoginUserDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`; valid for 8 hours' })
  token!: string;
  @ApiProperty({ type: LoginUserDto }) user!: LoginUserDto;
}
