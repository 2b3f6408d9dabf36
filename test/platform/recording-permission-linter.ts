import { PermissionLinter } from '@forge/lint';
import {
  ApiCallTypes,
  type ApiCall,
  type ProductApiCall,
} from '@forge/lint/out/lint/linters/permission-linter/api-call-interface';

/** A product REST call the scope check found, with the OpenAPI operation it matched and its scopes. */
export interface FoundCall {
  file: string;
  line: number;
  product: string;
  method: string;
  /** As the linter rendered it: template expressions become `\S*`. */
  path: string;
  /** The matched OpenAPI path, or null when no description has the path. */
  operation: string | null;
  /** `x-atlassian-oauth2-scopes` of the operation: the classic (Current) and granular (Beta) scopes. */
  current: string[];
  beta: string[];
}

/** The parts of @forge/lint 6's `ProductVerifier` (private there) that match a call to an operation. */
interface ProductVerifierInternals {
  pathMap: Map<RegExp, { originalPath: string }>;
  lookupApiCall(call: ProductApiCall): (ProductApiCall & { regex?: RegExp }) | undefined;
  getRequiredScopes(call: { regex?: RegExp; method: string }): string[];
  getBetaScopes(call: { regex?: RegExp; method: string }): string[];
}

/**
 * The Forge linter's own permission linter, which also remembers every product and storage API call
 * its visitors found, and resolves each through the linter's own verifier (so the operation and scopes
 * are exactly the ones the scope check used). Finding nothing changes nothing in what it reports.
 */
export class RecordingPermissionLinter extends PermissionLinter {
  private readonly productCalls: { file: string; call: ProductApiCall }[] = [];
  storageCalls = 0;

  protected override addLintCriteriaMatch(apiCall: ApiCall, filepath: string): void {
    if (apiCall.type === ApiCallTypes.PRODUCT) this.productCalls.push({ file: filepath, call: apiCall });
    if (apiCall.type === ApiCallTypes.STORAGE) this.storageCalls += 1;
    super.addLintCriteriaMatch(apiCall, filepath);
  }

  found(): FoundCall[] {
    return this.productCalls.map(({ file, call }) => {
      const verifier = this.verifiers[call.product] as unknown as ProductVerifierInternals;
      if (typeof verifier.lookupApiCall !== 'function') throw new Error('@forge/lint ProductVerifier changed');
      const matched = verifier.lookupApiCall(call);
      return {
        file,
        line: call.line,
        product: call.product,
        method: call.method.toLowerCase(),
        path: call.path,
        operation: matched?.regex ? (verifier.pathMap.get(matched.regex)?.originalPath ?? null) : null,
        current: matched ? verifier.getRequiredScopes(matched) : [],
        beta: matched ? verifier.getBetaScopes(matched) : [],
      };
    });
  }
}
