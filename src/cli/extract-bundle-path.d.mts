export declare const ROOT: string;
export declare const ENTRY: string;
export declare const CACHE: string;
export declare function bundleSources(): string[];
export declare function bundlePath(): string;
