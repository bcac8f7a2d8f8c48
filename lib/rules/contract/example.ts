/**
 * The contract's own example request (api-contract.md, "Request: the answers"): a highly skilled
 * engineer from India, hired in Eupen. Written once, in example.json, so that the Node scripts
 * (scripts/bench-pages.mjs) read the same one. The OpenAPI document shows it as is; the tests and
 * benches vary it. contract.test.ts proves it fits the answers' schema (JSON has no literal types).
 */
import type { Answers } from '../answers';
import example from './example.json';

export const exampleAnswers = example as Required<Answers>;
