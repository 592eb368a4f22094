import { describe, expect, it } from "vitest";
import { clientKey } from "./throttle";

const from = (ip?: string) => clientKey({ header: (name) => (name === "cf-connecting-ip" ? ip : undefined) });

describe("clientKey", () => {
  it("counts an IPv4 client by its address", () => {
    expect(from("203.0.113.7")).toBe("203.0.113.7");
    expect(from(" 203.0.113.7 ")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, however the address is written", () => {
    const key = from("2001:db8:1:2::1");
    expect(key).toBe("2001:db8:1:2::/64");
    expect(from("2001:0DB8:0001:0002:ffff:ffff:ffff:9")).toBe(key);
    expect(from("2001:db8:1:2::")).toBe(key);
    expect(from("2001:db8:1:3::1")).not.toBe(key);
    expect(from("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });

  it("counts an IPv4-mapped IPv6 address as the IPv4 client, and a request without the header apart", () => {
    expect(from("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(from(undefined)).toBe("unknown");
  });
});
