import { describe, expect, it } from "vitest";
import { isScroll, swipeProgress, swipeRating } from "./swipe";

describe("swipeRating", () => {
  const width = 340;
  it("grades again on a long left swipe and good on a long right swipe", () => {
    expect(swipeRating({ dx: -120, dy: 10, width })).toBe("again");
    expect(swipeRating({ dx: 120, dy: -15, width })).toBe("good");
  });

  it("ignores short swipes and swipes that are not clearly horizontal", () => {
    expect(swipeRating({ dx: 60, dy: 0, width })).toBeNull();
    expect(swipeRating({ dx: 120, dy: 70, width })).toBeNull();
    expect(swipeRating({ dx: 0, dy: 300, width })).toBeNull();
  });

  it("needs a quarter of a wide card's width", () => {
    expect(swipeRating({ dx: 150, dy: 0, width: 800 })).toBeNull();
    expect(swipeRating({ dx: 200, dy: 0, width: 800 })).toBe("good");
  });
});

describe("isScroll", () => {
  it("drops a gesture once it moves mostly vertically", () => {
    expect(isScroll({ dx: 5, dy: 30, width: 340 })).toBe(true);
    expect(isScroll({ dx: 5, dy: 10, width: 340 })).toBe(false);
    expect(isScroll({ dx: 90, dy: 30, width: 340 })).toBe(false);
  });
});

describe("swipeProgress", () => {
  it("rises to 1 at the threshold", () => {
    expect(swipeProgress({ dx: 40, dy: 0, width: 300 })).toBeCloseTo(0.5);
    expect(swipeProgress({ dx: -400, dy: 0, width: 340 })).toBe(1);
  });
});
