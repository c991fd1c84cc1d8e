// Credentials on command lines and in HTTP headers: `curl -u user:password`, httpie `http -a user:password`,
// `wget --password=…`, `docker login -p …`, `mysql -p…` / `--password=…`, `Authorization: Token …`, in
// scripts, Dockerfiles, Markdown and CI YAML.
// Bearer and Basic headers have their own rules; `X-API-Key:` / `X-Auth-Token:` headers are the
// generic api-key / token rules' (a name, a colon, a value).
import type { SecretRule } from '../types.ts';
import { isPlaceholderPassword } from './urls.ts';
import { cliCredentialFollows, headerSchemeFollows } from './near.ts';
import { rule } from './define.ts';

const family = 'generic';
const advice =
  'Rotate the credential at the service it belongs to. On command lines and in CI, pass it through an environment variable ' +
  'or a secret (`curl -u "$USER:$TOKEN"`, `--password-stdin`) so it is neither committed nor shown in process lists.';
/** A token / password value on a command line: ends at whitespace or quotes. */
const ARG = (min: number) => String.raw`(?<secret>[^\s'"\x60]{${min},300})`;

export const CLI_RULES: readonly SecretRule[] = [
  rule({
    id: 'cli-user-password',
    severity: 'high',
    family,
    description: 'Password on a command line: `curl -u user:password`, `http -a user:password`, `wget --password=…`, `docker login -p …`, `mysql -p…` / `--password=…`.',
    remediation: advice,
    // `mysql` and ` -a ` are common in code: the byte precheck keeps only hits followed by `-p…` / `--password=…` / user:password.
    keywords: ['curl', 'wget', 'docker login', 'podman login', 'helm registry login', 'mysql', ' -a ', ' --auth'],
    near: cliCredentialFollows,
    pattern: new RegExp(
      // httpie's command is `http` / `https` followed by a blank (a URL's `https:` is not a command).
      // mysql takes the password glued to `-p` or after `--password=` (`-p secret` and `--password secret` are a
      // prompt and a database name). Here, not in generic-password, because a command-line value runs to the next
      // blank or quote: `--password=Xk9,mQ2;vL7` is all one password, where an assignment's value stops at `,`.
      String.raw`(?:(?:curl[^\n]{0,200}?[ \t](?:-u|--user)[ \t=]{1,3}|(?<![\w./-])https?(?=[ \t])[^\n]{0,200}? (?:-a |--auth[ =]))['"]?(?<user>[^\s:'"$]{1,64}):|(?<![\w.-])mysql(?:dump|admin|import|check|slap|show)?[ \t][^\n;&|]{0,200}?[ \t](?:-p|--password=)(?=[^\s'"\x60]|['"][^\s$'"])['"]?|wget[^\n]{0,200}?--(?:http-|ftp-)?password[ \t=]{1,3}['"]?|(?:docker|podman|helm registry) login[^\n]{0,200}?[ \t](?:-p|--password)[ \t=]{1,3}['"]?)${ARG(6)}`,
    ),
    minEntropy: 2.8,
    reject: (s, line) => isPlaceholderPassword(s) || new RegExp(String.raw`[\s'"]([^\s:'"]+):${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(line)?.[1] === s,
    confidence: 0.7,
    tags: ['cli'],
  }),
  rule({
    id: 'authorization-token-header',
    severity: 'medium',
    family,
    description: 'Literal token in an `Authorization: Token …` (or `token`, `Key`, `Api-Key`, `sso-key`) header.',
    remediation: advice,
    keywords: ['authorization'],
    near: headerSchemeFollows('token', 'key', 'api', 'sso-key', 'pat'),
    pattern: new RegExp(String.raw`authorization['"]?[ \t]{0,3}[:=,][ \t]{0,3}['"]?[ \t]{0,2}(?:token|key|api-?key|sso-key|pat)[ \t]{1,4}${ARG(16)}`, 'i'),
    minEntropy: 3.3,
    confidence: 0.6,
    tags: ['http'],
  }),
];
