// Contracts of the emails routes (issue 13). Each export is a RouteContract (`satisfies RouteContract`).
import 'server-only';

export {};
