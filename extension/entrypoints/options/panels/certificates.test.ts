import { describe, expect, it } from "vitest";
import { dashboardContext } from "../../../test-setup/dashboard";
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
    const undecided = [...panel.querySelectorAll<HTMLButtonElement>(".filter-chip")].find((b) => b.textContent === "Undecided")!;
    undecided.click();
    expect(domains(panel)).toEqual(["*.intern.harborfinch.de", "status.harborfinch.de"]);
    expect(panel.querySelector(".count")?.textContent).toBe("2 of 10 certificates");
    // The query outlives the panel (as it does between redraws): leave it as found.
    search.value = "";
    search.dispatchEvent(new Event("input"));
    undecided.click();
  });

  it("sorts by a column when its header is clicked", () => {
    const panel = certificatesPanel(dashboardContext());
    const header = (name: string) => [...panel.querySelectorAll<HTMLButtonElement>("th button")].find((b) => b.textContent?.startsWith(name))!;
    header("Domain").click();
    expect(domains(panel)[0]).toBe("api.harborfinch.de");
    expect(header("Domain").closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    header("Expires").click(); // back to the default order for the other tests
  });

  it("opens a certificate's detail with its intent form when a row is chosen", () => {
    const context = dashboardContext();
    const panel = certificatesPanel(context);
    panel.querySelector<HTMLElement>("tbody tr")!.click();
    expect(context.navigate).toHaveBeenCalledWith("certificates", expect.any(String));

    const [shop] = context.certificates;
    const client = { timeline: async () => [] } as unknown as NonNullable<typeof context.client>;
    const withDetail = certificatesPanel(dashboardContext({ selectedCertificateId: shop.id, client }));
    const detail = withDetail.querySelector("aside.detail")!;
    expect(detail.querySelector("h2")?.textContent).toBe("shop.harborfinch.de");
    expect(detail.querySelector<HTMLSelectElement>("#intent-select")?.value).toBe("renew");
    expect(detail.querySelector<HTMLTextAreaElement>("#intent-reason")?.value).toBe("Online shop; renewal budget approved.");
  });
});
