// A stand-in for the analysis worker, to test the pool's mechanics: the answer says what to do.
import process from 'node:process';
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', ({ id, input }) => {
  if (input.answer === 'crash') process.exit(3);
  if (input.answer === 'throw') return parentPort.postMessage({ id, error: 'boom' });
  const until = Date.now() + (input.answer === 'slow' ? 200 : 0);
  while (Date.now() < until);
  parentPort.postMessage({ id, result: { json: JSON.stringify({ answer: input.answer, threadId }), score: 1, flags: [] } });
});
