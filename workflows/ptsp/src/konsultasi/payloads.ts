/** What each consultation command carries; the machine's guards check it all the same. */
export type Visitor = {
  name: string;
  /** For an SMS when the answer comes later; 08…, 628… or +628…, kept as +628…. */
  phone?: string;
};

export type AskPayload = {
  topic: string;
  question: string;
  /** Visitors may stay anonymous (no applicant, or null). */
  applicant?: Visitor | null;
  trackingCode: string;
};

export type AnswerPayload = { answer: string };
export type EscalatePayload = { subdivision: string; reason?: string };

export type KonsultasiPayloads = {
  ask: AskPayload;
  answer: AnswerPayload;
  escalate: EscalatePayload;
  close: Record<string, never>;
};
