/**
 * Maximum TLS certificate lifetimes for publicly trusted CAs, as data: one entry per step, each
 * with where it is decided. Days count as the Baseline Requirements count them (validity period).
 */
export interface LifetimeCap {
  /** First day (UTC) certificates issued may not exceed `maxDays`. */
  from: string;
  maxDays: number;
  /** How long a domain validation may be reused for new certificates, in days. */
  dcvReuseDays: number;
  source: string;
}

/** The cap in force before the SC-081 schedule starts. */
export const CAP_BEFORE_SC081: LifetimeCap = {
  from: "2020-09-01",
  maxDays: 398,
  dcvReuseDays: 398,
  source: "CA/Browser Forum Baseline Requirements §6.3.2 and §4.2.1 (398 days since 1 Sep 2020, Ballot SC31/SC42)",
};

/** CA/Browser Forum Ballot SC-081v3 (adopted April 2025): the schedule of shorter lifetimes. */
export const LIFETIME_CAPS: readonly LifetimeCap[] = [
  {
    from: "2026-03-15",
    maxDays: 200,
    dcvReuseDays: 200,
    source:
      "CA/Browser Forum Ballot SC-081v3, https://cabforum.org/2025/04/11/ballot-sc081v3-introduce-schedule-of-reducing-validity-and-data-reuse-periods/",
  },
  {
    from: "2027-03-15",
    maxDays: 100,
    dcvReuseDays: 100,
    source:
      "CA/Browser Forum Ballot SC-081v3, https://cabforum.org/2025/04/11/ballot-sc081v3-introduce-schedule-of-reducing-validity-and-data-reuse-periods/",
  },
  {
    from: "2029-03-15",
    maxDays: 47,
    dcvReuseDays: 10,
    source:
      "CA/Browser Forum Ballot SC-081v3, https://cabforum.org/2025/04/11/ballot-sc081v3-introduce-schedule-of-reducing-validity-and-data-reuse-periods/",
  },
];
