import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { issuePanelCalls, type RaterRatings } from '@contracts/issue-panel.contract';
import type { CriterionView } from '@contracts/views';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RaterList } from './RaterList';

/**
 * The raters past the panel's first page, a page at a time from `cursor` (issuePanel.whoRated);
 * a rater the panel already shows is not listed twice.
 */
export function MoreRaters({
  cursor,
  shown,
  criteria,
  disputed,
}: {
  cursor: string;
  shown: RaterRatings[];
  criteria: CriterionView[];
  disputed: ReadonlySet<string>;
}) {
  const [more, setMore] = useState<{ raters: RaterRatings[]; cursor: string | null }>({ raters: [], cursor });
  const page = useAction(issuePanelCalls.whoRated);
  const loadMore = async () => {
    if (!more.cursor) return;
    const result = await page.run({ cursor: more.cursor });
    if (result.ok) setMore({ raters: [...more.raters, ...result.data.raterRatings], cursor: result.data.moreRaters });
  };
  const fresh = more.raters.filter((r) => !shown.some((s) => s.rater.accountId === r.rater.accountId));
  return (
    <>
      <RaterList raters={fresh} criteria={criteria} disputed={disputed} label="More raters" />
      {page.error && <ErrorMessage error={page.error} />}
      {more.cursor && (
        <div>
          <Button onClick={() => void loadMore()} isLoading={page.pending}>
            Show more raters
          </Button>
        </div>
      )}
    </>
  );
}
