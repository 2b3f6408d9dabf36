/** The app id of manifest.yml (`ari:cloud:ecosystem::app/<id>`). */
export const APP_ID = '00000000-0000-4000-8000-000000000000';
/** The id of the environment the local host deploys (`forge deploy -e development`). */
export const ENVIRONMENT_ID = 'local';

/** One deployment of the app: the app and the environment (development, staging, production). */
export interface AppEnvironment {
  appId: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
}

/**
 * One installation of the app on one site: what the platform tells the app about the tenant.
 * Every simulated site has its own; several can run in one process against one warm app instance.
 */
export interface SiteIdentity extends AppEnvironment {
  cloudId: string;
  siteUrl: string;
  /** The installation id (`getAppContext().installationAri` is `ari:cloud:ecosystem::installation/<id>`). */
  installationId: string;
}

export const LOCAL_ENVIRONMENT: AppEnvironment = {
  appId: APP_ID,
  environmentId: ENVIRONMENT_ID,
  environmentType: 'DEVELOPMENT',
};

/** The single site `npm start` serves. */
export const LOCAL_SITE: SiteIdentity = {
  ...LOCAL_ENVIRONMENT,
  cloudId: 'local-cloud',
  siteUrl: 'http://localhost',
  installationId: 'local-installation',
};

/** The site's install context, as handlers receive it (`ari:cloud:jira::site/<cloudId>`). */
export function installContextOf(site: Pick<SiteIdentity, 'cloudId'>): string {
  return `ari:cloud:jira::site/${site.cloudId}`;
}

/** Jira's key of a Forge custom field of this environment: `<appId>__<environmentId>__<moduleKey>`. */
export function fieldKeyOf(env: Pick<AppEnvironment, 'appId' | 'environmentId'>, moduleKey: string): string {
  return `${env.appId}__${env.environmentId}__${moduleKey}`;
}

/** The extension ARI Jira shows as a Forge field's `schema.custom`. */
export function extensionAriOf(env: Pick<AppEnvironment, 'appId' | 'environmentId'>, moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${env.appId}/${env.environmentId}/static/${moduleKey}`;
}
