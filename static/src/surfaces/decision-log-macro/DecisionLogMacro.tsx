import { macroCalls } from '@contracts/macro.contract';
import type { SurfaceProps } from '../../app/surfaces';
import { page } from '../../ui/styles';
import { DecisionLog, type DecisionLogSource } from '../decision-log/DecisionLog';
import { configRecord, MacroError, NotConfigured } from '../macro/MacroError';

const SOURCE: DecisionLogSource = { list: macroCalls.decisionLog, exportLog: macroCalls.exportDecisionLog };

/** The "CSI decision log" Confluence macro: the shared decision log, scoped by the macro's configuration. */
export default function DecisionLogMacro({ context }: SurfaceProps) {
  if (!configRecord(context.extension.config)) {
    return (
      <div style={page}>
        <NotConfigured what="the Jira projects whose decisions this log shows" />
      </div>
    );
  }
  return (
    <div style={page}>
      <DecisionLog source={SOURCE} renderError={(error, retry) => <MacroError error={error} onRetry={retry} />} />
    </div>
  );
}
