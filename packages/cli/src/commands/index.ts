/** The command registry: one line per command file. The dispatcher lists and runs whatever is exported here. */
export { analyze } from './analyze.js';
export { questions } from './questions.js';
export { demo } from './demo.js';
