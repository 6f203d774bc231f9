import { test } from "node:test";
import assert from "node:assert/strict";
import type { ActorCode, Mention, ResolvedActor } from "../src/document.js";
import { withLayers } from "../src/document.js";
import { createDocument } from "../src/ingest/create-document.js";
import type { StoryProfile } from "../src/stories/index.js";
import { scorePair, storyProfileOf } from "../src/stories/index.js";
import { contentSimilarity, leadsDiffer, MIN_REWRITE_TERMS, nameAgreement, namesDiffer, REWRITE_CONTENT, SAME_STORY_NAMES, SAME_STORY_SIMILARITY, storySimilarity } from "../src/stories/similarity.js";
import { buildStoriesCorpus } from "../bench/stories-corpus.js";
import { createPipeline } from "../src/pipeline.js";

const originals = new Map(buildStoriesCorpus([]).map((c) => [c.input.id!, storyProfileOf(createDocument(c.input))]));
const profile = (id: string): StoryProfile => originals.get(id)!;
const textProfile = (text: string): StoryProfile => storyProfileOf(createDocument({ id: "t", text, format: "text", origin: "t" }));

test("two signings of one club in one week are two stories: each report is about a player the other barely names", () => {
  const [striker, keeper] = [profile("rovers-striker-a"), profile("rovers-keeper")];
  // Club, manager, fixture and transfer words are shared: words and names alone would link them.
  assert.ok(storySimilarity(striker, keeper) >= SAME_STORY_SIMILARITY);
  assert.ok(nameAgreement(striker, keeper) >= SAME_STORY_NAMES);
  assert.equal(namesDiffer(striker, keeper), true);
  assert.equal(scorePair(striker, keeper).link, null);
  assert.equal(scorePair(keeper, striker).link, null);
});

test("two independent reports of one signing agree on names and are one story", () => {
  const [a, b] = [profile("rovers-striker-a"), profile("rovers-striker-b")];
  assert.equal(namesDiffer(a, b), false);
  assert.equal(scorePair(a, b).link, "same-story");
});

test("words are weighed by use: an article's protagonist counts more than a passing name", () => {
  const about = textProfile("The minister met Ana Costa in Lisbon. Costa spoke first, and Costa spoke last. Later Costa left for Porto.");
  const passing = textProfile("The minister met Ana Costa in Lisbon. Rui Mendes spoke first, and Mendes spoke last. Later Mendes left for Porto.");
  const again = textProfile("In Lisbon, Ana Costa met the minister. Costa opened and Costa closed the talks before Costa flew to Porto.");
  assert.ok(storySimilarity(about, again) > storySimilarity(about, passing));
  assert.ok(nameAgreement(about, again) > nameAgreement(about, passing));
  assert.equal(namesDiffer(about, passing), false, "Mendes is used three times, below what makes a report about him");
});

test("title-case headlines, titles of office, months and possessives do not make names", () => {
  const p = textProfile(
    "Rovers Sign Uruguayan Striker On Deadline Day\nThe club said Prime Minister Ana Costa's government welcomed the signing of Mateo Ferreyra in August. People's choice, said Ferreyra's agent.",
  );
  for (const name of ["costa", "ferreyra", "mateo", "ana"]) assert.ok(p.names.includes(name), `${name} is a name`);
  for (const word of ["sign", "striker", "deadline", "prime", "minister", "august", "people", "costa's", "ferreyra'"]) {
    assert.ok(!p.names.includes(word), `${word} is no name`);
  }
  assert.equal(p.counts?.[p.terms.indexOf("ferreyra")], 2, "Ferreyra and Ferreyra's are one term, used twice");
  assert.ok(!p.terms.includes("people"), "people's is as common as people");
});

test("named actors count, bare countries and roles do not", () => {
  const actor = (id: string, code: string, country: string | null, sector: string | null): ResolvedActor => ({ id, name: id, code: code as ActorCode, country, sector });
  const mention = (start: number, a: ResolvedActor): Mention => ({ start, end: start + 1, text: a.name, type: "PERSON", actor: a });
  const doc = withLayers(createDocument({ id: "m", text: "Costa met police in Portugal.", format: "text", origin: "m" }), {
    mentions: [mention(0, actor("ana-costa", "PRTGOV", "PRT", "GOV")), mention(10, actor("role:police", "PRTCOP", "PRT", "COP")), mention(20, actor("country:PRT", "PRT", "PRT", null))],
  });
  assert.deepEqual(storyProfileOf(doc).named, ["ana-costa"]);
});

test("profiles stored before counts and named actors were kept still link two reports of one happening", () => {
  const older = (p: StoryProfile): StoryProfile => {
    const { counts: _counts, named: _named, ...rest } = JSON.parse(JSON.stringify(p)) as StoryProfile;
    return rest;
  };
  assert.equal(scorePair(older(profile("serbia-protest-a")), older(profile("serbia-protest-b"))).link, "same-story");
  assert.equal(scorePair(older(profile("serbia-protest-a")), profile("serbia-protest-b")).link, "same-story");
  assert.equal(scorePair(older(profile("quake-chile-a")), older(profile("quake-turkey"))).link, null);
});

test("template briefs with figures of their own are not copies; a re-run of one brief is", () => {
  const brief = (company: string, body: string): StoryProfile =>
    storyProfileOf(createDocument({ id: company, title: `${company} sets quarterly dividend`, text: body, format: "text", origin: company, published: { value: "2024-05-02", precision: "day", origin: "input" } }));
  const first = brief("Harbour Mills", "Qtly div 14 cts vs 14 cts prior\nPay June 3\nRecord May 20");
  const second = brief("Lakeside Foods", "Qtly div 9 cts vs 8 cts prior\nPay June 17\nRecord May 31");
  const rerun = brief("Harbour Mills Inc", "Qtly div 14 cts vs 14 cts prior\nPay June 3\nRecord May 20");
  assert.equal(scorePair(first, second).link, null, "the same words, other figures: two dividends");
  assert.equal(scorePair(first, rerun).link, "duplicate");
});

test("briefs of one trade that share only a passing name are not one story; reports that repeat one protagonist are", () => {
  const offering = textProfile(
    "Norvale Systems said it filed with regulators in Ontario for an offering of two million common shares. Proceeds will repay debt, the company said.",
  );
  const split = textProfile(
    "Quarry Point Foods said its directors approved a two-for-one split of its common shares, subject to approval by regulators in Ontario. The company said shareholders will vote in April.",
  );
  assert.ok(storySimilarity(offering, split) >= SAME_STORY_SIMILARITY, "their trade's words alone pass the similarity bar");
  assert.equal(scorePair(offering, split).link, null);
  const strikeA = textProfile("Dockers in Varnholm walked out on Monday. Union leader Ilse Brandt said the strike in Varnholm would last until Brandt's members got a deal.");
  const strikeB = textProfile("A strike shut the port of Varnholm. Ilse Brandt, who leads the dockers, told reporters that Brandt and the union would not back down in Varnholm.");
  assert.equal(scorePair(strikeA, strikeB).link, "same-story");
});

test("a country both name again and again is no protagonist: two reports on its trade are two stories", () => {
  const pipeline = createPipeline();
  const analysed = (text: string): StoryProfile => storyProfileOf(pipeline.run(createDocument({ id: "t", text, format: "text", origin: "t" })));
  const exports = analysed(
    "Exports from Japan rose five pct in March, the trade ministry said. Japan sold more cars and steel abroad, and officials in Japan expect exports to grow again in April.",
  );
  const imports = analysed(
    "Imports into Japan fell three pct in March, the trade ministry said. Japan bought less oil and grain abroad, and officials in Japan expect imports to fall again in April.",
  );
  assert.ok(exports.countries?.includes("japan"), "Japan is a country's name");
  assert.ok(storySimilarity(exports, imports) >= SAME_STORY_SIMILARITY);
  assert.equal(scorePair(exports, imports).link, null);
});

test("the parts of one longer name count once: two briefs sharing an underwriter share one name", () => {
  const first = textProfile("Norvale Systems said it will sell 100 mln dlrs of notes due 1999 through Halden Brooke Ward and Co, the company said on Tuesday.");
  const second = textProfile("Quarry Point Foods said it will sell 50 mln dlrs of debentures due 2010 through Halden Brooke Ward and Co, the company said on Tuesday.");
  assert.deepEqual(first.joined, ["brooke halden", "brooke ward"]);
  assert.ok(storySimilarity(first, second) >= 0.2, "their trade's words and the underwriter pass the similarity bar");
  assert.equal(scorePair(first, second).link, null);
  const unjoined = ({ joined: _joined, ...rest }: StoryProfile): StoryProfile => rest;
  assert.equal(scorePair(unjoined(first), unjoined(second)).link, "same-story", "counted as three names, the underwriter alone would link them");
});

test("briefs that each open on their own firm and repeat one regulator's name are two stories; a report opening on the same firm is one", () => {
  const pipeline = createPipeline();
  const analysed = (text: string): StoryProfile => storyProfileOf(pipeline.run(createDocument({ id: "t", text, format: "text", origin: "t", published: { value: "2024-05-02", precision: "day", origin: "input" } })));
  const norvale = analysed(
    "Norvale Systems Inc said it filed with the Halden Exchange Board for a shelf offering of 200 mln dlrs of debt securities. The Halden Exchange Board must approve the filing, Norvale said.",
  );
  const quarry = analysed(
    "Quarry Point Foods Corp filed with the Halden Exchange Board for an offering of 150 mln dlrs of notes. The Halden Exchange Board said the filing was complete, the company said.",
  );
  const again = analysed(
    "Norvale Systems Inc will use the 200 mln dlrs of debt it registered with the Halden Exchange Board to repay bank loans, Norvale said on Thursday after the Halden Exchange Board filing.",
  );
  assert.deepEqual(norvale.lead, ["norvale", "system"]);
  assert.deepEqual(quarry.lead, ["food", "point", "quarry"]);
  const withoutLead = ({ lead: _lead, ...rest }: StoryProfile): StoryProfile => rest;
  assert.equal(scorePair(withoutLead(norvale), withoutLead(quarry)).link, "same-story", "the regulator alone, named twice in each, would link them");
  assert.equal(leadsDiffer(norvale, quarry), true);
  assert.equal(scorePair(norvale, quarry).link, null);
  assert.equal(scorePair(quarry, norvale).link, null);
  assert.equal(leadsDiffer(norvale, again), false);
  assert.equal(scorePair(norvale, again).link, "same-story");
});

test("a dozen words are a copy or nothing: template briefs are no rewrites of each other", () => {
  const brief = (id: string, body: string): StoryProfile => storyProfileOf(createDocument({ id, text: body, format: "text", origin: id, published: { value: "2024-05-02", precision: "day", origin: "input" } }));
  const first = brief("a", "Qtly div three cts vs three cts prior\nPay April six\nRecord March 20");
  const second = brief("b", "Qtly div three cts vs three cts prior\nPay April three\nRecord March 13");
  assert.ok(first.terms.length < MIN_REWRITE_TERMS);
  assert.ok(contentSimilarity(first, second) >= REWRITE_CONTENT, "their words alone would make a rewrite");
  assert.equal(scorePair(first, second).link, null);
  assert.equal(scorePair(first, brief("c", "Qtly div three cts vs three cts prior\nPay April six\nRecord March 20")).link, "duplicate");
});
