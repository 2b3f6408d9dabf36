/** Demo data: CSI improvement initiatives (realistic ITSM improvements, varied states and ages) and OPS work. */

export type SeedUser = 'csiAdmin' | 'editor' | 'viewer' | 'siteAdmin' | null;

/** One demo initiative; ages are relative to the seed base date. */
export interface SeedInitiative {
  summary: string;
  description: string;
  labels: string[];
  status: string;
  priority: string;
  assignee: SeedUser;
  reporter: Exclude<SeedUser, null>;
  /** Days before the seed base date. */
  createdDaysAgo: number;
  updatedDaysAgo: number;
  /** Days after the seed base date (negative: overdue), or null. */
  dueInDays: number | null;
}

// prettier-ignore
const i = (
  summary: string, description: string, labels: string[], status: string, priority: string, assignee: SeedUser,
  reporter: Exclude<SeedUser, null>, createdDaysAgo: number, updatedDaysAgo: number, dueInDays: number | null,
): SeedInitiative => ({ summary, description, labels, status, priority, assignee, reporter, createdDaysAgo, updatedDaysAgo, dueInDays });

/** One initiative per line, as a table: summary, description, labels, status, priority, assignee, reporter, ages. */
// prettier-ignore
export const SEED_INITIATIVES: readonly SeedInitiative[] = [
  i('Cut P1 incident resolution time with a swarming model', 'Replace tiered escalation for P1 incidents with an on-call swarm of service owners.\nKPI: mean time to resolve P1 incidents. Baseline 6.2 h, target 4.5 h.', ['incident-management', 'csi'], 'In Progress', 'Highest', 'editor', 'csiAdmin', 262, 12, 30),
  i('Automate the major-incident bridge and stakeholder updates', 'Open the bridge, page the roster and post status updates every 30 minutes from the incident tool.\nKPI: time to first stakeholder update. Baseline 41 min, target 15 min.', ['incident-management', 'csi', 'quick-win'], 'Done', 'High', 'editor', 'csiAdmin', 251, 40, null),
  i('Reduce change failure rate with pre-deployment risk checks', 'Score every normal change against past failures of the same CI and block high-risk changes without a rollback test.\nKPI: change failure rate. Baseline 18 %, target 12 %.', ['change-management', 'csi', 'major-change'], 'Rolling Out', 'Highest', 'csiAdmin', 'csiAdmin', 240, 6, 14),
  i('Standard change catalogue for low-risk infrastructure changes', 'Pre-approve 25 recurring infrastructure changes (certificate renewals, disk extensions, DNS records) as standard changes.\nKPI: share of changes needing CAB review. Baseline 64 %, target 35 %.', ['change-management', 'csi', 'quick-win'], 'Approved', 'Medium', 'editor', 'editor', 228, 20, 45),
  i('Tier-0 self-help for the top ten service desk requests', 'Publish guided self-help for the ten most frequent requests and surface it in the portal before a ticket is raised.\nKPI: first-contact resolution. Baseline 52 %, target 65 %.', ['service-desk', 'csi'], 'Under Review', 'High', 'viewer', 'editor', 214, 9, 60),
  i('Chatbot triage for password and VPN tickets', 'Route password resets and VPN connection issues through a chatbot that resolves or pre-categorises them.\nKPI: tickets handled by agents per week. Baseline 1,240, target 950.', ['service-desk', 'csi'], 'To Do', 'Medium', null, 'viewer', 203, 203, null),
  i('Laptop ready on day one for every new joiner', 'Trigger hardware provisioning from the signed contract instead of the HR start-date record.\nKPI: joiners with a working laptop on day one. Baseline 71 %, target 95 %.', ['onboarding', 'csi', 'quick-win'], 'Done', 'High', 'editor', 'csiAdmin', 196, 61, null),
  i('Automate the HR-to-IT onboarding handoff', 'Replace the emailed onboarding spreadsheet with an HR system event that creates the access and equipment requests.\nKPI: onboarding requests raised late. Baseline 23 %, target 5 %.', ['onboarding', 'csi'], 'In Progress', 'Medium', 'csiAdmin', 'editor', 184, 15, 21),
  i('Alert noise reduction: deduplicate and route by service owner', 'Group correlated alerts into one incident and route by the owning service instead of the infrastructure team.\nKPI: actionable alerts share. Baseline 22 %, target 60 %.', ['monitoring', 'csi'], 'Rolling Out', 'High', 'editor', 'csiAdmin', 177, 4, 7),
  i('SLO-based alerting for customer-facing APIs', 'Define availability and latency SLOs for the five public APIs and alert on error-budget burn rate.\nKPI: customer-reported incidents detected by monitoring first. Baseline 38 %, target 80 %.', ['monitoring', 'csi', 'major-change'], 'Approved', 'High', 'csiAdmin', 'csiAdmin', 169, 11, 75),
  i('Knowledge base quality review and retirement of stale articles', 'Review every article older than 18 months with its owner; retire or rewrite it.\nKPI: articles rated helpful. Baseline 41 %, target 60 %.', ['knowledge-management', 'csi', 'quick-win'], 'Done', 'Low', 'viewer', 'editor', 160, 88, null),
  i('Link knowledge articles to incident resolution codes', 'Suggest the linked article when an agent picks a resolution code, and flag codes without an article.\nKPI: incidents resolved with a linked article. Baseline 12 %, target 40 %.', ['knowledge-management', 'csi'], 'To Do', 'Medium', null, 'editor', 151, 151, null),
  i('Monthly review of the top ten recurring incidents', 'Run a monthly problem review of the ten most frequent incident patterns with service owners.\nKPI: repeat incidents per month. Baseline 310, target 220.', ['problem-management', 'csi'], 'In Progress', 'High', 'csiAdmin', 'csiAdmin', 143, 8, 40),
  i('Blameless root-cause analysis template and training', 'Introduce a blameless RCA template and train 40 engineers to facilitate reviews.\nKPI: problem records with a confirmed root cause within 20 days. Baseline 35 %, target 70 %.', ['problem-management', 'csi'], 'Rejected', 'Low', null, 'viewer', 137, 101, null),
  i('One-click rollback for the web platform', 'Keep the previous release warm and expose a rollback pipeline any on-call engineer can run.\nKPI: mean time to restore after a failed release. Baseline 95 min, target 15 min.', ['release-management', 'csi', 'major-change'], 'Under Review', 'Highest', 'editor', 'csiAdmin', 126, 3, 50),
  i('Blue-green deployments for the payments service', 'Move the payments service to blue-green deployments with automated smoke tests before the switch.\nKPI: payment errors during releases. Baseline 0.8 %, target 0.1 %.', ['release-management', 'csi', 'major-change'], 'To Do', 'High', 'editor', 'editor', 118, 118, 120),
  i('Role-based access bundles for finance applications', 'Replace 140 individual finance entitlements with eight role bundles approved once per role.\nKPI: access request lead time. Baseline 4.5 days, target 1 day.', ['access-management', 'csi'], 'Approved', 'Medium', 'viewer', 'csiAdmin', 104, 18, 35),
  i('Revoke leaver access within four hours', 'Trigger access revocation from the HR termination event and report exceptions to the security team.\nKPI: leavers with access revoked within 4 h. Baseline 58 %, target 98 %.', ['access-management', 'csi', 'major-change'], 'In Progress', 'Highest', 'csiAdmin', 'siteAdmin', 96, 2, 10),
  i('Capacity forecasting for the storage clusters', 'Forecast storage growth per cluster from 12 months of usage and order capacity ahead of the 80 % threshold.\nKPI: capacity-related incidents per quarter. Baseline 7, target 1.', ['capacity-management', 'csi'], 'Under Review', 'Medium', 'editor', 'editor', 85, 14, 90),
  i('Right-size the VM estate from 90-day utilisation', 'Downsize virtual machines running below 20 % CPU for 90 days, with owner sign-off.\nKPI: monthly compute cost. Baseline 182 k, target 150 k.', ['capacity-management', 'csi', 'quick-win'], 'To Do', 'Low', null, 'viewer', 71, 71, null),
  i('Early warning for service desk SLA breaches', 'Give each queue an owner and warn them at 75 % of the SLA clock.\nKPI: requests breaching SLA. Baseline 14 %, target 6 %.', ['service-desk', 'csi', 'quick-win'], 'Rolling Out', 'Medium', 'viewer', 'editor', 63, 5, 5),
  i('Track post-incident review actions to closure', 'Create a linked action for every PIR finding and review overdue actions weekly.\nKPI: PIR actions closed by their due date. Baseline 44 %, target 85 %.', ['incident-management', 'problem-management', 'csi'], 'Under Review', 'Medium', 'csiAdmin', 'csiAdmin', 49, 7, 45),
  i('Synthetic login checks for the customer portal', 'Run a synthetic login journey every minute from three regions and page on two consecutive failures.\nKPI: portal login outages detected before customers report them. Baseline 30 %, target 90 %.', ['monitoring', 'csi', 'quick-win'], 'Done', 'High', 'editor', 'editor', 38, 16, null),
  i('Release calendar with enforced freeze windows', 'Publish one release calendar and block deployments in freeze windows unless an emergency change is approved.\nKPI: incidents caused by releases during peak periods. Baseline 9 per quarter, target 2.', ['release-management', 'change-management', 'csi'], 'To Do', 'Medium', 'csiAdmin', 'csiAdmin', 27, 27, 60),
  i('Self-service access request portal with manager approval', 'Let employees request catalogued access in the portal with approval by their manager in one click.\nKPI: access requests raised by email. Baseline 48 %, target 10 %.', ['access-management', 'service-desk', 'csi'], 'Rejected', 'Low', null, 'viewer', 19, 12, null),
  i('Fix the recurring database connection-pool exhaustion', 'Problem record for the order database: tune pool sizes, add leak detection and alert at 85 % pool use.\nKPI: pool-exhaustion incidents per month. Baseline 6, target 0.', ['problem-management', 'csi'], 'To Do', 'High', 'editor', 'csiAdmin', 6, 6, 30),
];

/** Operations work in project OPS: issue type, summary, description, status, priority. */
// prettier-ignore
export const OPS_ISSUES: ReadonlyArray<[string, string, string, string, string]> = [
  ['Task', 'Patch Windows servers: November cycle', 'Apply the November security updates to the 120 Windows servers in the two patch waves.', 'In Progress', 'High'],
  ['Task', 'Renew the TLS certificate for api.example.com', 'The certificate expires on 2026-11-20. Renew it and update the load balancer.', 'To Do', 'Highest'],
  ['Bug', 'Nightly backup job fails on file server FS02', 'The backup job has failed three nights in a row with a VSS timeout.', 'Under Review', 'High'],
  ['Task', 'Decommission the legacy FTP host', 'Move the last two partner feeds to SFTP and switch the FTP host off.', 'Done', 'Low'],
];
