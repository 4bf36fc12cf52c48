import { z } from 'zod';

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/** The shape of a patch: every field optional, none with a default. */
export type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>>;
};

/**
 * The schema of a patch of `schema`: every field optional and none filled in.
 *
 * zod's own `.partial()` keeps field defaults, so `{ theme: 'dark' }` parses to a
 * whole object with every other field at its default; applied as a patch, that
 * would reset what the user never touched. A patch names only what changes.
 */
export function patchOf<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
): z.ZodObject<PatchShape<S>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const bare = (field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType;
    shape[key] = bare.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}
