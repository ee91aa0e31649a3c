// Record identifiers: stable, URL- and file-name-safe (also used as export file names).
import { z } from 'zod';

export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,63}$/,
    'id must be 1–64 lowercase letters, digits or dashes, starting with a letter or digit',
  );
