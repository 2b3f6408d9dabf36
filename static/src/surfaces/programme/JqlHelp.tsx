import Heading from '@atlaskit/heading';
import { JQL_HELP } from '@contracts/jql-help';
import { stack, subtle } from '../../ui/styles';

/** The exact JQL values per search alias: Jira matches what is stored, not the labels shown here. */
export function JqlHelp() {
  return (
    <section style={stack('space.100')} aria-labelledby="jql-help-heading" data-testid="jql-help">
      <Heading size="medium" as="h2" id="jql-help-heading">
        Searching in Jira (JQL)
      </Heading>
      <span style={subtle}>Type the value in code, not the label: Jira matches the stored value exactly.</span>
      <table>
        <thead>
          <tr>
            <th scope="col">Alias</th>
            <th scope="col">Meaning</th>
            <th scope="col">Values (label)</th>
            <th scope="col">Example</th>
          </tr>
        </thead>
        <tbody>
          {JQL_HELP.map((a) => (
            <tr key={a.alias}>
              <td>
                <code>{a.alias}</code>
              </td>
              <td>{a.what}</td>
              <td>
                {a.values.length === 0
                  ? a.free
                  : a.values.map((v, i) => (
                      <span key={v.value}>
                        {i > 0 ? ', ' : ''}
                        <code>{v.value}</code> ({v.label})
                      </span>
                    ))}
              </td>
              <td>
                <code>{a.example}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
