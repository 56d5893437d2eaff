import { describe, expect, it } from "vitest";
import { reviewHistoryItems, type LoggedReview } from "./review-history";

let n = 0;
const review = (cardId: string, iso: string, rating: LoggedReview["rating"], stateBefore: LoggedReview["stateBefore"]): LoggedReview => ({
  id: `r${String(++n).padStart(3, "0")}`,
  cardId,
  rating,
  reviewedAt: new Date(iso),
  stateBefore,
});

describe("reviewHistoryItems", () => {
  it("orders each card's reviews by time and counts whole study days between them (Tokyo, 04:00 rollover)", () => {
    const logs = [
      review("a", "2024-06-03T01:00:00Z", "good", "review"), // 10:00 JST on 3 June
      review("a", "2024-06-01T01:00:00Z", "good", "new"), // 10:00 JST on 1 June
      review("a", "2024-06-01T01:10:00Z", "good", "learning"), // same study day
      review("a", "2024-06-08T18:30:00Z", "again", "review"), // 03:30 JST on 9 June: still the study day of 8 June
    ];
    const items = reviewHistoryItems(logs, "Asia/Tokyo");
    // An item per review after the first; the first (new → learning, 0 days) has no long-term review and is dropped.
    expect(items).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }, { rating: 1, deltaT: 5 }],
    ]);
  });

  it("uses the learner's zone: the same instants are a day apart in Tokyo and the same day in New York", () => {
    const logs = [review("a", "2024-06-01T14:00:00Z", "good", "new"), review("a", "2024-06-01T20:00:00Z", "good", "learning")];
    expect(reviewHistoryItems(logs, "Asia/Tokyo")).toEqual([[{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 1 }]]);
    expect(reviewHistoryItems(logs, "America/New_York")).toEqual([]);
  });

  it("keeps cards apart, maps every rating, and starts a card at its last learning block", () => {
    const logs = [
      review("b", "2024-06-01T01:00:00Z", "hard", "review"), // history before the card was (re)started: dropped
      review("b", "2024-06-02T01:00:00Z", "easy", "new"),
      review("b", "2024-06-05T01:00:00Z", "hard", "review"),
      review("c", "2024-06-01T01:00:00Z", "again", "new"),
      review("c", "2024-06-02T01:00:00Z", "good", "learning"),
    ];
    expect(reviewHistoryItems(logs, "Asia/Tokyo")).toEqual([
      [{ rating: 4, deltaT: 0 }, { rating: 2, deltaT: 3 }],
      [{ rating: 1, deltaT: 0 }, { rating: 3, deltaT: 1 }],
    ]);
  });

  it("breaks a tie in time by id and gives nothing for a card reviewed once or never started", () => {
    const logs = [
      review("d", "2024-06-01T01:00:00Z", "again", "new"),
      review("d", "2024-06-01T01:00:00Z", "good", "learning"),
      review("d", "2024-06-04T01:00:00Z", "good", "review"),
      review("e", "2024-06-01T01:00:00Z", "good", "new"),
      review("f", "2024-06-01T01:00:00Z", "good", "review"),
      review("f", "2024-06-03T01:00:00Z", "good", "review"),
    ];
    expect(reviewHistoryItems([...logs].reverse(), "Asia/Tokyo")).toEqual([
      [{ rating: 1, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }],
    ]);
  });
});
