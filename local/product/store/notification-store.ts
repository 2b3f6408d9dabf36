import type { Database } from 'better-sqlite3';

/** An email Jira queued for an issue (`POST /issue/{id}/notify`), to the account ids it resolved. */
export interface SentNotification {
  issueId: number;
  recipients: string[];
  subject: string;
  textBody: string;
  sentAt: string;
}

/** The emails the Jira simulator queued, so the workbench and tests can see who was told what. */
export class NotificationStore {
  constructor(private readonly db: Database) {}

  add(n: SentNotification): void {
    this.db
      .prepare(
        'INSERT INTO product_notifications (issue_id, recipients, subject, text_body, sent_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(n.issueId, JSON.stringify(n.recipients), n.subject, n.textBody, n.sentAt);
  }

  /** Every notification, oldest first (optionally only those about one issue). */
  list(issueId?: number): SentNotification[] {
    const rows = this.db
      .prepare(
        `SELECT issue_id, recipients, subject, text_body, sent_at FROM product_notifications
         ${issueId === undefined ? '' : 'WHERE issue_id = ?'} ORDER BY id`,
      )
      .all(...(issueId === undefined ? [] : [issueId])) as Array<{
      issue_id: number;
      recipients: string;
      subject: string;
      text_body: string;
      sent_at: string;
    }>;
    return rows.map((r) => ({
      issueId: r.issue_id,
      recipients: JSON.parse(r.recipients) as string[],
      subject: r.subject,
      textBody: r.text_body,
      sentAt: r.sent_at,
    }));
  }
}
