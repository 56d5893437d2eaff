import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean";
import { extract } from "./__fixtures__/analysed";

const placesOf = (text: string) => extract(cleanText(text), { publishedAt: "2024-03-14" }).filter((f) => f.kind === "event").map((f) => f.place);

describe("places: where the text says an event happened", () => {
  it("a blog's half-width comma and a date's counter are no part of the name", () => {
    expect(placesOf("12月6日から7日まで,中国・北京において,第3回労使協議が開催される予定です。")).toEqual(["中国・北京"]);
    expect(placesOf("2012年11月,カンボジア・プノンペンにおいて,環境相会合が開催された。")).toEqual(["カンボジア・プノンペン"]);
  });

  it("a common noun before the place's own name goes (首都キガリ → キガリ)", () => {
    expect(placesOf("2016年10月、ルワンダの首都キガリで開催された会議で、改正案が採択された。")[0]).toBe("キガリ");
  });

  it("a building or a site is a place (…館, …室, …ホテル)", () => {
    expect(placesOf("2023年5月、両社は帝国ホテルで合併契約に調印した。")).toEqual(["帝国ホテル"]);
  });

  it("a visit's object is where it happened", () => {
    expect(placesOf("2022年7月28日、林大臣はワシントンを訪問した。")).toEqual(["ワシントン"]);
  });

  it("…で without an act that is held there names no place (日本では…を制定, 中国では…が注目)", () => {
    expect(placesOf("1988年、日本では新しい法律を制定した。")).toEqual([null]);
    expect(placesOf("2019年、貿易摩擦が起きた中国では過去の合意が再び注目された。")).toEqual([null]);
  });

  it("an event's name is no place (日中韓サミットでの合意), nor the last of several places", () => {
    expect(placesOf("2012年5月の第5回日中韓サミットでの合意を受け、交渉が始まった。").every((p) => p === null)).toBe(true);
    expect(placesOf("2021年、組合は山口県岩国市、長崎県佐世保市、青森県三沢市で集会を実施した。")).toEqual([null]);
  });
});
