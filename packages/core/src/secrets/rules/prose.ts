// Credentials introduced in prose: "the password is …", "Set `auth_token` to `…`", "API key: `…`",
// "use the token **…**", Markdown fields ("- **API key**: `…`"), a login given as `user / password`
// ("Login with admin / …"), in Markdown, reStructuredText, plain text and code comments. Keywords are
// whole phrases, so the rule runs only where a sentence hands over a value.
import type { SecretRule } from '../types.ts';
import { endsWith, proseValueFollows, slashFollows } from './near.ts';
import { rule } from './define.ts';

const family = 'generic';
const NAME = String.raw`(?:password|passphrase|passwd|token|api[ _-]?key|secret(?:[ _-]?key)?|credentials?|access[ _-]?key)`;
/** Quotes, backticks (Markdown, rst ``…``) and bold markers around the value. */
const OPEN = String.raw`[\x60*'"]{0,2}`;
/** The value: up to its closing mark, or up to sentence punctuation before a blank, an escaped `\n` or the line end. */
const VALUE = String.raw`(?<secret>[^\s'"\x60<>()\[\]{}\\]{8,200}?)(?=\*\*|[\x60'"\\]|[.,;:!?)]{0,2}(?:[\s\\]|$))`;
/** A Markdown field in bold: `**API key**:`, `**Password:**`, then blanks or a table's `|`. */
const FIELD = String.raw`\*\*(?:${NAME}|(?:api|access|auth)\s(?:key|token))(?::\*\*|\*\*:)[ \t|]{0,4}`;
/** "Login with admin / …", "Default credentials: root / …": a user name, a slash, the password. */
const USER_SLASH = String.raw`(?:(?:log|sign)[ \t]?in[ \t]+(?:with|as|using)|credentials[\x60*]{0,2}[ \t]{0,2}:)[ \t]{1,4}[\x60*'"]{0,2}[\w.@+-]{1,64}[\x60*'"]{0,2}[ \t]{1,2}\/`;
/** Keywords of the `user / password` form (common in prose that hands over nothing): the precheck wants a `/` after them. */
const USER_SLASH_KEYWORDS = ['login with', 'log in with', 'login as', 'log in as', 'sign in with', 'signin with', 'sign in as', 'login using', 'log in using', 'credentials:'];

export const PROSE_RULES: readonly SecretRule[] = [
  rule({
    id: 'prose-secret',
    severity: 'medium',
    family,
    description: 'Credential handed over in a sentence ("the password is …", "Set `token` to …", "API key: `…`") in docs or comments.',
    remediation:
      'Rotate the credential, then point readers to where it lives (a vault path, a CI secret name) instead of writing its value. ' +
      'If it is an example, use an obvious placeholder such as `<YOUR_TOKEN>`.',
    // The regex asks for each keyword exactly as written (`auth token:`, one space, no blank before the colon):
    // a match the keywords do not hold is never looked for.
    keywords: [
      'password is', 'password was', 'password for', 'passphrase is', 'token is', 'token for', 'token was', 'key is', 'key for',
      'secret is', 'secret for', 'credentials are', 'set `', 'api key:', 'access key:', 'auth key:', 'secret key:', 'api token:',
      'access token:', 'auth token:', 'token **', 'password **', 'key **', 'secret **',
      // Every name FIELD allows, in both bold forms (a match must hold a keyword).
      ...['key', 'token', 'password', 'passphrase', 'passwd', 'secret', 'credential', 'credentials'].flatMap((n) => [`${n}**:`, `${n}:**`]),
      ...USER_SLASH_KEYWORDS,
    ],
    near: (b, end) => (USER_SLASH_KEYWORDS.some((k) => endsWith(b, end, k)) ? slashFollows(b, end, 80) : proseValueFollows(b, end)),
    pattern: new RegExp(
      String.raw`(?:${FIELD}|${USER_SLASH}|${NAME}[\x60*'"]{0,2}(?:\s+(?:for|of|on|in)\s+(?:the\s+)?[\w.-]{1,30}){0,2}\s+(?:is|was|are)\s*:?|set\s+[\x60'"][\w .-]{0,30}?(?:pass|pwd|token|key|secret|credential)[\w .-]{0,20}[\x60'"]\s+to|(?:api|access|auth|secret) (?:key|token):|(?:password|token|key|secret) (?=\*\*))\s*${OPEN}${VALUE}`,
      'i',
    ),
    minEntropy: 3.0,
    confidence: 0.5,
    tags: ['generic', 'prose'],
  }),
];
