import { EXPIRY_RULES } from "./expiry";
import { OTHER_RULES } from "./other";
import { PAYMENT_RULES } from "./payment";
import { REVOCATION_RULES } from "./revocation";
import type { NoticeRule } from "./types";

/** Every notice rule, grouped by the kind it speaks for. */
export const RULES: readonly NoticeRule[] = [...PAYMENT_RULES, ...REVOCATION_RULES, ...EXPIRY_RULES, ...OTHER_RULES];
