// Types of the dixit output schema (the contract shared by the CLI, the wasm
// module and the page) and of the package API.

/** Offsets are UTF-16 code units, [start, end): JavaScript string indices. */
export interface Span {
  start: number;
  end: number;
}

export type SpeakerKind = 'person' | 'organization' | 'place' | 'media' | 'anonymous';
export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'according_to';

export interface Speaker {
  /** "s1", "s2", … */
  id: string;
  /** Canonical name, without a title ("Anatoli Antonov"). */
  name: string;
  kind: SpeakerKind;
  role: string | null;
  /** Every span that names or designates the speaker, pronouns included. */
  mentions: Span[];
}

export interface Quote extends Span {
  /** "q1", "q2", … */
  id: string;
  type: QuoteType;
  /** A speaker id, or null when the text does not say. */
  speaker: string | null;
  /** The reporting verb, "selon", "according to"…, or null. */
  cue: Span | null;
  /** In (0, 1): how often quotes with this basis and type (a direct or mixed quote of
   * fewer than 20 letters and digits apart) were right on real text. */
  confidence: number;
  /** What the speaker rests on: a cue whose subject is a name, a role, an anonymous
   * source or a pronoun; a label or signature; the quote before; the interviewee;
   * a person named nearby; or nothing. */
  basis: 'cue-named' | 'cue-role' | 'cue-anonymous' | 'cue-pronoun' | 'label' | 'continuation' | 'interviewee' | 'nearby' | 'none';
  /** Present and true when an unbalanced opening mark was cut short. */
  capped?: boolean;
}

export interface Amount extends Span {
  /** "m1", "m2", … */
  id: string;
  text: string;
  /** Exact decimal string ("4700000000"), null for ranges and bounds. */
  value: string | null;
  min: string | null;
  max: string | null;
  /** ISO 4217, or null when the text does not say. */
  currency: string | null;
  approx: boolean;
  /** The id of the amount this one restates ("(175 millions d'euros)"). */
  equivalent_of: string | null;
  /** Present and true when "$" was read as USD without the text saying so. */
  currency_assumed?: boolean;
}

export interface Annotations {
  version: string;
  lang: string;
  speakers: Speaker[];
  quotes: Quote[];
  amounts: Amount[];
}

export interface AnnotateOptions {
  /** "auto" (default), or a language code with data ("fr", "en"). */
  lang?: string;
  /** Refuse texts longer than this many UTF-16 units (default 20,000,000). */
  maxLength?: number;
}

export interface Annotator {
  readonly version: string;
  readonly languages: string[];
  /** Throws TypeError for a non-string text, RangeError for an unknown language or an over-long text. */
  annotate(text: string, options?: AnnotateOptions): Annotations;
}

export interface WorkerAnnotator {
  readonly version: string;
  readonly languages: string[];
  annotate(text: string, options?: AnnotateOptions): Promise<Annotations>;
  terminate(): void;
}

export interface CreateOptions {
  /** Where dixit.wasm is served; defaults to the file next to this module. */
  wasmUrl?: string | URL;
  /** The module's bytes, if you already have them. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Default language for every call. */
  lang?: string;
}

export function createAnnotator(options?: CreateOptions): Promise<Annotator>;
export function createWorkerAnnotator(options?: Omit<CreateOptions, 'wasmBinary'> & { workerUrl?: string | URL }): Promise<WorkerAnnotator>;
