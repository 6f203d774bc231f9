import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent, Document } from "../src/document.js";
import { createPipeline } from "../src/pipeline.js";
import { createDocument } from "../src/ingest/create-document.js";

/**
 * Each CAMEO root: short sentences of our own that must code to it (source → target given as
 * ISO alpha-3 country codes, compared with the first three letters of the actor codes), and
 * near misses that share words with it but must not code to it at all.
 */
interface Case {
  readonly text: string;
  /** Expected source and target countries; absent for near misses. */
  readonly dyad?: readonly [string, string];
  /**
   * Why this case cannot pass yet, when the cause lies outside the patterns (tagger, actor
   * dictionary, coder). A pending case is run and reported but does not fail the test.
   */
  readonly pending?: string;
}

const MUST: Record<string, readonly Case[]> = {
  "01": [
    { text: "China expressed optimism about its trade talks with Australia.", dyad: ["CHN", "AUS"], pending: "coder: the target of a comment \"about\" something is not looked for past a noun phrase" },
    { text: "Spain declined to comment on the Moroccan proposal.", dyad: ["ESP", "MAR"] },
    { text: "Egypt denied accusations by Ethiopia that it had sabotaged the dam negotiations.", dyad: ["EGY", "ETH"] },
    { text: "Canada expressed condolences to Turkey after the earthquake.", dyad: ["CAN", "TUR"] },
  ],
  "02": [
    { text: "Germany urged Russia to release the detained journalists.", dyad: ["DEU", "RUS"] },
    { text: "Japan called on China to resume talks over the disputed islands.", dyad: ["JPN", "CHN"] },
    { text: "Ukraine appealed to Poland for more military aid.", dyad: ["UKR", "POL"] },
    { text: "Lebanon asked France for financial assistance.", dyad: ["LBN", "FRA"] },
  ],
  "03": [
    { text: "Canada pledged to send humanitarian aid to Haiti.", dyad: ["CAN", "HTI"] },
    { text: "Iran offered to mediate between Armenia and Azerbaijan.", dyad: ["IRN", "ARM"] },
    { text: "Turkey agreed to hold talks with Greece next month.", dyad: ["TUR", "GRC"] },
  ],
  "04": [
    { text: "The Indian prime minister's visit to Nepal ended on Friday.", dyad: ["IND", "NPL"] },
    { text: "The French president visited Algeria on Monday.", dyad: ["FRA", "DZA"] },
    { text: "Qatar hosted the Afghan foreign minister in Doha.", dyad: ["QAT", "AFG"] },
    { text: "Russia held talks with China on energy cooperation.", dyad: ["RUS", "CHN"] },
    { text: "Israel's prime minister spoke by phone with the Egyptian president.", dyad: ["ISR", "EGY"] },
  ],
  "05": [
    { text: "Germany praised Poland for its handling of the refugee crisis.", dyad: ["DEU", "POL"] },
    { text: "Japan apologized to South Korea for its wartime abuses.", dyad: ["JPN", "KOR"] },
    { text: "Saudi Arabia restored diplomatic relations with Iran.", dyad: ["SAU", "IRN"] },
    { text: "Israel and the United Arab Emirates signed a peace accord.", dyad: ["ISR", "ARE"], pending: "coder: \"X and the Y\" as a joint subject gives only Y" },
  ],
  "06": [
    { text: "Joint naval drills between Egypt and Greece began on Monday.", dyad: ["EGY", "GRC"] },
    { text: "France and Germany held joint military exercises near the border.", dyad: ["FRA", "DEU"] },
    { text: "Kenya extradited two suspects to Uganda.", dyad: ["KEN", "UGA"] },
    { text: "Britain shared intelligence with Ukraine about the attack.", dyad: ["GBR", "UKR"] },
    { text: "China invested heavily in Pakistan's ports.", dyad: ["CHN", "PAK"] },
  ],
  "07": [
    { text: "Japan sent humanitarian aid to Turkey after the earthquake.", dyad: ["JPN", "TUR"] },
    { text: "The United States provided Ukraine with new weapons.", dyad: ["USA", "UKR"] },
    { text: "Saudi Arabia granted Pakistan a $3 billion loan.", dyad: ["SAU", "PAK"] },
    { text: "Germany granted asylum to the Russian dissident.", dyad: ["DEU", "RUS"] },
  ],
  "08": [
    { text: "The lifting of US sanctions on Cuba was welcomed in Havana.", dyad: ["USA", "CUB"] },
    { text: "Iran freed a French tourist on Tuesday.", dyad: ["IRN", "FRA"] },
    { text: "The United States lifted sanctions on Venezuela.", dyad: ["USA", "VEN"] },
    { text: "Russia withdrew its troops from the Ukrainian city.", dyad: ["RUS", "UKR"] },
    { text: "Greece met all of Germany's demands.", dyad: ["GRC", "DEU"] },
  ],
  "09": [
    { text: "France opened an investigation into the Russian cyberattack.", dyad: ["FRA", "RUS"] },
    { text: "Spain launched a corruption probe into the Venezuelan oil company.", dyad: ["ESP", "VEN"] },
    { text: "The Netherlands investigated Russia's role in the crash.", dyad: ["NLD", "RUS"] },
  ],
  "10": [
    { text: "Poland demanded that Belarus release the journalist.", dyad: ["POL", "BLR"] },
    { text: "China demanded an apology from Japan.", dyad: ["CHN", "JPN"] },
    { text: "Turkey ordered Sweden to extradite the suspects.", dyad: ["TUR", "SWE"] },
  ],
  "11": [
    { text: "Iran condemned the Israeli airstrike.", dyad: ["IRN", "ISR"] },
    { text: "Russia accused Ukraine of shelling the nuclear plant.", dyad: ["RUS", "UKR"] },
    { text: "Venezuela filed a lawsuit against Guyana.", dyad: ["VEN", "GUY"] },
    // A charge is a lawsuit (115, as the codebook says under 173; PLOVER ACCUSE "sue, indict, or charge"); the arrest is 17's.
    { text: "Russia charged a Ukrainian soldier with murder.", dyad: ["RUS", "UKR"] },
    { text: "China summoned the Japanese ambassador to protest.", dyad: ["CHN", "JPN"], pending: "tagger: wink-nlp tags \"summoned\" as a noun here" },
  ],
  "12": [
    { text: "Israel rejected the Egyptian ceasefire proposal.", dyad: ["ISR", "EGY"] },
    { text: "Iran refused to release the British sailors.", dyad: ["IRN", "GBR"] },
    { text: "Ukraine ruled out talks with Russia.", dyad: ["UKR", "RUS"] },
  ],
  "13": [
    { text: "China threatened to impose sanctions on Lithuania.", dyad: ["CHN", "LTU"] },
    { text: "North Korea threatened to attack South Korea.", dyad: ["PRK", "KOR"] },
    { text: "Russia warned Finland of serious consequences.", dyad: ["RUS", "FIN"] },
  ],
  "14": [
    { text: "Iranian students demonstrated outside the British embassy.", dyad: ["IRN", "GBR"] },
    { text: "Palestinian protesters rallied against Israel in Ramallah.", dyad: ["PSE", "ISR"] },
    { text: "Kenyan activists staged a hunger strike outside the Ugandan embassy.", dyad: ["KEN", "UGA"], pending: "tagger: wink-nlp lemmatises \"staged\" as \"stag\"" },
  ],
  "15": [
    { text: "Russia deployed troops along its border with Ukraine.", dyad: ["RUS", "UKR"] },
    { text: "China held military drills near Taiwan.", dyad: ["CHN", "TWN"] },
    { text: "Turkey massed tanks on the Syrian border.", dyad: ["TUR", "SYR"] },
  ],
  "16": [
    { text: "Nigeria recalled its ambassador from Ghana.", dyad: ["NGA", "GHA"] },
    { text: "The United States imposed new sanctions on Iran.", dyad: ["USA", "IRN"] },
    { text: "Canada cut off aid to Rwanda.", dyad: ["CAN", "RWA"] },
    { text: "Russia expelled two Swedish diplomats.", dyad: ["RUS", "SWE"], pending: "matcher: a gap swallows the mention \"Swedish diplomats\", so \"expel * diplomat\" cannot see its noun" },
  ],
  "17": [
    { text: "The arrest of a Turkish journalist by Greek police angered Ankara.", dyad: ["GRC", "TUR"], pending: "coder: the agent \"by X\" after an event noun's target is not taken as its source" },
    { text: "Iran arrested two French citizens.", dyad: ["IRN", "FRA"] },
    { text: "Russia expelled a Swedish journalist.", dyad: ["RUS", "SWE"] },
    { text: "Belarusian police detained a Polish activist.", dyad: ["BLR", "POL"] },
    { text: "China seized a Philippine fishing boat.", dyad: ["CHN", "PHL"], pending: "actors: the demonym \"Philippine\" is not resolved" },
  ],
  "18": [
    { text: "Iranian agents abducted a Swedish national.", dyad: ["IRN", "SWE"], pending: "tagger: wink-nlp tags \"abducted\" as a noun here" },
    { text: "Pakistani police tortured an Afghan migrant.", dyad: ["PAK", "AFG"], pending: "tagger: wink-nlp tags \"tortured\" as a noun here" },
    { text: "Mexican soldiers beat up a Guatemalan migrant.", dyad: ["MEX", "GTM"] },
  ],
  "19": [
    { text: "An Israeli airstrike on Lebanon killed three people.", dyad: ["ISR", "LBN"] },
    { text: "Russian forces shelled the Ukrainian city of Kharkiv.", dyad: ["RUS", "UKR"] },
    { text: "Israel launched airstrikes on Lebanon.", dyad: ["ISR", "LBN"] },
    { text: "Turkish troops clashed with Syrian government forces.", dyad: ["TUR", "SYR"] },
    { text: "Poland shot down Russian drones over its territory.", dyad: ["POL", "RUS"] },
  ],
  "20": [
    { text: "The Syrian army used chemical weapons against Turkish troops.", dyad: ["SYR", "TUR"] },
    { text: "Serbian forces massacred Bosnian civilians.", dyad: ["SRB", "BIH"], pending: "actors: the demonym \"Bosnian\" is not resolved" },
    { text: "Ethiopian forces expelled thousands of Eritrean residents.", dyad: ["ETH", "ERI"] },
  ],
};

const MUST_NOT: Record<string, readonly (string | Case)[]> = {
  "01": ["Ireland added Iran to its sanctions list.", "Egypt accused Ethiopia of sabotaging the talks."],
  "02": ["Sweden demanded that Turkey release the activists.", "Italy called Egypt's decision a mistake."],
  "03": ["Turkey held talks with Greece.", "Canada sent humanitarian aid to Haiti."],
  "04": ["Greece met all of Germany's demands.", "Chile called off its visit to Peru."],
  "05": ["Germany criticised Poland's handling of the refugee crisis.", "Germany backed out of the gas deal with Poland."],
  "06": ["Kenya refused to extradite the suspects to Uganda.", "Britain accused Russia of spying."],
  "07": ["Japan promised humanitarian aid to Turkey.", "Canada cut off aid to Rwanda."],
  "08": ["The United States imposed sanctions on Venezuela.", "Iran arrested a French tourist."],
  "09": ["France accused Russia of a cyberattack.", "Spain praised Venezuela's oil company."],
  "10": ["Poland urged Belarus to release the journalist.", "Demand for Russian gas fell in Germany."],
  "11": ["China praised the Japanese ambassador.", "Russia arrested a Ukrainian soldier for murder."],
  "12": ["Israel accepted the Egyptian ceasefire proposal.", "Iran released the British sailors."],
  "13": ["China imposed sanctions on Lithuania.", "North Korea attacked South Korea."],
  "14": ["France protested to Italy over the migrant ship.", "Iranian jets struck targets in Iraq."],
  "15": ["Russia withdrew troops from its border with Ukraine.", "China and Russia held joint military drills."],
  "16": ["The United States lifted sanctions on Iran.", "Nigeria's ambassador met the Ghanaian president."],
  "17": ["Iran released two French citizens.", { text: "Russia expelled two Swedish diplomats.", pending: "matcher: a gap swallows the mention \"Swedish diplomats\", so \"expel * diplomat\" (161) loses to \"expel\" (174)" }],
  "18": ["Iranian police arrested a Swedish national.", "The Russian army shelled a Ukrainian town."],
  "19": ["Russia threatened to attack Ukraine.", "Israel halted airstrikes on Lebanon."],
  "20": ["Serbian forces shot Bosnian civilians.", "Ethiopian forces expelled two Eritrean diplomats."],
};

const pipeline = createPipeline();

function eventsOf(text: string): readonly CodedEvent[] | undefined {
  const doc: Document = pipeline.run(
    createDocument({ text, format: "text", origin: "test", language: "en", published: { value: "2025-06-02", precision: "day", origin: "flag" } }),
  );
  return doc.layers.events;
}

const available = eventsOf("Germany urged Russia to release the detained journalists.") !== undefined;
const skip = available ? false : "event coder not available";

function show(events: readonly CodedEvent[]): string {
  return events.map((e) => `${e.source ?? "-"}→${e.target ?? "-"} ${e.cameo} (${e.rule})`).join("; ") || "no events";
}

/** Pass counts per root, printed at the end: the figure the issue asks to report. */
const tally = new Map<string, { passed: number; total: number; pending: number }>();

for (const [root, cases] of Object.entries(MUST).sort(([a], [b]) => a.localeCompare(b))) {
  test(`root ${root}: its sentences code to it, its near misses do not`, { skip }, (t) => {
    const failures: string[] = [];
    let passed = 0;
    let pending = 0;
    const check = (ok: boolean, c: Case, why: string): void => {
      if (ok) {
        passed++;
        if (c.pending) t.diagnostic(`pending case passes now, drop its mark: "${c.text}"`);
      } else if (c.pending) {
        pending++;
        t.diagnostic(`pending (${c.pending}): ${why}`);
      } else failures.push(why);
    };
    for (const c of cases) {
      const events = eventsOf(c.text) ?? [];
      const [source, target] = c.dyad!;
      const hit = events.some((e) => e.root === root && e.source?.slice(0, 3) === source && e.target?.slice(0, 3) === target);
      check(hit, c, `missed ${source}→${target} ${root}: "${c.text}" gave ${show(events)}`);
    }
    for (const entry of MUST_NOT[root] ?? []) {
      const c: Case = typeof entry === "string" ? { text: entry } : entry;
      const wrong = (eventsOf(c.text) ?? []).filter((e) => e.root === root);
      check(wrong.length === 0, c, `near miss coded ${root}: "${c.text}" gave ${show(wrong)}`);
    }
    const total = cases.length + (MUST_NOT[root]?.length ?? 0);
    tally.set(root, { passed, total, pending });
    t.diagnostic(`root ${root}: ${passed}/${total} passed${pending ? `, ${pending} pending` : ""}`);
    assert.deepEqual(failures, [], `${passed}/${total} passed`);
  });
}

test("pass rate per root", { skip }, (t) => {
  let passed = 0;
  let total = 0;
  for (const [root, r] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
    passed += r.passed;
    total += r.total;
    t.diagnostic(`${root} ${r.passed}/${r.total}`);
  }
  t.diagnostic(`all roots ${passed}/${total}`);
  assert.ok(total > 0);
});

test("every root has at least three sentences and two near misses", () => {
  for (let r = 1; r <= 20; r++) {
    const root = String(r).padStart(2, "0");
    assert.ok((MUST[root]?.length ?? 0) >= 3, `root ${root} sentences`);
    assert.ok((MUST_NOT[root]?.length ?? 0) >= 2, `root ${root} near misses`);
    for (const c of MUST[root] ?? []) assert.ok(c.dyad && /^[A-Z]{3}$/.test(c.dyad[0]) && /^[A-Z]{3}$/.test(c.dyad[1]), c.text);
  }
});
