import { describe, expect, it, vi } from "vitest";
import { dashboardContext } from "../../../test-setup/dashboard";
import { certificatePage } from "../../../test-setup/responses";
import { certificatesPanel } from "./certificates";

const domains = (panel: HTMLElement) => [...panel.querySelectorAll("tbody tr .domain")].map((d) => d.textContent);

describe("certificates panel", () => {
  it("narrows the table as the user types a domain and toggles chips", () => {
    const panel = certificatesPanel(dashboardContext());
    expect(domains(panel)).toHaveLength(10);
    const search = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = "harborfinch.de";
    search.dispatchEvent(new Event("input"));
    expect(domains(panel)).toHaveLength(8);
    const undecided = [...panel.querySelectorAll<HTMLButtonElement>(".filter-chip")].find(
      (b) => b.textContent === "Undecided",
    )!;
    undecided.click();
    expect(domains(panel)).toEqual(["*.intern.harborfinch.de", "status.harborfinch.de"]);
    expect(panel.querySelector(".count")?.textContent).toBe("2 of 10 certificates");
    // The query outlives the panel (as it does between redraws): leave it as found.
    search.value = "";
    search.dispatchEvent(new Event("input"));
    undecided.click();
  });

  it("shows an internationalized name in Unicode with its punycode, in the table and the detail", () => {
    const [first, ...rest] = certificatePage().certificates;
    const idn = { ...first, id: "idn", commonName: "xn--bcher-kva.example", sans: ["xn--bcher-kva.example"] };
    const context = dashboardContext({ certificates: [idn, ...rest], selectedCertificateId: "idn" });
    const panel = certificatesPanel(context);
    expect(domains(panel)).toContain("bücher.example (xn--bcher-kva.example)");
    expect(panel.querySelector(".detail h2")?.textContent).toBe("bücher.example (xn--bcher-kva.example)");
  });

  it("sorts by a column when its header is clicked", () => {
    const panel = certificatesPanel(dashboardContext());
    const header = (name: string) =>
      [...panel.querySelectorAll<HTMLButtonElement>("th button")].find((b) => b.textContent?.startsWith(name))!;
    header("Domain").click();
    expect(domains(panel)[0]).toBe("api.harborfinch.de");
    expect(header("Domain").closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    header("Expires").click(); // back to the default order for the other tests
  });

  it("opens a certificate's detail with its intent form and timeline when a row is chosen", async () => {
    const context = dashboardContext();
    const panel = certificatesPanel(context);
    panel.querySelector<HTMLElement>("tbody tr")!.click();
    expect(context.navigate).toHaveBeenCalledWith("certificates", expect.any(String));

    const [shop] = context.certificates;
    const timeline = [
      { occurredAt: "2025-12-05T00:00:00.000Z", type: "issued", summary: "Certificate for shop.harborfinch.de issued" },
      {
        occurredAt: "2026-11-18T16:40:12.000Z",
        type: "intent-change",
        summary: "Intent changed from undecided to renew by ops",
      },
      { occurredAt: "2026-11-19T07:12:00.000Z", type: "ct-sighting", summary: "Seen in Certificate Transparency" },
    ];
    const client = { timeline: async () => timeline } as unknown as NonNullable<typeof context.client>;
    const withDetail = certificatesPanel(dashboardContext({ selectedCertificateId: shop.id, client }));
    const detail = withDetail.querySelector("aside.detail")!;
    expect(detail.querySelector("h2")?.textContent).toBe("shop.harborfinch.de");
    expect(detail.querySelector<HTMLSelectElement>("#intent-select")?.value).toBe("renew");
    expect(detail.querySelector<HTMLTextAreaElement>("#intent-reason")?.value).toBe(
      "Online shop; renewal budget approved.",
    );
    await vi.waitFor(() => expect(detail.querySelectorAll(".timeline li")).toHaveLength(3));
    const events = [...detail.querySelectorAll(".timeline li")].map((li) => [...li.children].map((c) => c.textContent));
    expect(events).toEqual([
      ["Dec 5, 2025", "Issued", "Certificate for shop.harborfinch.de issued"],
      ["Nov 18, 2026", "Intent", "Intent changed from undecided to renew by ops"],
      ["Nov 19, 2026", "ct-sighting", "Seen in Certificate Transparency"],
    ]);
  });
});
