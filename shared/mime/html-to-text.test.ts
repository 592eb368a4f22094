import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("separates table cells with tabs and rows with newlines", () => {
    const html =
      "<table><tr><th>Order</th><td>529104437</td></tr><tr><td>Expires</td><td>1 April 2027</td></tr></table>";
    expect(htmlToText(html)).toBe("Order\t529104437\nExpires\t1 April 2027");
  });

  it("keeps link and button labels, and the alt text of an image button", () => {
    const html =
      '<p><a href="https://x.test/renew">Renew now</a> <button>Pay invoice</button> <a href="/y"><img src="b.png" alt="View order" width="120" height="40"></a></p>';
    expect(htmlToText(html)).toBe("Renew now Pay invoice View order");
  });

  it.each([
    ['<div style="display: none !important">hidden</div>'],
    ['<span style="visibility:hidden">hidden</span>'],
    ['<div style="max-height:0px;overflow:hidden">hidden</div>'],
    ['<div style="font-size:0;line-height:0">hidden</div>'],
    ['<div style="opacity:0">hidden</div>'],
    ['<div style="mso-hide:all">hidden</div>'],
    ['<div style="height:0;width:0;overflow:hidden">hidden</div>'],
    ["<div hidden>hidden</div>"],
    ['<style>.pre-header{display:none}</style><div class="pre-header x">hidden</div>'],
    ['<style>#preview { visibility: hidden }</style><div id="Preview">hidden</div>'],
  ])("drops preheader text hidden by %s", (hidden) => {
    expect(htmlToText(`<body>${hidden}<p>Your certificate expires on 15 December 2026.</p></body>`)).toBe(
      "Your certificate expires on 15 December 2026.",
    );
  });

  it("does not take a style written inside another attribute's value", () => {
    expect(htmlToText("<p title=\"style=display:none\" data-x='hidden'>Payment failed for order 3402281190</p>")).toBe(
      "Payment failed for order 3402281190",
    );
    expect(htmlToText('<a title = "1 > 0" href="/x">Renew now</a>')).toBe("Renew now");
  });

  it("keeps elements a stylesheet hides only on small screens", () => {
    const html = "<style>@media (max-width:480px){.desk{display:none}}</style><p class=desk>Order 41550918</p>";
    expect(htmlToText(html)).toBe("Order 41550918");
  });

  it("drops head, scripts, styles, comments, Outlook-only blocks and tracking pixels", () => {
    const html = `<html><head><title>Notice</title><style>p{color:red}</style></head><body>
      <!--[if mso]><p>Outlook only</p><![endif]--><script>var x = "<p>no</p>";</script>
      <p>Revoked on 15 April 2026.</p><img src="https://t.example/o.gif" width="1" height="1" alt="pixel"></body></html>`;
    expect(htmlToText(html)).toBe("Revoked on 15 April 2026.");
  });

  it("decodes named, numeric and Windows-1252 numeric entities", () => {
    expect(htmlToText("<p>L&ouml;sungen &amp; &#8364;89,99 &#x2013; &#150; caf&eacute;&nbsp;ok &bogus;</p>")).toBe(
      "Lösungen & €89,99 – – café ok &bogus;",
    );
  });

  it("keeps the lines of preformatted text", () => {
    expect(htmlToText("<pre>Order:  1\nAmount: 2\n\nThanks</pre>")).toBe("Order: 1\nAmount: 2\n\nThanks");
  });

  it("survives unterminated tags, quotes and comments", () => {
    expect(htmlToText('<p>Expires soon</p><a href="x>broken')).toMatch(/^Expires soon/);
    expect(htmlToText("<p>Before</p><!-- never closed")).toBe("Before");
    expect(htmlToText("5 < 7 and <3")).toBe("5 < 7 and <3");
  });

  it("stays fast on a megabyte-long broken tag and a stylesheet of unclosed comments", () => {
    const tag = `<div ${'style=" '.repeat(150_000)}>Order 41550918</div>`;
    expect(htmlToText(tag)).toContain("Order 41550918");
    const css = `<style>${"/* .x{display:none} ".repeat(50_000)}</style><p>Order 41550918</p>`;
    expect(htmlToText(css)).toBe("Order 41550918");
  });

  it("stays linear on many unclosed quoted attributes", () => {
    const hostile = '<a title="x>'.repeat(20_000) + "<p>end</p>";
    expect(htmlToText(hostile).length).toBeLessThan(hostile.length);
  });
});
