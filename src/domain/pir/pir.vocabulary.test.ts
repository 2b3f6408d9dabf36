import {
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  BENEFIT_VERDICT_LABELS,
  PIR_REQUIREMENT_LABELS,
  SECTION_OWNER_ROLE_LABELS,
} from './pir.vocabulary';

describe('the PIR labels', () => {
  it.each<[string, Record<string, string>, Record<string, string>]>([
    ['requirements', PIR_REQUIREMENT_LABELS, { mandatory: 'Mandatory', optional: 'Optional', skipped: 'Not needed' }],
    [
      'section owners',
      SECTION_OWNER_ROLE_LABELS,
      { 'initiative-owner': 'Initiative owner', 'service-owner': 'Service owner', 'csi-admin': 'CSI admin' },
    ],
    ['action statuses', ACTION_STATUS_LABELS, { open: 'Open', done: 'Done', 'wont-do': "Won't do" }],
    ['action priorities', ACTION_PRIORITY_LABELS, { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' }],
    ['benefit verdicts', BENEFIT_VERDICT_LABELS, { kept: 'Kept', 'partly-kept': 'Partly kept', lost: 'Lost' }],
  ])('name each of the %s', (_label, labels, expected) => {
    expect(labels).toEqual(expected);
  });
});
