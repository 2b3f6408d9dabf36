import type { LoadedManifest } from './manifest';
import type { EntityPropertyAlias, CustomFieldSpec } from '../product/jira-service';

interface EntityPropertyModule {
  propertyKey?: string;
  values?: Array<{ path: string; type: EntityPropertyAlias['type']; searchAlias?: string }>;
}

/** The JQL search aliases the manifest's `jira:entityProperty` modules declare. */
export function manifestAliases(manifest: LoadedManifest): EntityPropertyAlias[] {
  return manifest.modules
    .filter((m) => m.type === 'jira:entityProperty')
    .flatMap((m) => {
      const { propertyKey, values } = m as EntityPropertyModule;
      return (values ?? [])
        .filter((v) => v.searchAlias && propertyKey)
        .map((v) => ({
          propertyKey: propertyKey as string,
          path: v.path,
          searchAlias: v.searchAlias as string,
          type: v.type,
        }));
    });
}

/** The app custom fields the manifest's `jira:customField` modules declare. */
export function manifestCustomFields(manifest: LoadedManifest): CustomFieldSpec[] {
  return manifest.modules
    .filter((m) => m.type === 'jira:customField')
    .map((m) => {
      const field = m as { key: string; name?: string; type?: CustomFieldSpec['type'] };
      return { key: field.key, name: field.name ?? field.key, type: field.type ?? 'string' };
    });
}
