import SectionMessage from '@atlaskit/section-message';

/** What someone without the CSI-admin role sees on the programme page: whom to ask, not an error. */
export function CsiAdminsOnly() {
  return (
    <SectionMessage appearance="information" title="The CSI programme is for CSI admins">
      <p>
        You need the CSI-admin role to see and change the scoring configuration. Ask a CSI admin to make the change, or
        ask a Jira site admin to give you the role (in Jira settings, Apps, CSI settings).
      </p>
    </SectionMessage>
  );
}
