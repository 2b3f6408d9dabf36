import { completePir } from '../../application/pir/complete-pir.use-case';
import { findActionOwners } from '../../application/pir/find-action-owners.use-case';
import type { PirDeps } from '../../application/pir/pir.ports';
import { savePirSection } from '../../application/pir/save-pir-section.use-case';
import { pirCalls } from '../../contracts/pir.contract';
import { productionDeps } from '../deps';
import { searchUsers } from '../product/users';
import { pirsAdapter } from '../storage/pir.repository';
import { defineResolver, type CallContext } from './define-resolver';
import { panelCallerOf } from './panel-caller';

const pirDeps = (ctx: CallContext): PirDeps => ({ ...productionDeps(ctx.memo), pirs: pirsAdapter });

/**
 * The issue panel's PIR tab (issue 11 item 4). Browsing the issue is checked before any work; who
 * may fill a section (its owner by role) or complete the review (the initiative's owner) is the use
 * case's check, from the stored owner and services, with CSI admins allowed everywhere.
 */
export const pirResolvers = [
  defineResolver({
    call: pirCalls.saveSection,
    requires: ['browseIssue'],
    alsoAsks: ['csiAdmin', 'editIssue'],
    handle: ({ sectionKey, value, requestId }, ctx) =>
      savePirSection(pirDeps(ctx), panelCallerOf(ctx), sectionKey, value, requestId),
  }),
  defineResolver({
    call: pirCalls.complete,
    requires: ['browseIssue'],
    alsoAsks: ['csiAdmin', 'editIssue'],
    handle: ({ requestId }, ctx) => completePir(pirDeps(ctx), panelCallerOf(ctx), requestId),
  }),
  defineResolver({
    call: pirCalls.findActionOwners,
    requires: ['browseIssue'],
    alsoAsks: ['csiAdmin', 'editIssue'],
    handle: ({ query }, ctx) =>
      findActionOwners({ ...pirDeps(ctx), users: { search: searchUsers } }, panelCallerOf(ctx), query),
  }),
];
