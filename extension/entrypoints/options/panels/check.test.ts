import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { certificatePageSchema } from "../../../utils/api/api-schemas";
import { dashboardContext } from "../../../test-setup/dashboard";
import { NOW } from "../../../test-setup/responses";
import { asNotice, assessEmail } from "../check-email";
import { checkPanel } from "./check";

const fixtures = path.join(import.meta.dirname, "../../../../test/fixtures");
const inventory = JSON.parse(readFileSync(path.join(fixtures, "inventory.json"), "utf8"));
const certificates = certificatePageSchema.parse({ certificates: inventory.certificates }).certificates;
const email = (name: string) => readFileSync(path.join(fixtures, "emails", name));

describe("checking an email in the browser", () => {
  it("judges a raw email with the shared engine against the cached certificates", async () => {
    const assessment = await assessEmail(
      new Uint8Array(email("mime-fwd-attachment-rfc822-failing-auth.eml")),
      certificates,
      NOW,
    );
    expect(assessment).toMatchObject({ kind: "payment", certificate: "k04", misleading: true, spoofed: true });
    expect(asNotice(assessment)).toMatchObject({
      id: "",
      kind: "payment",
      certificateId: "k04",
      misleading: true,
      spoofed: true,
    });
  });

  it("shows the verdict of a pasted email and links its certificate, without calling the Worker", async () => {
    const client = { storeRawNotice: vi.fn() } as unknown as NonNullable<ReturnType<typeof dashboardContext>["client"]>;
    const panel = checkPanel(dashboardContext({ certificates, client }));
    panel.querySelector<HTMLTextAreaElement>("#eml-source")!.value = email("mime-fwd-gmail-de.eml").toString("utf8");
    [...panel.querySelectorAll("button")].find((b) => b.textContent === "Check")!.click();
    await vi.waitFor(() => expect(panel.querySelector(".check-result h2")).not.toBeNull());
    const result = panel.querySelector(".check-result")!;
    expect([...result.querySelectorAll(".verdict .chip")].map((c) => c.textContent)).toEqual(["Misleading"]);
    expect(result.querySelector(".facts a")?.textContent).toBe("kestrel-logistik.de");
    expect(result.querySelectorAll(".reasons li").length).toBeGreaterThan(0);
    expect(client.storeRawNotice).not.toHaveBeenCalled();
  });

  it("keeps the checked email as a notice on the Worker only when asked", async () => {
    const storeRawNotice = vi.fn(async (_raw: Uint8Array) => ({ notice: {}, assessment: {} }));
    const context = dashboardContext({
      certificates,
      client: { storeRawNotice } as unknown as NonNullable<ReturnType<typeof dashboardContext>["client"]>,
    });
    const panel = checkPanel(context);
    const source = email("mime-fwd-gmail-de.eml").toString("utf8");
    panel.querySelector<HTMLTextAreaElement>("#eml-source")!.value = source;
    [...panel.querySelectorAll("button")].find((b) => b.textContent === "Check")!.click();
    await vi.waitFor(() => expect(panel.querySelector(".check-result button")).not.toBeNull());
    panel.querySelector<HTMLButtonElement>(".check-result button")!.click();
    await vi.waitFor(() => expect(context.navigate).toHaveBeenCalledWith("notices"));
    expect(new TextDecoder().decode(storeRawNotice.mock.calls[0][0])).toBe(source);
  });
});
