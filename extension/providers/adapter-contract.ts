// Test support: what every webmail adapter must do with its saved page, stated once.
import { beforeEach, expect, it } from "vitest";
import { emptyView, type FrameServer, loadFixture, renderTemplate } from "./fixture-page";
import type { OpenMessage, WebmailProvider } from "./types";

export interface AdapterContract {
  provider: WebmailProvider;
  selectors: Record<string, string>;
  fixture: string;
  /** Serves the page's frames (Roundcube's preview). */
  serveFrame?: FrameServer;
  /** Runs after the fixture is loaded (frames get their documents here). */
  prepare?: () => void | Promise<void>;
  /** The message open in the saved page. */
  open: { from: OpenMessage["from"]; subject: string; date: Date; body: string[] };
  /** Text only the list pane, a collapsed message or a hidden pane shows. */
  notFromOpenMessage: string[];
  /** The template rendered after navigation, and what it shows. */
  next: { template: string; address: string; subject: string; body: string };
  /** Where selectors must match, when not all in the top document. */
  selectorRoot?: () => ParentNode;
}

/** The payment notice open in every saved page (its date is written each provider's way). */
export const PAYMENT_NOTICE = {
  from: { name: "PSW GROUP Billing", address: "billing@psw-group.de" },
  subject: "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
  body: ["was not accepted by your bank.", "Pay invoice PSW-2026-204117"],
};

/** The expiry reminder every saved page renders 1 s after its list row is clicked. */
export const EXPIRY_REMINDER = {
  template: "msg-digicert",
  address: "noreply@digicert.com",
  subject: "Your certificate for www.kestrel-logistics.com expires in 30 days",
  body: "expires on December 15, 2026, in 30 days.",
};

/** Reads what the adapter sees as the open message. */
export function openMessage(provider: WebmailProvider, doc: Document = document): OpenMessage | undefined {
  const located = provider.locate(doc);
  return located && provider.read(located);
}

/** Declares the shared adapter tests inside the caller's describe(). */
export function adapterContract(contract: AdapterContract): void {
  const { provider, open } = contract;
  beforeEach(async () => {
    loadFixture(contract.fixture, contract.serveFrame);
    await contract.prepare?.();
  });

  it("has every selector matching in the saved page", () => {
    const root = contract.selectorRoot?.() ?? document;
    for (const [name, selector] of Object.entries(contract.selectors)) {
      expect(root.querySelector(selector) ?? document.querySelector(selector), name).not.toBeNull();
    }
  });

  it("reads the open message's sender, subject, date and body from its header elements", () => {
    const message = openMessage(provider);
    expect(message?.from).toEqual(open.from);
    expect(message?.subject).toBe(open.subject);
    expect(message?.date?.getTime()).toBe(open.date.getTime());
    for (const line of open.body) expect(message?.text).toContain(line);
    expect(message?.key).toMatch(new RegExp(`^${provider.id}:`));
  });

  it("ignores the list pane, collapsed messages and hidden panes", () => {
    const text = openMessage(provider)?.text ?? "";
    for (const line of contract.notFromOpenMessage) expect(text).not.toContain(line);
  });

  it("finds nothing while no message is open", () => {
    emptyView();
    expect(provider.locate(document)).toBeUndefined();
  });

  it("reads the message rendered after navigation, under a new key", async () => {
    const before = provider.locate(document)?.key;
    emptyView();
    renderTemplate(contract.next.template);
    await contract.prepare?.();
    const message = openMessage(provider);
    expect(message?.from.address).toBe(contract.next.address);
    expect(message?.subject).toBe(contract.next.subject);
    expect(message?.text).toContain(contract.next.body);
    expect(message?.key).not.toBe(before);
  });
}
