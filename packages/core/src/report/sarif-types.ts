// The subset of SARIF 2.1.0 that Bulkhead writes (https://docs.oasis-open.org/sarif/sarif/v2.1.0/).

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';
export type SarifPrecision = 'very-high' | 'high' | 'medium' | 'low';
export type SarifPropertyValue = string | number | boolean | string[];

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  /** Omitted when it would equal the id (SARIF1001). */
  name?: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: {
    tags: string[];
    'security-severity': string;
    precision: SarifPrecision;
    [key: string]: SarifPropertyValue;
  };
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endColumn?: number;
}

export interface SarifLocation {
  physicalLocation: {
    /** `uriBaseId` for paths under the scanned root; none for an absolute `file://` URI (a file outside it). */
    artifactLocation: { uri: string; uriBaseId?: string };
    region: SarifRegion;
  };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, SarifPropertyValue>;
}

export interface SarifArtifactLocation {
  uri?: string;
  description?: SarifMessage;
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      semanticVersion: string;
      informationUri?: string;
      rules: SarifRule[];
    };
  };
  originalUriBaseIds: Record<string, SarifArtifactLocation>;
  columnKind: 'utf16CodeUnits' | 'unicodeCodePoints';
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
