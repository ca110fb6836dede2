import type { GraphIssue } from '../contract/models';
import type { ErrorCode } from '../errors';
import type { Localized } from '../localized';

export type IssueDetails = NonNullable<GraphIssue['details']>;

export interface IssueText {
  /** What is wrong, as a sentence without its final period. */
  message: Localized;
  /** The way out, as a sentence without its final period; null when there is no single one. */
  fix?: Localized | null;
}

/** "Message. Fix." in one language: the English form is the issue's `message`. */
export function joinSentences(message: string, fix: string | undefined): string {
  return fix ? `${message}. ${fix.charAt(0).toUpperCase()}${fix.slice(1)}.` : `${message}.`;
}

/** An error issue with its text in every language; `message` is the English sentence. */
export function graphIssue(code: ErrorCode, nodeId: string | null, text: IssueText, details: IssueDetails): GraphIssue {
  const fix = text.fix ?? null;
  return { code, severity: 'error', nodeId, message: joinSentences(text.message.en, fix?.en), details, text: { message: text.message, fix } };
}

export function graphInvalid(nodeId: string | null, text: IssueText, details: IssueDetails): GraphIssue {
  return graphIssue('GRAPH_INVALID', nodeId, text, details);
}
