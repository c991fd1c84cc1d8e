// Payments and commerce: Stripe, Shopify, Square, PayPal/Braintree.
// Stripe test-mode keys (sk_test_) are deliberately not reported: they move no money.
import type { SecretRule } from '../types.ts';
import { rule, rx, revoke, B, E, ED, BD } from './define.ts';

const family = 'payment';

const SHOPIFY = [
  ['shpat_', 'shopify-access-token', 'Admin API access token'],
  ['shpca_', 'shopify-custom-app-token', 'custom app access token'],
  ['shppa_', 'shopify-private-app-token', 'private app password'],
  ['shpss_', 'shopify-shared-secret', 'app shared secret'],
] as const;

export const PAYMENT_RULES: readonly SecretRule[] = [
  rule({
    id: 'stripe-live-secret-key',
    severity: 'critical',
    family,
    description: 'Stripe live-mode secret key (sk_live_).',
    remediation: revoke('secret key', 'Stripe Dashboard > Developers > API keys > Roll key'),
    keywords: ['sk_live_'],
    pattern: rx()`${B}sk_live_[A-Za-z0-9]{24,247}${E}`,
    tags: ['stripe'],
  }),
  rule({
    id: 'stripe-live-restricted-key',
    severity: 'high',
    family,
    description: 'Stripe live-mode restricted key (rk_live_).',
    remediation: revoke('restricted key', 'Stripe Dashboard > Developers > API keys > Restricted keys > Roll / Delete'),
    keywords: ['rk_live_'],
    pattern: rx()`${B}rk_live_[A-Za-z0-9]{24,247}${E}`,
    tags: ['stripe'],
  }),
  rule({
    id: 'stripe-webhook-secret',
    severity: 'medium',
    family,
    description: 'Stripe webhook signing secret (whsec_).',
    remediation: revoke('signing secret', 'Stripe Dashboard > Developers > Webhooks > the endpoint > Roll secret'),
    keywords: ['whsec_'],
    pattern: rx()`${B}whsec_[A-Za-z0-9+/]{32,64}={0,2}(?![A-Za-z0-9+/=])`,
    tags: ['stripe'],
  }),
  ...SHOPIFY.map(([prefix, id, kind]) =>
    rule({
      id,
      severity: 'high',
      family,
      description: `Shopify ${kind} (${prefix} + 32 hex).`,
      remediation: revoke(kind, 'Shopify admin > Settings > Apps and sales channels > Develop apps > the app > API credentials > Rotate / Uninstall'),
      keywords: [prefix],
      pattern: new RegExp(`${B}${prefix}[a-fA-F0-9]{32}${E}`),
      tags: ['shopify'],
    }),
  ),
  rule({
    id: 'square-access-token',
    severity: 'high',
    family,
    description: 'Square access token (EAAA production token, or legacy sq0atp-).',
    remediation: revoke('access token', 'Square Developer Dashboard > the application > Credentials > Replace, or revoke the OAuth token'),
    keywords: ['eaaa', 'sq0atp-'],
    pattern: rx()`${BD}(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})${ED}`,
    tags: ['square'],
  }),
  rule({
    id: 'square-oauth-secret',
    severity: 'high',
    family,
    description: 'Square OAuth application secret (sq0csp-).',
    remediation: revoke('application secret', 'Square Developer Dashboard > the application > OAuth > Replace secret'),
    keywords: ['sq0csp-'],
    pattern: rx()`${BD}sq0csp-[A-Za-z0-9_-]{43}${ED}`,
    tags: ['square'],
  }),
  rule({
    id: 'paypal-braintree-access-token',
    severity: 'critical',
    family,
    description: 'PayPal / Braintree production access token (access_token$production$...).',
    remediation: revoke('access token', 'Braintree Control Panel > Settings > API > revoke the key, or PayPal developer dashboard'),
    keywords: ['access_token$production$'],
    pattern: rx()`access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32}${E}`,
    tags: ['paypal'],
  }),
];
