import type { Criterion } from '../maturity-model';
import type { CapabilityLevel } from '../maturity.vocabulary';

/** The default criteria of the measurement dimension, by level: what is measured, by whom, how reliably. */
export const MEASUREMENT: Readonly<Record<CapabilityLevel, readonly Criterion[]>> = {
  1: [
    { id: 'mea-1-some-kpis', text: 'Each critical service has at least one KPI, even if it is counted by hand.' },
    {
      id: 'mea-1-baseline',
      text: 'Before an initiative starts, the current value of the KPI it aims to change is written down.',
    },
    { id: 'mea-1-source', text: "Where each KPI's numbers come from is written down." },
  ],
  2: [
    { id: 'mea-2-owner', text: 'Every KPI in the catalogue has a named owner.', automaticCheck: 'kpi-owners' },
    {
      id: 'mea-2-catalogue',
      text: 'KPIs are kept in one catalogue with their unit, good direction, target and breach threshold.',
    },
    { id: 'mea-2-method', text: 'Every KPI has a written calculation method.' },
  ],
  3: [
    {
      id: 'mea-3-readings',
      text: 'Every KPI in the catalogue has a reading from the last 30 days.',
      automaticCheck: 'kpi-readings',
    },
    { id: 'mea-3-outcome', text: 'Every KPI names the business outcome it serves.' },
    { id: 'mea-3-leading-lagging', text: 'Each business outcome has at least one leading and one lagging KPI.' },
    {
      id: 'mea-3-method-changes',
      text: 'Changes to a calculation method are approved by the steering committee, and readings record the method version.',
    },
  ],
  4: [
    {
      id: 'mea-4-automated',
      text: 'Most KPI readings arrive without typing: computed from Jira or pushed by a monitoring tool.',
    },
    { id: 'mea-4-baselines', text: 'Services are compared on service-specific baselines and normalised KPIs.' },
    {
      id: 'mea-4-outliers',
      text: 'Outlying readings are quarantined and confirmed or rejected by their owner before they count.',
    },
  ],
  5: [
    {
      id: 'mea-5-prediction',
      text: 'Leading KPIs are used to forecast lagging ones, and the forecasts are checked against what happened.',
    },
    {
      id: 'mea-5-retire',
      text: 'KPIs that no longer inform a decision are retired at an annual review, with the reason recorded.',
    },
    {
      id: 'mea-5-cost',
      text: 'The effort of measuring each KPI is known and weighed against the decisions it informs.',
    },
  ],
};
