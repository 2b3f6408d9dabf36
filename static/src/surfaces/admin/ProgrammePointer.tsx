import { router } from '@forge/bridge';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { MODULE_KEYS } from '@contracts/modules';

/** Points site admins to the scoring configuration, which is on the CSI programme page. */
export function ProgrammePointer() {
  return (
    <SectionMessage
      appearance="information"
      title="The scoring configuration is on the CSI programme page"
      actions={
        <SectionMessageAction
          onClick={() => {
            void router.navigate({ target: 'module', moduleKey: MODULE_KEYS.programmePage }).catch(() => undefined);
          }}
        >
          Open the CSI programme
        </SectionMessageAction>
      }
    >
      <p>
        Criteria, weights and thresholds are edited on the CSI programme page (Apps, CSI programme), where every CSI
        admin can reach them. Here you choose who the CSI admins are.
      </p>
    </SectionMessage>
  );
}
