/**
 * Short news-like articles written for the stories benchmark and tests. Their details are
 * invented for the purpose and are not a record of real events. `story` is the happening an article reports: two articles with the same
 * story are independent reports of one happening; `topic` groups happenings that are alike
 * but different (two earthquakes in one week), the case story grouping must keep apart.
 */
export interface SourceArticle {
  readonly key: string;
  readonly story: string;
  readonly topic: string;
  readonly title: string;
  readonly source: string;
  readonly date: string;
  readonly text: string;
}

export const SOURCE_ARTICLES: readonly SourceArticle[] = [
  {
    key: "quake-chile-a", story: "quake-chile", topic: "earthquake", source: "Andes Wire", date: "2025-03-04",
    title: "Strong earthquake shakes central Chile",
    text: `A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday evening, shaking buildings in Valparaíso and Santiago and sending thousands of residents into the streets.

The quake's epicentre lay about 40 kilometres west of Valparaíso at a depth of 25 kilometres, according to Chile's National Seismological Centre. The navy briefly issued a tsunami warning for the coast between Coquimbo and Concepción before lifting it two hours later.

Interior Minister Rosa Valdivieso said two people had died in San Antonio when a wall collapsed, and that emergency crews were checking hospitals and schools. Power was cut to about 300,000 homes in the Valparaíso region.

Chile sits on the Pacific Ring of Fire and is one of the most seismically active countries in the world.`,
  },
  {
    key: "quake-chile-b", story: "quake-chile", topic: "earthquake", source: "Southern Cone Daily", date: "2025-03-05",
    title: "Two dead as Valparaíso quake cuts power to 300,000",
    text: `Residents of Valparaíso spent the night outdoors after Tuesday's magnitude 7.1 tremor, the strongest to hit the Chilean coast in years, left two dead in the port of San Antonio.

Rosa Valdivieso, Chile's interior minister, told reporters on Wednesday that aftershocks of up to magnitude 5.4 had been recorded and urged families to stay away from damaged buildings. Electricity was gradually returning, but some 300,000 homes in the region still had no power by morning.

The navy's tsunami alert, raised minutes after the quake from Coquimbo to Concepción, was withdrawn during the night. Seismologists placed the epicentre in the Pacific west of Valparaíso.`,
  },
  {
    key: "quake-turkey", story: "quake-turkey", topic: "earthquake", source: "Anatolia Report", date: "2025-03-06",
    title: "Earthquake hits eastern Turkey, damaging villages",
    text: `A magnitude 6.4 earthquake hit Malatya province in eastern Turkey early on Thursday, damaging dozens of village houses and killing at least five people, the disaster agency AFAD said.

The tremor struck at 4:12 a.m. at a depth of ten kilometres near the town of Pütürge. Governor Kemal Aydoğdu said search teams were working through the rubble of a collapsed barn and that 60 people had been taken to hospital.

Schools in Malatya and neighbouring Elazığ were closed for the rest of the week while engineers inspected them. The region is still rebuilding after the devastating earthquakes of 2023.`,
  },
  {
    key: "ecb-rates", story: "ecb-rates", topic: "central-bank", source: "Frankfurt Ledger", date: "2025-04-10",
    title: "ECB cuts interest rates as inflation cools",
    text: `The European Central Bank lowered its deposit rate by a quarter point to 2.25 percent on Thursday, its seventh cut in a year, as inflation in the euro area eased toward its two percent target.

ECB President Christine Lagarde told a press conference in Frankfurt that trade tensions clouded the outlook for growth and that the governing council stood ready to act again if needed. She declined to say whether the bank would cut again in June.

Economists had widely expected the move. Euro-area inflation slowed to 2.2 percent in March, while growth in Germany and Italy has been close to zero for months.`,
  },
  {
    key: "fed-rates", story: "fed-rates", topic: "central-bank", source: "Capitol Markets", date: "2025-04-12",
    title: "Federal Reserve keeps rates on hold",
    text: `The US Federal Reserve left its benchmark interest rate unchanged in a range of 4.25 to 4.5 percent on Saturday after an unusual weekend meeting, saying that uncertainty about tariffs made it wise to wait.

Fed Chair Jerome Powell said the committee saw risks to both employment and prices and would watch incoming data closely. Two governors dissented in favour of a cut.

Markets in New York were closed, but futures pointed to a modest rise when trading resumes on Monday. Investors now expect the first reduction of the year in July.`,
  },
  {
    key: "serbia-protest-a", story: "serbia-protest", topic: "protest", source: "Balkan Courier", date: "2025-05-02",
    title: "Tens of thousands of students march in Belgrade",
    text: `Tens of thousands of students and teachers marched through Belgrade on Friday, blocking the main bridges over the Sava for hours to demand accountability for the collapse of a railway station canopy that killed sixteen people in Novi Sad.

The protesters, many of whom had walked from Niš and Kragujevac over several days, gathered in front of the National Assembly holding banners that read "Your hands are bloody". Police stood aside and no arrests were reported.

University rector Milan Stojković told the crowd that lectures would stay suspended until prosecutors published all documents on the station's renovation. The government says it has already met the students' demands.`,
  },
  {
    key: "serbia-protest-b", story: "serbia-protest", topic: "protest", source: "Danube Post", date: "2025-05-02",
    title: "Belgrade bridges blocked as student protest swells",
    text: `Students who had walked for days from Niš and Kragujevac arrived in Belgrade on Friday and joined a vast crowd that shut the bridges across the Sava river, in one of the largest protests Serbia has seen in decades.

They are demanding the release of every document about the renovation of the Novi Sad railway station, where a concrete canopy fell last year and killed sixteen people. Outside the National Assembly, rector Milan Stojković said teaching would not resume until the files were public.

Police kept their distance and the march ended peacefully in the evening.`,
  },
  {
    key: "georgia-protest", story: "georgia-protest", topic: "protest", source: "Caucasus Monitor", date: "2025-05-03",
    title: "Police disperse protest in Tbilisi over foreign agents law",
    text: `Riot police used water cannon and pepper spray to clear thousands of protesters from Rustaveli Avenue in Tbilisi late on Saturday, hours after parliament passed a law requiring groups funded from abroad to register as foreign agents.

The interior ministry said 38 people were detained and eleven officers injured. Opposition leader Nino Gelashvili, who was among those detained, called the law a copy of Russian legislation and urged Georgians to keep protesting.

The European Union said the law was incompatible with Georgia's path toward membership and that it would review its financial support to the government.`,
  },
  {
    key: "sudan-talks", story: "sudan-talks", topic: "ceasefire-talks", source: "Red Sea Times", date: "2025-06-01",
    title: "Sudan's warring sides resume talks in Jeddah",
    text: `Delegations from the Sudanese army and the Rapid Support Forces met in Jeddah on Sunday for the first direct talks in eight months, under mediation by Saudi Arabia and the United States.

Mediators said the agenda covered a humanitarian truce in El Fasher and safe corridors for aid convoys into Darfur and Kordofan. Neither side commented as the sessions began.

Aid agencies say more than twelve million people have fled their homes since fighting broke out in April 2023. The last round of talks collapsed in October when the army accused the RSF of shelling a displacement camp.`,
  },
  {
    key: "ukraine-swap", story: "ukraine-swap", topic: "prisoner-swap", source: "Kyiv Bulletin", date: "2025-06-05",
    title: "Ukraine and Russia exchange 390 prisoners each",
    text: `Ukraine and Russia exchanged 390 prisoners of war each on Thursday in a swap brokered by the United Arab Emirates, the largest since the talks in Istanbul.

Ukrainian soldiers wrapped in national flags stepped off buses near the border in the Chernihiv region, some of them held since the defence of Mariupol in 2022. Ombudsman Taras Lysenko said many had lost a great deal of weight in captivity.

Russia's defence ministry said its returning servicemen had been flown to Belarus for medical checks before going home. Both sides said further exchanges were planned for the coming weeks.`,
  },
  {
    key: "venezuela-swap", story: "venezuela-swap", topic: "prisoner-swap", source: "Caribbean Dispatch", date: "2025-06-07",
    title: "US and Venezuela swap detainees in Caracas deal",
    text: `Ten Americans held in Venezuela were flown to Texas on Saturday in exchange for the return of 250 Venezuelan migrants deported by the United States to El Salvador, officials in Washington and Caracas said.

The deal was negotiated over several weeks by envoy Marcus Whitfield, who accompanied the freed Americans on the flight to San Antonio. Among them were two former soldiers detained in 2024 on charges of plotting against the government.

Venezuelan Foreign Minister Laura Quintero described the returning migrants as victims of kidnapping and thanked El Salvador for releasing them.`,
  },
  {
    key: "pakistan-floods", story: "pakistan-floods", topic: "floods", source: "Indus Herald", date: "2025-07-20",
    title: "Monsoon floods kill dozens in Pakistan",
    text: `Flash floods triggered by heavy monsoon rain have killed at least 63 people in Pakistan's Punjab and Khyber Pakhtunkhwa provinces since Wednesday, the National Disaster Management Authority said on Sunday.

Rescuers in boats evacuated families from villages near Jhelum, where the river burst its banks, and a landslide blocked the Karakoram Highway near Chilas, stranding hundreds of tourists.

The meteorological department forecast more rain for the coming week and warned that the Tarbela and Mangla dams were close to capacity. Pakistan has been struck by ever fiercer monsoons since the floods of 2022 covered a third of the country.`,
  },
  {
    key: "germany-floods", story: "germany-floods", topic: "floods", source: "Rhine Gazette", date: "2025-07-22",
    title: "Floods swamp towns in southern Germany",
    text: `Days of torrential rain sent rivers in Bavaria and Baden-Württemberg over their banks on Tuesday, flooding the old towns of Passau and Regensburg and forcing the evacuation of 4,000 residents.

Firefighters rescued a couple from the roof of their car near Ulm, and a volunteer died when his boat capsized on the Danube, police said. Rail traffic between Munich and Nuremberg was halted.

Chancellor Friedrich Hartmann, visiting Passau in rubber boots, promised swift federal aid and said the floods showed that Germany must invest more in protecting its towns from extreme weather.`,
  },
  {
    key: "poland-election", story: "poland-election", topic: "election", source: "Vistula Review", date: "2025-06-02",
    title: "Conservative historian wins Polish presidential runoff",
    text: `Conservative historian Tomasz Wierzbicki narrowly won Poland's presidential runoff with 50.9 percent of the vote, the electoral commission said on Monday, defeating Warsaw's liberal mayor.

The result is a blow to the government of Prime Minister Andrzej Kowalczyk, whose plans to reform the courts now face a president with the power of veto. Turnout reached a record 71 percent.

Wierzbicki, who ran with the backing of the Law and Justice party, promised to defend Polish sovereignty within the European Union and to keep supporting Ukraine.`,
  },
  {
    key: "romania-election", story: "romania-election", topic: "election", source: "Carpathian Times", date: "2025-05-19",
    title: "Pro-European mayor wins Romania's presidency",
    text: `Bucharest mayor Daniel Ionescu won Romania's rerun presidential election on Sunday with 53.6 percent, beating a nationalist rival who had led after the first round, official results showed.

The vote followed the annulment of last year's election over allegations of Russian interference on social media. Turnout was 64 percent, the highest in a quarter of a century.

Ionescu, a mathematician who entered politics as an anti-corruption campaigner, told supporters that Romania would remain firmly in the European Union and NATO.`,
  },
  {
    key: "canada-wildfire", story: "canada-wildfire", topic: "wildfire", source: "Prairie Star", date: "2025-08-03",
    title: "Wildfire forces evacuation of Manitoba town",
    text: `About 6,000 residents of Flin Flon in northern Manitoba were ordered to leave their homes on Sunday as a wildfire driven by strong winds came within three kilometres of the town.

Provincial premier Wab Kinnear said military aircraft would fly out people without cars and that hotels in Winnipeg had been booked for evacuees. Smoke from the fire reached Minneapolis and Chicago.

Canada has seen more than 3,000 wildfires this year, burning an area larger than Belgium, according to the Canadian Interagency Forest Fire Centre.`,
  },
  {
    key: "chile-mine-strike", story: "chile-mine-strike", topic: "strike", source: "Andes Wire", date: "2025-08-10",
    title: "Workers strike at world's largest copper mine",
    text: `Workers at the Escondida copper mine in northern Chile walked out on Sunday after talks on a new wage contract broke down, halting production at the world's largest source of the metal.

The union, which represents about 2,300 workers, is demanding a bonus of 30 million pesos per member and a share of record profits. Union leader Patricio Araya said the strike would last as long as necessary.

Copper prices rose three percent in London on the news. A 44-day strike at the mine in 2017 cost its owners about 740 million dollars.`,
  },
  {
    key: "belgium-port-strike", story: "belgium-port-strike", topic: "strike", source: "Scheldt Courant", date: "2025-08-12",
    title: "Antwerp port paralysed by dockers' strike",
    text: `Dockers at the port of Antwerp-Bruges stopped work on Tuesday in protest against the government's pension reform, leaving more than 80 ships waiting at anchor in the North Sea.

The strike, called by Belgium's three main unions, is the fourth this year. Port director Jacques Delvaux said each day of stoppage cost the economy tens of millions of euros and urged both sides to return to talks.

Prime Minister Bart Claessens said the reform, which raises the pension age for dockers and other physically demanding trades, would go ahead.`,
  },
  {
    key: "bonn-climate", story: "bonn-climate", topic: "climate-talks", source: "Green Ledger", date: "2025-06-15",
    title: "Climate talks in Bonn end without deal on finance",
    text: `Two weeks of United Nations climate talks in Bonn ended on Sunday without agreement on how rich countries should raise the 300 billion dollars a year they promised poorer nations, leaving the hardest questions for the summit in Belém in November.

Negotiators from small island states said they were frustrated that the talks had spent days arguing over the agenda. The European Union and China agreed on a text about adaptation to rising seas.

UN climate chief Samuel Okafor told delegates that the world could not afford another year of delay.`,
  },
  {
    key: "nato-summit", story: "nato-summit", topic: "summit", source: "Atlantic Review", date: "2025-06-25",
    title: "NATO leaders agree to raise defence spending to five percent",
    text: `NATO leaders meeting in The Hague agreed on Wednesday to raise defence spending to five percent of national output by 2035, a target pushed by the United States.

Secretary General Mark Rutte hailed the decision as a leap for the alliance's security. Spain won an exemption, saying it could meet its commitments with lower spending.

The summit's final statement called Russia a long-term threat to the alliance, but leaders spent only a short session on the war in Ukraine.`,
  },
  {
    key: "eu-sanctions-a", story: "eu-sanctions", topic: "sanctions", source: "Brussels Brief", date: "2025-07-18",
    title: "EU adopts 18th sanctions package against Russia",
    text: `The European Union adopted its eighteenth package of sanctions against Russia on Friday, lowering the price cap on Russian crude oil to 47.6 dollars a barrel and banning transactions with the Nord Stream pipelines.

The package also lists 105 more tankers of Russia's shadow fleet and a refinery in India that processes Russian oil. Slovakia lifted its veto after receiving assurances about gas supplies.

Foreign policy chief Kaja Kallas said the measures would cut deeper into the Kremlin's war budget. Moscow said the sanctions were illegal and would hurt Europe more than Russia.`,
  },
  {
    key: "eu-sanctions-b", story: "eu-sanctions", topic: "sanctions", source: "Continental Times", date: "2025-07-18",
    title: "Oil price cap lowered as Slovakia drops sanctions veto",
    text: `After weeks of blockage by Slovakia, EU ambassadors on Friday approved new measures against Moscow that cut the cap on Russian oil to 47.6 dollars and forbid any dealings with Nord Stream.

Bratislava relented once it had been promised help if Russian gas imports end. The eighteenth package adds 105 shadow fleet vessels to the list of ships barred from European ports and, for the first time, targets an Indian refinery.

Kaja Kallas, the EU's top diplomat, said Europe was raising the cost of aggression. The Kremlin called the decision unlawful.`,
  },
  {
    key: "us-china-tariffs", story: "us-china-tariffs", topic: "trade", source: "Capitol Markets", date: "2025-04-03",
    title: "Washington raises tariffs on Chinese goods",
    text: `The United States will raise tariffs on imports from China to 54 percent from next week, the White House announced on Thursday, prompting Beijing to promise countermeasures.

Commerce Secretary Howard Lindqvist said the duties would bring factories back to America and correct decades of unfair trade. China's commerce ministry called the move bullying and said it would defend its interests to the end.

Shares in Shanghai and Hong Kong fell sharply, and the yuan weakened to its lowest level against the dollar since 2023.`,
  },
  {
    key: "japan-pm", story: "japan-pm", topic: "resignation", source: "Tokyo Evening", date: "2025-09-07",
    title: "Japan's prime minister announces resignation",
    text: `Japanese Prime Minister Hiroshi Tanabe said on Sunday he would step down, weeks after his Liberal Democratic Party lost its majority in the upper house election.

Tanabe told a news conference that he wanted to take responsibility for the defeat now that a trade agreement with the United States had been signed. The party will hold a leadership vote in early October.

Possible successors include former economic security minister Sanae Kurosawa and agriculture minister Shinjiro Ishikawa. The yen fell on the news.`,
  },
  {
    key: "thai-cambodia-a", story: "thai-cambodia", topic: "border-clash", source: "Mekong Observer", date: "2025-07-24",
    title: "Thai and Cambodian troops clash at disputed border",
    text: `Thai and Cambodian soldiers exchanged fire near the ancient Ta Muen Thom temple on Thursday, and Thailand sent F-16 jets to strike Cambodian military positions, in the worst fighting between the neighbours in more than a decade.

Thai officials said eleven civilians were killed when rockets hit a petrol station in Sisaket province. Cambodia's defence ministry accused Thailand of aggression and said it had acted in self-defence.

Bangkok closed all border crossings and recalled its ambassador from Phnom Penh.`,
  },
  {
    key: "thai-cambodia-b", story: "thai-cambodia", topic: "border-clash", source: "Gulf of Siam News", date: "2025-07-25",
    title: "Civilians flee as border fighting spreads",
    text: `Tens of thousands of villagers in Thailand's Sisaket and Surin provinces fled to shelters on Friday as artillery fire spread along the border with Cambodia, a day after clashes near the Ta Muen Thom temple left eleven Thai civilians dead.

Thai F-16 jets had bombed Cambodian positions on Thursday. Phnom Penh said its forces were defending Cambodian territory and called for a ceasefire, while Bangkok insisted talks could only happen once the shelling stopped.

The border crossings remain closed and Thailand's ambassador has been recalled.`,
  },
  {
    key: "india-pakistan-airspace", story: "india-pakistan-airspace", topic: "border-clash", source: "Subcontinent Ledger", date: "2025-04-25",
    title: "Pakistan closes airspace to Indian airlines",
    text: `Pakistan closed its airspace to Indian airlines and suspended all trade with India on Thursday, a day after New Delhi downgraded diplomatic ties following a deadly attack on tourists in Kashmir.

India has blamed Pakistan for the attack near Pahalgam, in which 26 people were killed, and suspended a river water treaty. Islamabad denied any role and said halting the flow of water would be treated as an act of war.

Flights from Delhi to Europe and North America now face detours of up to two hours.`,
  },
  {
    key: "kenya-protest", story: "kenya-protest", topic: "protest", source: "Nairobi Standard Review", date: "2025-06-25",
    title: "Deadly clashes on anniversary of Kenya tax protests",
    text: `At least eight people were killed in Kenya on Wednesday as police fired tear gas and live rounds at crowds marking the anniversary of last year's protests against a finance bill.

Demonstrators in Nairobi marched toward parliament, and shops were looted in Mombasa and Nakuru. The communications authority ordered television stations to stop broadcasting the protests live.

Amnesty International said most of the dead had been shot, and called on Interior Minister Peter Kamau to order an independent inquiry.`,
  },
  {
    key: "eu-tech-fine", story: "eu-tech-fine", topic: "regulation", source: "Brussels Brief", date: "2025-09-05",
    title: "EU fines search company 2.9 billion euros over advertising",
    text: `The European Commission fined a large American search company 2.95 billion euros on Friday for favouring its own advertising services over those of rivals, and ordered it to end the practice within sixty days.

Competition Commissioner Elena Marquez said the company had abused its dominance for more than a decade. The company said it would appeal, arguing that its tools help small businesses reach customers.

The fine came despite warnings from Washington that penalties on American technology firms could provoke retaliation.`,
  },
  {
    key: "measles-campaign", story: "measles-campaign", topic: "health", source: "Global Health Notes", date: "2025-03-20",
    title: "WHO launches measles vaccination drive after outbreaks",
    text: `The World Health Organization and UNICEF launched a campaign on Thursday to vaccinate 20 million children against measles in twelve countries after outbreaks in Africa, Europe and Central Asia.

Cases in Europe reached their highest level in 25 years in 2024, WHO regional director Hans Kluge said, blaming the fall in routine vaccination during the pandemic.

Health workers will go door to door in Nigeria, Ethiopia, Kazakhstan and Romania, among others. The campaign is funded in part by the vaccine alliance Gavi.`,
  },
  {
    key: "iceland-volcano-a", story: "iceland-volcano", topic: "volcano", source: "North Atlantic Post", date: "2025-04-01",
    title: "Volcano erupts again near Grindavík",
    text: `A volcanic eruption began on the Reykjanes peninsula in southwest Iceland on Tuesday morning, the eleventh since 2021, sending lava toward defensive walls built around the fishing town of Grindavík.

The Icelandic Meteorological Office said a fissure about 1,200 metres long had opened north of the town after a swarm of earthquakes. The Blue Lagoon spa and the remaining residents of Grindavík were evacuated.

Keflavík international airport stayed open and flights were not affected, the airport operator said.`,
  },
  {
    key: "iceland-volcano-b", story: "iceland-volcano", topic: "volcano", source: "Reykjavik Review", date: "2025-04-01",
    title: "Lava flows toward Grindavík walls, Blue Lagoon evacuated",
    text: `Lava from a new fissure on the Reykjanes peninsula was flowing toward the barriers that protect Grindavík on Tuesday, hours after an earthquake swarm gave way to the area's eleventh eruption in four years.

The crack in the ground, about 1.2 kilometres long, opened just north of the town. Police evacuated the few people who still live in Grindavík, as well as guests at the Blue Lagoon.

Flights to and from Keflavík continued as normal, according to Isavia, which runs the airport.`,
  },
  {
    key: "mali-hostages", story: "mali-hostages", topic: "hostages", source: "Sahel Watch", date: "2025-05-10",
    title: "Two aid workers freed in Mali after five months",
    text: `Two aid workers kidnapped in central Mali in December were freed on Saturday and flown to Bamako, their organisation and the Malian government said.

The pair, a Swiss nurse and a Malian driver working for a medical charity near Mopti, had been held by a group linked to al-Qaeda. Mali's junta said the release followed mediation by community leaders and denied that any ransom had been paid.

Charity director Anna Keller thanked everyone who had worked for their release and said the organisation would review its security in the region.`,
  },
  {
    key: "bridge-collapse", story: "bridge-collapse", topic: "accident", source: "Rhine Gazette", date: "2025-05-20",
    title: "Motorway bridge partly collapses in Dresden",
    text: `A section of the Carola bridge over the Elbe in Dresden collapsed during the night to Tuesday, dropping tram tracks and a footpath into the river, police said. Nobody was hurt because the bridge was closed to traffic at the time.

Engineers said corrosion of steel cables inside the concrete was the likely cause. Mayor Dirk Hilbert said the rest of the bridge would have to be demolished and that the city would check every bridge of the same design.

Fire crews worked to remove debris before the river level rises with expected rain.`,
  },
  {
    key: "airport-cyberattack", story: "airport-cyberattack", topic: "cyberattack", source: "Atlantic Review", date: "2025-09-20",
    title: "Cyberattack disrupts check-in at European airports",
    text: `A cyberattack on a provider of check-in and boarding software caused delays and cancellations at several European airports on Saturday, including Brussels, Berlin and London Heathrow.

Staff at Brussels airport checked passengers in by hand, and about 100 flights were cancelled there, the airport said. The software company, Collins Aerospace, said it was working to restore its systems as quickly as possible.

The European Commission said there was no sign of a widespread or severe attack, and that air traffic control was not affected.`,
  },
  {
    key: "rovers-striker-a", story: "rovers-striker", topic: "club-signing", source: "Harbour Sport", date: "2025-08-28",
    title: "Rovers sign striker Ferreyra on three-year deal",
    text: `Harbour City Rovers have signed the Uruguayan striker Mateo Ferreyra on a three-year contract, the club announced on Thursday, for a fee reported to be about 4 million euros.

Ferreyra, 24, scored 19 league goals for Montevideo Wanderers last season and passed his medical on Wednesday. Rovers manager Dana Kowalczyk said Ferreyra was the forward the squad had lacked since the spring. "Mateo presses from the front and finishes with both feet," Kowalczyk said.

Ferreyra will wear the number nine shirt and could make his debut against Northport on Sunday if his work permit is cleared in time. Rovers finished fifth last season, and supporters had urged the board to spend before the transfer window closes on Monday.`,
  },
  {
    key: "rovers-striker-b", story: "rovers-striker", topic: "club-signing", source: "Northern Football Weekly", date: "2025-08-29",
    title: "Ferreyra arrives at Harbour City",
    text: `Mateo Ferreyra has completed his move from Montevideo Wanderers to Harbour City Rovers, ending a chase that lasted most of the summer.

The 24-year-old Uruguayan agreed terms until 2028, and the two clubs are understood to have settled on a fee close to 4 million euros after Wanderers turned down a first bid in July. Ferreyra's 19 goals made him the second-highest scorer in Uruguay's top division.

Kowalczyk had made no secret of wanting a new centre-forward, and Ferreyra is expected to lead the line on Sunday at Northport. Supporters gathered outside the ground on Thursday evening to greet Ferreyra as he signed autographs.`,
  },
  {
    key: "rovers-keeper", story: "rovers-keeper", topic: "club-signing", source: "Harbour Sport", date: "2025-08-31",
    title: "Rovers add goalkeeper Lindqvist before deadline",
    text: `Harbour City Rovers have signed the Swedish goalkeeper Jonas Lindqvist on a two-year contract, the club announced on Saturday, two days before the transfer window closes.

Lindqvist, 31, spent six seasons at Malmö Athletic and kept 14 clean sheets last season. He joins on a free transfer after his contract expired in June. Rovers manager Dana Kowalczyk said Lindqvist would compete with the academy graduate who started the first two matches. "Jonas brings experience and calm," Kowalczyk said.

Lindqvist is Rovers' second signing of the week after the arrival of a striker from Uruguay, and he could be on the bench against Northport on Sunday. Supporters had urged the board to strengthen the defence as well as the attack before the window closes on Monday.`,
  },
];
