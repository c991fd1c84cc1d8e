// Thresholds over the counted set -> alerts; fail-on-alert and the bypass label / trailer -> verdict.
import { formatBytes } from '../options/bytes.ts';
import type { DiffAlert, DiffMeasurement, DiffVerdict } from './measure-types.ts';

export interface Thresholds {
  maxDiffBytes?: number;
  maxFileBytes?: number;
  maxFiles?: number;
  maxBinaryBytes?: number;
}

export interface VerdictOptions {
  failOnAlert: boolean;
  /** bypass-label, and the labels on the pull request. */
  bypassLabel?: string;
  labels?: readonly string[];
  /** bypass-trailer, and whether a commit of the range carries it (see hasTrailer). */
  bypassTrailer?: string;
  trailerFound?: boolean;
}

export function findAlerts(m: DiffMeasurement, t: Thresholds): DiffAlert[] {
  const alerts: DiffAlert[] = [];
  const c = m.counted;
  if (t.maxDiffBytes !== undefined && c.diffBytes > t.maxDiffBytes) {
    alerts.push({
      threshold: 'max-diff-bytes',
      limit: t.maxDiffBytes,
      actual: c.diffBytes,
      message: `the change is ${formatBytes(c.diffBytes)} (patch ${formatBytes(c.patchBytes)} + binaries ${formatBytes(c.binaryBytes)}), over max-diff-bytes ${formatBytes(t.maxDiffBytes)}`,
    });
  }
  if (t.maxFiles !== undefined && c.filesChanged > t.maxFiles) {
    alerts.push({ threshold: 'max-files', limit: t.maxFiles, actual: c.filesChanged, message: `${c.filesChanged} files changed, over max-files ${t.maxFiles}` });
  }
  if (t.maxBinaryBytes !== undefined && c.binaryBytes > t.maxBinaryBytes) {
    alerts.push({
      threshold: 'max-binary-bytes',
      limit: t.maxBinaryBytes,
      actual: c.binaryBytes,
      message: `binary files add ${formatBytes(c.binaryBytes)} (${c.binaryFiles} files), over max-binary-bytes ${formatBytes(t.maxBinaryBytes)}`,
    });
  }
  if (t.maxFileBytes !== undefined) {
    const limit = t.maxFileBytes;
    // files are sorted largest first
    for (const f of m.files) {
      if (f.diffBytes <= limit) break;
      if (!f.counted) continue;
      alerts.push({ threshold: 'max-file-bytes', limit, actual: f.diffBytes, path: f.path, message: `${f.path} changes by ${formatBytes(f.diffBytes)}, over max-file-bytes ${formatBytes(limit)}` });
    }
  }
  return alerts;
}

export function decide(alerts: DiffAlert[], o: VerdictOptions): DiffVerdict {
  const alert = alerts.length > 0;
  let bypassedBy: string | undefined;
  if (alert && o.failOnAlert) {
    if (o.bypassLabel && o.labels?.includes(o.bypassLabel)) bypassedBy = `label '${o.bypassLabel}'`;
    else if (o.bypassTrailer && o.trailerFound) bypassedBy = `commit trailer '${o.bypassTrailer}'`;
  }
  return { alerts, alert, failed: alert && o.failOnAlert && !bypassedBy, bypassedBy };
}
