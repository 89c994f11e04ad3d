/** outsourcing-context: read from its file of cited sources. */
import { contextReader } from '../context/reader.ts';
import { options, spec } from './spec.ts';

export const outsourcingContext = contextReader(spec, options);
