import { describe, expect, it } from "vitest";
import { bodyText, isShown, lastShown } from "./page-reading";

describe("page reading", () => {
  it("turns a body into lines at block boundaries, without scripts, styles or our banner", () => {
    document.body.innerHTML = `<div id="b"><p>Dear customer,</p><p>your <b>payment</b>\n   failed.</p>
      <table><tr><td>Order</td><td>PSW-1</td></tr></table><style>p{}</style><script>x()</script>
      <certitude-banner>Certitude</certitude-banner>Regards<br>Billing</div>`;
    expect(bodyText(document.getElementById("b")!)).toBe(
      "Dear customer,\n\nyour payment failed.\n\nOrder\n\nPSW-1\n\nRegards\nBilling",
    );
  });

  it("treats hidden, aria-hidden and display:none ancestors as not shown", () => {
    document.body.innerHTML = `<div hidden><i id="a"></i></div><div aria-hidden="true"><i id="b"></i></div>
      <div style="display: none"><i id="c"></i></div><div style="visibility: hidden"><i id="d"></i></div><div><i id="e"></i></div>`;
    expect(["a", "b", "c", "d", "e"].map((id) => isShown(document.getElementById(id)!))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(lastShown(document, "i")?.id).toBe("e");
  });
});
