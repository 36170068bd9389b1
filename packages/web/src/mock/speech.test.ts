import { describe, expect, it } from 'vitest';
import { appendSpoken, Dictation, failureMessage, type DictationFailure, type RecognitionEventLike, type RecognitionLike } from './speech.js';

/** A scriptable stand-in for the browser's recognizer. */
class FakeRecognition implements RecognitionLike {
  static last: FakeRecognition | null = null;
  continuous = false;
  interimResults = false;
  lang = '';
  onresult: RecognitionLike['onresult'] = null;
  onerror: RecognitionLike['onerror'] = null;
  onend: RecognitionLike['onend'] = null;
  starts = 0;
  constructor() {
    FakeRecognition.last = this;
  }
  start() {
    this.starts++;
  }
  stop() {
    this.onend?.();
  }
  abort() {}
  say(parts: { text: string; final: boolean }[]) {
    const results = parts.map((p) => Object.assign([{ transcript: p.text }], { isFinal: p.final }));
    this.onresult?.({ resultIndex: 0, results } as unknown as RecognitionEventLike);
  }
}

function setup(online = true) {
  const log = { final: [] as string[], interim: '', failed: null as DictationFailure | null };
  const dictation = new Dictation(
    {
      onFinal: (t) => log.final.push(t),
      onInterim: (t) => (log.interim = t),
      onFail: (r) => (log.failed = r),
    },
    FakeRecognition,
    () => online,
    'en-GB',
  );
  return { dictation, log };
}

describe('Dictation', () => {
  it('hands over finished phrases and shows the unfinished one', () => {
    const { dictation, log } = setup();
    dictation.start();
    const rec = FakeRecognition.last!;
    expect(rec.continuous && rec.interimResults).toBe(true);
    expect(rec.lang).toBe('en-GB');
    rec.say([{ text: 'in two years ', final: true }, { text: 'I want to', final: false }]);
    expect(log.final).toEqual(['in two years']);
    expect(log.interim).toBe('I want to');
  });

  it('on "not-allowed" fails once with that reason and keeps the unfinished words', () => {
    const { dictation, log } = setup();
    dictation.start();
    const rec = FakeRecognition.last!;
    rec.say([{ text: 'I want to lead a team', final: false }]);
    rec.onerror?.({ error: 'not-allowed' });
    rec.onerror?.({ error: 'network' });
    expect(log.failed).toBe('not-allowed');
    expect(log.final).toEqual(['I want to lead a team']);
    expect(log.interim).toBe('');
  });

  it.each(['network', 'service-not-allowed', 'audio-capture'])('treats "%s" as a reason to switch to typing', (error) => {
    const { dictation, log } = setup();
    dictation.start();
    FakeRecognition.last!.onerror?.({ error });
    expect(log.failed).toBe(error);
  });

  it('ignores a silence and listens again when the browser ends the session', () => {
    const { dictation, log } = setup();
    dictation.start();
    const rec = FakeRecognition.last!;
    rec.onerror?.({ error: 'no-speech' });
    rec.onend?.();
    expect(log.failed).toBeNull();
    expect(rec.starts).toBe(2);
  });

  it('gives up when the session keeps ending at once', () => {
    const { dictation, log } = setup();
    dictation.start();
    const rec = FakeRecognition.last!;
    for (let i = 0; i < 6; i++) rec.onend?.();
    expect(log.failed).toBe('failed');
  });

  it('says why at once where there is no recognizer or no network', () => {
    const none = { final: [] as string[], failed: null as DictationFailure | null };
    new Dictation({ onFinal: (t) => none.final.push(t), onInterim: () => {}, onFail: (r) => (none.failed = r) }, null).start();
    expect(none.failed).toBe('unsupported');
    const { dictation, log } = setup(false);
    dictation.start();
    expect(log.failed).toBe('offline');
  });

  it('keeps the unfinished phrase when stopped', () => {
    const { dictation, log } = setup();
    dictation.start();
    FakeRecognition.last!.say([{ text: 'and mentor others', final: false }]);
    dictation.stop();
    expect(log.final).toEqual(['and mentor others']);
    expect(log.failed).toBeNull();
  });

  it('has a message for every reason, each naming typing or what to do', () => {
    for (const reason of ['unsupported', 'offline', 'not-allowed', 'service-not-allowed', 'network', 'audio-capture', 'failed'] as const) {
      expect(failureMessage(reason)).toMatch(/typ/i);
    }
  });
});

describe('appendSpoken', () => {
  it('joins with one space and starts a new sentence with a capital', () => {
    expect(appendSpoken('', 'in two years')).toBe('In two years');
    expect(appendSpoken('In two years', 'I want to lead')).toBe('In two years I want to lead');
    expect(appendSpoken('I will lead a team.  ', 'then mentor')).toBe('I will lead a team. Then mentor');
    expect(appendSpoken('kept', '   ')).toBe('kept');
  });
});
