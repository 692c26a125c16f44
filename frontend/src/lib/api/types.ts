import type { components } from './schema';

/** A schema of the committed OpenAPI contract by name: `Schema<'Agency'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
