/** The response of GET /api/health. */
import { z } from 'zod';
import { isoDateSchema } from './common';

export const healthSchema = z
  .strictObject({
    status: z.literal('ok').meta({ description: 'The server is up.' }),
    rulesVersion: isoDateSchema.meta({ description: 'Date of the newest change to the rules data.' }),
  })
  .meta({ id: 'Health', description: 'Liveness check.' });

export type Health = z.output<typeof healthSchema>;
