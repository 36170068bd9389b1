/**
 * Dictation over the browser's speech recognition (SpeechRecognition / webkitSpeechRecognition).
 * Where the browser has none, or it fails (no permission, no network, no microphone), the caller is told
 * once, with a reason to show, and every word heard so far (even the unfinished phrase) has been handed over.
 */

/** The part of the Web Speech API this uses; lib.dom does not declare it. */
interface RecognitionResultLike {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: { transcript: string };
}
export interface RecognitionEventLike {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: RecognitionResultLike };
}
export interface RecognitionLike {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: RecognitionEventLike) => void) | null;
  onerror: ((event: { error: string; message?: string }) => void) | null;
  onend: (() => void) | null;
  onstart?: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
export type RecognitionConstructor = new () => RecognitionLike;

export type DictationFailure = 'unsupported' | 'offline' | 'not-allowed' | 'service-not-allowed' | 'network' | 'audio-capture' | 'failed';

export function recognitionConstructor(scope: object = globalThis): RecognitionConstructor | null {
  const s = scope as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return s.SpeechRecognition ?? s.webkitSpeechRecognition ?? null;
}

/** What to tell the person when speaking does not work, in their terms. */
export function failureMessage(reason: DictationFailure): string {
  switch (reason) {
    case 'unsupported':
      return 'This browser cannot listen to speech, so you will type your answers. Chrome, Edge and Safari can listen.';
    case 'offline':
      return 'Speech recognition needs a connection and this device is offline. Switched to typing.';
    case 'not-allowed':
    case 'service-not-allowed':
      return 'The browser did not allow the microphone, so we switched to typing. Allow the microphone in the site settings to speak next time.';
    case 'network':
      return 'Speech recognition could not reach its service. Switched to typing; what you said so far is kept.';
    case 'audio-capture':
      return 'No microphone was found. Switched to typing; what you said so far is kept.';
    default:
      return 'Speech recognition stopped working. Switched to typing; what you said so far is kept.';
  }
}

const FATAL: Record<string, DictationFailure> = {
  'not-allowed': 'not-allowed',
  'service-not-allowed': 'service-not-allowed',
  network: 'network',
  'audio-capture': 'audio-capture',
  'language-not-supported': 'failed',
  'bad-grammar': 'failed',
};

export interface DictationHandlers {
  /** Finished words, in order; append them to the answer. */
  onFinal(text: string): void;
  /** The phrase still being recognised; replace the previous one. */
  onInterim(text: string): void;
  /** Speaking stopped for good; switch to typing and show failureMessage(reason). */
  onFail(reason: DictationFailure): void;
  /** Listening started or stopped. */
  onListening?(listening: boolean): void;
}

/** Chrome ends a session after a silence; restart it, but not forever if it keeps ending at once. */
const MAX_QUICK_RESTARTS = 3;
const QUICK_MS = 1500;

export class Dictation {
  private recognition: RecognitionLike | null = null;
  private wanted = false;
  private failed = false;
  private interim = '';
  private startedAt = 0;
  private quickRestarts = 0;

  constructor(
    private readonly handlers: DictationHandlers,
    private readonly Ctor: RecognitionConstructor | null = recognitionConstructor(),
    private readonly isOnline: () => boolean = () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    private readonly lang = typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US',
  ) {}

  get supported(): boolean {
    return this.Ctor !== null;
  }

  start(): void {
    if (!this.Ctor) return this.fail('unsupported');
    if (!this.isOnline()) return this.fail('offline');
    this.wanted = true;
    this.failed = false;
    this.quickRestarts = 0;
    const recognition = new this.Ctor();
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.lang = this.lang;
    recognition.onresult = (event) => this.onResult(event);
    recognition.onerror = (event) => this.onError(event.error);
    recognition.onend = () => this.onEnd();
    this.recognition = recognition;
    this.begin();
  }

  /** Stops listening; whatever is still unfinished is kept as said. */
  stop(): void {
    this.wanted = false;
    const recognition = this.recognition;
    this.commitInterim();
    if (recognition) {
      try {
        recognition.stop();
      } catch {
        // already stopped
      }
    }
    this.handlers.onListening?.(false);
  }

  /** Detaches without reporting anything (the page is going away). */
  dispose(): void {
    this.wanted = false;
    const recognition = this.recognition;
    this.recognition = null;
    if (!recognition) return;
    recognition.onresult = recognition.onerror = recognition.onend = null;
    try {
      recognition.abort();
    } catch {
      // nothing to abort
    }
  }

  private begin(): void {
    this.startedAt = Date.now();
    try {
      this.recognition?.start();
      this.handlers.onListening?.(true);
    } catch {
      this.fail('failed');
    }
  }

  private onResult(event: RecognitionEventLike): void {
    if (!this.wanted) return;
    let interim = '';
    for (let i = event.resultIndex; i < event.results.length; i++) {
      const result = event.results[i];
      if (!result) continue;
      const transcript = result[0]?.transcript ?? '';
      if (result.isFinal) {
        this.interim = '';
        if (transcript.trim()) this.handlers.onFinal(transcript.trim());
      } else interim += transcript;
    }
    this.interim = interim.trim();
    this.handlers.onInterim(this.interim);
  }

  private onError(error: string): void {
    // A silence or our own stop is not a failure; the session just ends and restarts.
    if (error === 'no-speech' || error === 'aborted') return;
    this.fail(FATAL[error] ?? 'failed');
  }

  private onEnd(): void {
    if (!this.wanted || this.failed) return;
    this.quickRestarts = Date.now() - this.startedAt < QUICK_MS ? this.quickRestarts + 1 : 0;
    if (this.quickRestarts > MAX_QUICK_RESTARTS) return this.fail('failed');
    this.begin();
  }

  private fail(reason: DictationFailure): void {
    if (this.failed) return;
    this.failed = true;
    this.wanted = false;
    this.commitInterim();
    this.dispose();
    this.handlers.onListening?.(false);
    this.handlers.onFail(reason);
  }

  private commitInterim(): void {
    if (this.interim) this.handlers.onFinal(this.interim);
    this.interim = '';
    this.handlers.onInterim('');
  }
}

/** Appends dictated words to typed text with one space between, capitalising a new sentence's first letter. */
export function appendSpoken(text: string, spoken: string): string {
  const words = spoken.trim();
  if (!words) return text;
  const before = text.replace(/\s+$/, '');
  const startsSentence = before === '' || /[.!?]$/.test(before);
  const piece = startsSentence ? words.charAt(0).toUpperCase() + words.slice(1) : words;
  return before ? `${before} ${piece}` : piece;
}
