/** The part of datapackage-js (which ships no types) the contract tests use. */
declare module 'datapackage' {
  interface ReadOptions {
    forceCast?: boolean;
    relations?: boolean;
  }
  export class Resource {
    name: string;
    read(options?: ReadOptions): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, basePath?: string): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
