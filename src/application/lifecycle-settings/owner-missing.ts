import { err, type Result } from '../../domain/result';
import type { LifecycleSettingsPorts } from './lifecycle-settings.ports';

/** A refusal when `accountId` is not a Jira user (one bulk read), or undefined when it is. */
export async function ownerMissing(
  ports: Pick<LifecycleSettingsPorts, 'usersByIds'>,
  accountId: string,
): Promise<Result<never> | undefined> {
  const found = await ports.usersByIds([accountId]);
  if (found.some((u) => u.accountId === accountId)) return undefined;
  const message = 'This person is not a Jira user. Choose the owner from the search results.';
  return err({ code: 'INVALID_INPUT', message, fieldErrors: { ownerAccountId: [message] } });
}
