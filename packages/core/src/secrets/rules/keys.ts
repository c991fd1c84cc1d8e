// Private keys: PEM blocks (PKCS#1 RSA, SEC1 EC, DSA, OpenSSH, PKCS#8, encrypted), PGP secret key
// blocks and PuTTY .ppk files. Bodies may be real newlines or JSON-escaped `\n` (service-account
// JSON, .env one-liners). The body class excludes '-', so a match cannot run past an END line.
import type { SecretRule } from '../types.ts';
import { rule, revoke } from './define.ts';

const family = 'key';
const BODY = String.raw`(?<secret>[A-Za-z0-9+/=\s\\]{64,20000})`;
const SEP = String.raw`(?:\s|\\[rn]){0,6}`;
const NOT_ENCRYPTED = String.raw`(?!${SEP}Proc-Type: 4,ENCRYPTED)`;

function pem(label: string): RegExp {
  const begin = `-----BEGIN ${label} PRIVATE KEY-----`;
  return new RegExp(`${begin}${label === 'RSA' || label === 'EC' || label === 'DSA' ? NOT_ENCRYPTED : ''}${BODY}-----END ${label} PRIVATE KEY-----`);
}

const KEY_REMEDIATION = revoke(
  'key pair',
  'remove the public half wherever it is trusted: authorized_keys, deploy keys, TLS certificates (ask the CA to revoke), signing-key registries',
  'Generate a new key and keep it in a secret store or HSM/KMS.',
);

const PLAIN = [
  ['RSA', 'private-key-rsa', 'RSA private key (PKCS#1 PEM)'],
  ['EC', 'private-key-ec', 'EC private key (SEC1 PEM)'],
  ['DSA', 'private-key-dsa', 'DSA private key (PEM)'],
  ['OPENSSH', 'private-key-openssh', 'OpenSSH private key'],
] as const;

export const KEY_RULES: readonly SecretRule[] = [
  ...PLAIN.map(([label, id, what]) =>
    rule({
      id,
      severity: 'critical',
      family,
      description: `${what} with its body.`,
      remediation: KEY_REMEDIATION,
      keywords: [`-----begin ${label.toLowerCase()} private key-----`],
      pattern: pem(label),
      multiline: true,
      confidence: 0.95,
      tags: ['private-key'],
    }),
  ),
  rule({
    id: 'private-key-pkcs8',
    severity: 'critical',
    family,
    description: 'Unencrypted PKCS#8 private key (BEGIN PRIVATE KEY) with its body.',
    remediation: KEY_REMEDIATION,
    keywords: ['-----begin private key-----'],
    pattern: new RegExp(`-----BEGIN PRIVATE KEY-----${BODY}-----END PRIVATE KEY-----`),
    multiline: true,
    confidence: 0.95,
    tags: ['private-key'],
  }),
  rule({
    id: 'private-key-encrypted',
    severity: 'medium',
    family,
    description: 'Passphrase-encrypted private key (PKCS#8 ENCRYPTED, or PEM with Proc-Type: 4,ENCRYPTED). Lower severity: useless without the passphrase, but it can be brute-forced offline.',
    remediation: KEY_REMEDIATION + ' Check that the passphrase was not committed as well.',
    keywords: ['-----begin encrypted private key-----', '-----begin rsa private key-----', '-----begin ec private key-----', '-----begin dsa private key-----'],
    pattern: new RegExp(
      String.raw`-----BEGIN (?:ENCRYPTED PRIVATE KEY-----|(?:RSA|EC|DSA) PRIVATE KEY-----${SEP}Proc-Type: 4,ENCRYPTED${SEP}DEK-Info: [A-Z0-9-]{3,30},[A-Fa-f0-9]{16,32}${SEP})${BODY}-----END (?:ENCRYPTED|RSA|EC|DSA) PRIVATE KEY-----`,
    ),
    multiline: true,
    tags: ['private-key', 'encrypted'],
  }),
  rule({
    id: 'private-key-pgp',
    severity: 'critical',
    family,
    description: 'OpenPGP secret key block (armored).',
    remediation: revoke('PGP key', 'publish a revocation certificate (`gpg --gen-revoke`) to the keyservers and to people who trust it'),
    keywords: ['-----begin pgp private key block-----'],
    pattern: new RegExp(
      String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----(?:${SEP}[A-Za-z][A-Za-z-]{0,30}: [^\r\n]{0,200}){0,10}${BODY}-----END PGP PRIVATE KEY BLOCK-----`,
    ),
    multiline: true,
    confidence: 0.95,
    tags: ['private-key', 'pgp'],
  }),
  rule({
    id: 'putty-private-key',
    severity: 'critical',
    family,
    description: 'PuTTY private key file (.ppk v2/v3) with its private lines.',
    remediation: KEY_REMEDIATION,
    keywords: ['putty-user-key-file-'],
    pattern: new RegExp(
      String.raw`PuTTY-User-Key-File-[23]: [A-Za-z0-9@.-]{3,60}\r?\nEncryption: [A-Za-z0-9-]{3,30}\r?\n[\s\S]{0,6000}?Private-Lines: [0-9]{1,3}\r?\n(?<secret>(?:[A-Za-z0-9+/=]{1,64}\r?\n){1,100})`,
    ),
    multiline: true,
    confidence: 0.95,
    tags: ['private-key', 'putty'],
  }),
];
