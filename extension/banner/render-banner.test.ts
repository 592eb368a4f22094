import { describe, expect, it, vi } from "vitest";
import type { Assessment } from "../../shared/notice/types";
import type { ApiCertificate } from "../utils/api/api-schemas";
import { renderBanner, wantsBanner, type BannerActions } from "./render-banner";

const hostile = '<img src=x onerror="alert(1)">Pay now';

function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    kind: "payment",
    certificate: "c1",
    match: null,
    claims: [],
    misleading: true,
    reasons: [{ code: "payment-without-renewal-order", message: hostile, facts: {} }],
    spoofed: false,
    spoofReasons: [],
    sender: {
      from: null,
      domain: null,
      claimedVendor: null,
      knownVendorDomain: false,
      authentication: [],
      lookAlikeOf: null,
    },
    language: "en",
    dates: [],
    subject: hostile,
    sentAt: null,
    messageId: null,
    forwarded: false,
    ...overrides,
  };
}

const certificate = {
  id: "c1",
  commonName: "www.kestrel-logistics.com",
  sans: [],
  orderNumbers: [],
  notAfter: "2026-12-15",
  intent: "renew",
  autoRenew: true,
} as ApiCertificate;

const said: string[] = [];
const actions: BannerActions = {
  saveToTimeline: async () => "saved",
  copyReply: async (text) => (said.push(text), "copied"),
  letLapse: async (c) => `lapsing ${c.id}`,
};

/** Resolves once the banner reports the copy done (the action answered "copied"). */
const copied = (root: ShadowRoot) =>
  vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe("copied"));

describe("renderBanner", () => {
  it("states the verdict in the host's attributes", () => {
    const host = renderBanner(document, { assessment: assessment({ spoofed: true }), certificate, actions });
    expect(host.tagName.toLowerCase()).toBe("certitude-banner");
    expect(host.getAttribute("data-kind")).toBe("payment");
    expect(host.getAttribute("data-misleading")).toBe("true");
    expect(host.getAttribute("data-spoofed")).toBe("true");
    expect(host.getAttribute("data-certificate")).toBe("c1");
    expect(
      renderBanner(document, {
        assessment: assessment({ certificate: null }),
        certificate: undefined,
        actions,
      }).getAttribute("data-certificate"),
    ).toBe("");
  });

  it("shows email-derived text as text, never as markup", () => {
    const root = renderBanner(document, { assessment: assessment(), certificate, actions }).shadowRoot!;
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain(hostile);
  });

  it("shows bidirectional controls instead of obeying them, and isolates and wraps every line", () => {
    const tricky = { ...certificate, commonName: "www.‮gnp.kestrel-logistics.com" } as ApiCertificate;
    const reasons = [{ code: "no-renewal-order", message: "Pay invoice‮fdp.exe now", facts: {} }];
    const root = renderBanner(document, { assessment: assessment({ reasons }), certificate: tricky, actions })
      .shadowRoot!;
    expect(root.textContent).toContain("Pay invoice[U+202E]fdp.exe now");
    expect(root.textContent).toContain("www.[U+202E]gnp.kestrel-logistics.com");
    expect(root.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(root.querySelector(".reasons li")?.getAttribute("dir")).toBe("auto");
    const css =
      [...root.querySelectorAll("style")].map((s) => s.textContent).join("") +
      [...(root.adoptedStyleSheets ?? [])].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join("");
    expect(css).toMatch(/overflow-wrap: anywhere/);
    expect(css).toMatch(/unicode-bidi: isolate/);
  });

  it("offers the let-lapse action only for a certificate not already let lapse, with no stray text", () => {
    const root = renderBanner(document, { assessment: assessment(), certificate, actions, sender: "verified" })
      .shadowRoot!;
    const labels = () => Array.from(root.querySelectorAll("button"), (b) => b.textContent);
    expect(labels()).toEqual(["Save to timeline", "Copy reply", "Let this certificate lapse"]);
    const lapsed = renderBanner(document, {
      assessment: assessment(),
      certificate: { ...certificate, intent: "let-lapse" },
      actions,
      sender: "verified",
    }).shadowRoot!;
    expect(Array.from(lapsed.querySelectorAll("button"), (b) => b.textContent)).toEqual([
      "Save to timeline",
      "Copy reply",
    ]);
    expect(lapsed.querySelector(".actions")?.textContent).toBe("Save to timelineCopy reply");
  });

  it("writes the reasons in the browser's language from their codes and facts", () => {
    const wrongDate = {
      code: "expiry-date-wrong",
      message: "Says www.kestrel-logistics.com expires on 1 Dec 2026, but it expires on 15 Dec 2026.",
      facts: { commonName: "www.kestrel-logistics.com", statedDate: "2026-12-01", notAfter: "2026-12-15" },
    };
    // An own property shadows the prototype's getter for this test only.
    Object.defineProperty(navigator, "language", { value: "de-DE", configurable: true });
    try {
      const root = renderBanner(document, {
        assessment: assessment({ kind: "expiry", reasons: [wrongDate] }),
        certificate,
        actions,
      }).shadowRoot!;
      expect(root.querySelector(".reasons li")?.textContent).toBe(
        "Behauptet, www.kestrel-logistics.com laufe am 1. Dezember 2026 ab, aber es läuft am 15. Dezember 2026 ab.",
      );
    } finally {
      delete (navigator as { language?: string }).language;
    }
  });

  it("copies a reply from the facts, in the notice's language", async () => {
    const lapsing = { ...certificate, intent: "let-lapse", autoRenew: false, notAfter: "2025-09-10" } as ApiCertificate;
    const root = renderBanner(document, {
      assessment: assessment({ language: "de" }),
      certificate: lapsing,
      actions,
      sender: "verified",
    }).shadowRoot!;
    Array.from(root.querySelectorAll("button"))
      .find((b) => b.textContent === "Copy reply")
      ?.click();
    await copied(root);
    expect(said.at(-1)).toContain("zum Zertifikat für www.kestrel-logistics.com");
    expect(said.at(-1)).toContain("Wir haben uns bewusst entschieden");
    expect(said.at(-1)).toContain("10. September 2025");
  });

  it("says a certificate on auto-renewal renews under its own order, not that nothing was ordered", async () => {
    const claims = [
      {
        type: "order-number" as const,
        value: "99887766",
        evidence: { phrase: "Order 99887766", language: "en", ruleId: "payment.order-number" },
      },
    ];
    const onOrder = { ...certificate, orderNumbers: ["41550918"] } as ApiCertificate;
    const root = renderBanner(document, {
      assessment: assessment({ claims }),
      certificate: onOrder,
      actions,
      sender: "verified",
    }).shadowRoot!;
    Array.from(root.querySelectorAll("button"))
      .find((b) => b.textContent === "Copy reply")
      ?.click();
    await copied(root);
    expect(said.at(-1)).toContain("our own order 41550918");
    expect(said.at(-1)).toContain("The order number 99887766 is not ours.");
    expect(said.at(-1)).not.toContain("No order was placed");
  });

  it("offers no reply to an honest notice, a forged sender or one that could not be verified", () => {
    const labels = (a: Assessment, sender: "verified" | "unverified" | "forged" = "verified") =>
      Array.from(
        renderBanner(document, { assessment: a, certificate, actions, sender }).shadowRoot!.querySelectorAll("button"),
        (b) => b.textContent,
      );
    expect(labels(assessment())).toContain("Copy reply");
    expect(labels(assessment({ misleading: false }))).not.toContain("Copy reply");
    expect(labels(assessment({ spoofed: true }))).not.toContain("Copy reply");
    expect(labels(assessment(), "unverified")).not.toContain("Copy reply");
    expect(labels(assessment(), "forged")).not.toContain("Copy reply");
  });

  it("states the sender in data-sender: unverified unless told otherwise, forged whenever the engine says spoofed", () => {
    const sender = (a: Assessment, state?: "verified" | "unverified" | "forged") =>
      renderBanner(document, { assessment: a, certificate, actions, sender: state }).getAttribute("data-sender");
    expect(sender(assessment())).toBe("unverified");
    expect(sender(assessment(), "verified")).toBe("verified");
    expect(sender(assessment({ spoofed: true }), "verified")).toBe("forged");
    const root = renderBanner(document, { assessment: assessment({ misleading: false }), certificate, actions })
      .shadowRoot!;
    expect(root.textContent).toContain("Sender not verified");
    expect(root.querySelector("section")?.className).toBe("banner neutral"); // not the green of a genuine notice
  });

  it("is wanted for certificate notices and forged senders, not for other mail", () => {
    expect(wantsBanner(assessment({ kind: "expiry", misleading: false }))).toBe(true);
    expect(wantsBanner(assessment({ kind: "other", misleading: false }))).toBe(false);
    expect(wantsBanner(assessment({ kind: "other", misleading: false, spoofed: true }))).toBe(true);
  });

  it("says when nothing could be checked because no Worker is connected", () => {
    const root = renderBanner(document, {
      assessment: assessment({ certificate: null, misleading: false, kind: "expiry" }),
      certificate: undefined,
      actions,
      connected: false,
    }).shadowRoot!;
    expect(root.textContent).toContain("Not checked: connect Certitude to your Worker in the dashboard");
  });
});
