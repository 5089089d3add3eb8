import { TeamAccessRole } from 'src/generated/prisma/client';
import { SetMetadata } from '@nestjs/common';

export const RequiresTeamRole = (...roles: TeamAccessRole[]) =>
  SetMetadata('requiresTeamRole', roles);
