import { describe, expect, it } from "vitest";
import { htmlToText } from "./html";

const paragraph = (n: number) =>
  `<p>北朝鮮の非核化交渉は、10月にストックホルムで米朝実務者協議が物別れに終わって以来、全く進展が見えない。段落${n}。</p>`;

const page = `<!doctype html><html><head><title>米朝交渉 | ニュースサイト</title>
<meta property="og:site_name" content="ニュースサイト"><meta property="article:published_time" content="2019-12-10T15:00:00+09:00">
<script>window.evil = 1</script><style>p{color:red}</style></head>
<body><nav><a href="/">トップ</a> <a href="/world">ワールド</a></nav>
<article><h1>行き詰まりを見せる米朝非核化交渉</h1>
${[1, 2, 3, 4, 5].map(paragraph).join("\n")}
<p onclick="alert(1)">金星国連大使は「非核化は既に交渉のテーブルから外れている」と発言した。<img src=x onerror="alert(2)"></p>
<script>document.write("injected")</script>
</article>
<aside><h2>人気ランキング</h2><ol><li>クマの記事</li><li>クイズ</li></ol></aside>
<footer>Copyright ニュースサイト</footer></body></html>`;

describe("htmlToText", () => {
  const article = htmlToText(page);

  it("keeps the article as plain paragraphs", () => {
    expect(article.text).toContain("北朝鮮の非核化交渉は、10月にストックホルムで");
    expect(article.text).toContain("「非核化は既に交渉のテーブルから外れている」と発言した。");
    expect(article.text.split("\n\n").length).toBeGreaterThanOrEqual(6);
  });

  it("drops scripts, styles, handlers and page furniture", () => {
    for (const bad of ["window.evil", "injected", "alert", "onclick", "onerror", "color:red", "<", "人気ランキング", "トップ"]) {
      expect(article.text).not.toContain(bad);
    }
  });

  it("reports title, site and publication time", () => {
    expect(article.title).toContain("米朝");
    expect(article.siteName).toBe("ニュースサイト");
    expect(article.publishedTime).toBe("2019-12-10T15:00:00+09:00");
  });

  it("falls back to the body text when there is no article", () => {
    const small = htmlToText("<html><body><p>短い本文。</p><script>x()</script></body></html>");
    expect(small.text).toBe("短い本文。");
  });
});
