import { describe, expect, test } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { actingClauses, actsOnMiss, causesOnOthers } from './blame-clauses.js';

/** Each acting clause as "actor: verb", the speaker's acts on the miss marked with a star. */
function read(text: string): string[] {
  const doc = tokenize(text);
  return actingClauses(doc).map((c) => `${c.actor}${actsOnMiss(doc, c) ? '*' : ''}: ${doc.tokens[c.verb]!.norm}`);
}

describe('acting clauses', () => {
  test('a passive with no one named is an act of others', () => {
    expect(read('The budget was cut in May.')).toEqual(['others: cut']);
  });
  test('the speaker in a relative clause does not make the subject theirs', () => {
    expect(read('The supplier we had chosen pulled out in June.')).toEqual(['others: pulled']);
  });
  test('a time phrase before the speaker leaves the speaker the subject', () => {
    expect(read('Three years ago I planned the move, and the following year I rebuilt the rota.')).toEqual(['speaker: planned', 'speaker*: rebuilt']);
  });
  test('a clause with no subject of its own carries on the one before; a relative one is about the thing before', () => {
    expect(read('I relied on referrals from agents, which dried up, and never built a list of my own.')).toEqual(['speaker*: relied', 'others: dried', 'speaker*: never']);
  });
  test('setting the goal and reporting the result are not acts on the miss; a self-critical clause is', () => {
    expect(read('I set a target of forty. I got to thirty. I set it without looking at the data.')).toEqual(['speaker: set', 'speaker: got', 'speaker*: set']);
  });
  test('someone else\'s act granted as fair is not counted', () => {
    expect(read('My editor cut the chapter, rightly.')).toEqual([]);
  });
});

describe('causes on others', () => {
  test('three acts of others and none of the speaker\'s', () => {
    expect(causesOnOthers(tokenize('I aimed for June. The grant was refused, the lab was closed and the team was moved.'))).toHaveLength(3);
  });
  test('not when the speaker acts on the miss as well', () => {
    expect(causesOnOthers(tokenize('I aimed for June. The grant was refused and the lab was closed. I rewrote the bid and found a second lab.'))).toEqual([]);
  });
});
