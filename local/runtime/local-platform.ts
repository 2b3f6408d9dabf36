import { LOCAL_ENVIRONMENT, type AppEnvironment } from './site';

/**
 * What several simulated sites of one app share, as they do on Forge: the deployment (app id and
 * environment) that one warm instance of the app's modules serves. Pass one object to several
 * `LocalHost`s to run them as installations of the same deployment in one process.
 */
export interface LocalPlatform {
  environment: AppEnvironment;
}

export function createLocalPlatform(environment: Partial<AppEnvironment> = {}): LocalPlatform {
  return { environment: { ...LOCAL_ENVIRONMENT, ...environment } };
}
