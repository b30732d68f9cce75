// The web layer's public API (re-exports only): the dashboard app and its server.

export {
  createDashboardApp,
  type DashboardLimits,
  type DashboardOptions,
  DEFAULT_LIMITS,
} from "./dashboardApp.js";
export { JobRegistry, type JobState } from "./jobRegistry.js";
export { type RunningDashboard, type ServeOptions, serveDashboard } from "./serveDashboard.js";
