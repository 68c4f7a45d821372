//! The word lists and the `Lexicon` that answers, in one look-up, what each list says of a
//! word: given name, place, organisation, title, common word and the other classes.

use super::*;

const GIVEN_FILE: &str = include_str!("../lists/given_names.txt");
const AMBIGUOUS_FILE: &str = include_str!("../lists/ambiguous_given_names.txt");
const TITLES_FILE: &str = include_str!("../lists/titles.txt");
const COUNTRIES_FILE: &str = include_str!("../lists/countries.txt");
const PLACES_FILE: &str = include_str!("../lists/places.txt");
const NATIONALITIES_FILE: &str = include_str!("../lists/nationalities.txt");
const ORGANISATIONS_FILE: &str = include_str!("../lists/organisations.txt");
const NON_NAMES_FILE: &str = include_str!("../lists/non_names.txt");
const COMMON_FILE: &str = include_str!("../lists/common_words.txt");
const LESS_COMMON_FILE: &str = include_str!("../lists/less_common_words.txt");

/// Given names beyond the shared list (comma separated).
const GIVEN_EXTRA: &str = "Aaron, Abdul, Abdullah, Adam, Adrian, Ahmed, Alan, Albert, Alberto, Alex, \
Alexander, Alexandra, Alexei, Alfred, Ali, Alice, Alison, Amanda, Amy, Anatoly, Andre, Andrea, \
Andreas, Andrei, Andrew, Andy, Angela, Ann, Anna, Anne, Anthony, Antonio, Arnold, Arthur, Barbara, \
Barry, Ben, Benjamin, Bernard, Bill, Bob, Boris, Brian, Bruce, Carl, Carlos, Caroline, Catherine, \
Charles, Charlie, Chris, Christian, Christine, Christopher, Claire, Colin, Craig, Daniel, Danny, \
Darren, Dave, David, Dean, Dennis, Derek, Diana, Dmitry, Donald, Douglas, Edward, Elizabeth, Emily, \
Emma, Eric, Francis, Francisco, Frank, Fred, Gary, Geoff, George, Gerhard, Gordon, Graham, Greg, \
Hans, Harry, Helen, Henry, Howard, Hugh, Iain, Ian, Igor, Ivan, Jack, Jacques, James, Jan, Jane, \
Janet, Jason, Jean, Jeff, Jennifer, Jeremy, Jim, Jimmy, Joe, Johan, John, Jon, Jonathan, Jose, \
Joseph, Juan, Julia, Julian, Karen, Kate, Keith, Kevin, Kim, Kofi, Laura, Lee, Leonid, Lewis, Linda, \
Lisa, Louise, Luis, Manuel, Marc, Margaret, Maria, Mario, Mark, Martin, Mary, Matt, Matthew, Michael, \
Michel, Michelle, Mick, Mike, Mikhail, Mohammed, Muhammad, Nancy, Neil, Nelson, Nick, Nicholas, \
Nicola, Nigel, Oleg, Oliver, Pascal, Patricia, Patrick, Paul, Pedro, Peter, Phil, Philip, Pierre, \
Rachel, Ralph, Raymond, Richard, Rick, Rob, Robert, Robin, Roger, Ronald, Ruth, Ryan, Sally, Sam, \
Samuel, Sarah, Scott, Sean, Sergei, Simon, Stephen, Steve, Steven, Stuart, Susan, Thomas, Tim, Tom, \
Tony, Vladimir, Walter, Wayne, William, Yuri, Zoe";

/// Given names that are also ordinary words or places.
const AMBIGUOUS_EXTRA: &str = "Brook, Winter, Page";

/// Honorifics and roles that precede a name (compared case-insensitively).
const TITLES_EXTRA: &str = "Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Professor, Sir, Dame, Lord, Lady, \
Baroness, Baron, Rev, Reverend, Father, Sister, Brother, Rabbi, Imam, Sheikh, Cardinal, Archbishop, \
Bishop, Pope, King, Queen, Prince, Princess, Duke, Duchess, Earl, Count, Countess, Emperor, \
President, President-elect, Vice President, Vice-President, Prime Minister, Deputy Prime Minister, \
Chancellor, Foreign Minister, Foreign Secretary, Home Secretary, Defence Secretary, Defense Secretary, \
Secretary of State, Secretary, Minister, Senator, Sen, Sens, Congressman, Congresswoman, \
Representative, Rep, Governor, Gov, Mayor, Judge, Justice, Chief Justice, Attorney General, \
General, Gen, Lieutenant, Lt, Colonel, Col, Major, Maj, Captain, Capt, Commander, Admiral, Sergeant, \
Sgt, Corporal, Private, Officer, Detective, Inspector, Constable, Speaker, Ambassador, \
Commissioner, Coach, Manager, Premier, Leader, Chairman, Chairwoman, Director, Dictator, \
Supreme Leader, Ayatollah, Lieutenant-Colonel, Lieutenant-General, Major-General, \
Brigadier-General, Rear-Admiral, Vice-Admiral, Brigadier, Field Marshal, Marshal, Crown Prince, Tsar, Pharaoh, MP, MEP, \
coach, manager, striker, midfielder, defender, goalkeeper, forward, winger, captain, skipper, \
batsman, bowler, all-rounder, opener, spinner, pitcher, quarterback, jockey, trainer, rider, \
driver, player, team-mate, teammate, champion, seed, runner, sprinter, boxer, golfer, cyclist, \
ceo, cfo, coo, cto, md, chief executive, chief executive officer, chief operating officer, chief financial officer, \
finance director, managing director, executive, chairman, chairwoman, chair, president, \
vice president, vice-president, founder, co-founder, boss, owner, director, producer, \
actor, actress, singer, rapper, songwriter, musician, guitarist, drummer, comedian, presenter, \
host, author, novelist, writer, poet, playwright, artist, designer, photographer, film-maker, \
filmmaker, star, frontman, lead singer, spokesman, spokeswoman, spokesperson, analyst, economist, \
strategist, lawyer, attorney, prosecutor, barrister, solicitor, judge, minister, secretary, \
senator, governor, mayor, leader, MP, candidate, nominee, councillor, ambassador, envoy, diplomat, \
negotiator, adviser, advisor, aide, colleague, deputy, rival, opponent, challenger, successor, \
predecessor, husband, wife, son, daughter, brother, sister, father, mother, uncle, aunt, \
grandson, granddaughter, cousin, widow, partner, boyfriend, girlfriend, fiancee, fiance, \
professor, researcher, scientist, doctor, surgeon, dr, editor, journalist, reporter, \
correspondent, columnist, commentator, critic, historian, campaigner, activist, chancellor, \
premier, prime minister, foreign minister, finance minister, defence minister, \
president-elect, economy minister, trade minister, interior minister, dictator, tycoon, \
billionaire, businessman, businesswoman, entrepreneur, investor, banker, official, officer, \
chief, head, veteran, legend, compatriot, countryman, countrywoman, fellow, teenager, winner, \
referee, umpire, skipper, vice-captain, centre, centre-back, full-back, fly-half, scrum-half, \
prop, hooker, lock, flanker, wing, number eight, outside-half, right-back, left-back, \
keeper, shortstop, outfielder, catcher, infielder, guard, centre-forward, playmaker, \
sweeper, stopper, substitute, fullback, full back, halfback, lineman, linebacker, \
 international, cricketer, footballer, tennis player, \
world champion, world number one, number one, counterpart";

/// Sovereign states and their common short forms.
const COUNTRIES_EXTRA: &str = "Afghanistan, Albania, Algeria, America, Angola, Argentina, Armenia, \
Australia, Austria, Azerbaijan, Bahrain, Bangladesh, Belarus, Belgium, Bolivia, Bosnia, Brazil, \
Britain, Bulgaria, Burundi, Cambodia, Cameroon, Canada, Chile, China, Colombia, Congo, Croatia, \
Cuba, Cyprus, Czech Republic, Denmark, Ecuador, Egypt, England, Eritrea, Estonia, Ethiopia, \
Finland, France, Gabon, Georgia, Germany, Ghana, Greece, Guatemala, Haiti, Holland, Honduras, \
Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Jamaica, Japan, Jordan, \
Kazakhstan, Kenya, Korea, Kosovo, Kuwait, Latvia, Lebanon, Liberia, Libya, Liechtenstein, \
Lithuania, Luxembourg, Macedonia, Malaysia, Mali, Malta, Mexico, Moldova, Mongolia, Montenegro, \
Morocco, Mozambique, Myanmar, Namibia, Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, \
North Korea, Norway, Oman, Pakistan, Palestine, Panama, Paraguay, Peru, Philippines, Poland, \
Portugal, Qatar, Romania, Russia, Rwanda, Saudi Arabia, Scotland, Senegal, Serbia, Sierra Leone, \
Singapore, Slovakia, Slovenia, Somalia, South Africa, South Korea, Spain, Sri Lanka, Sudan, Sweden, \
Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand, Tunisia, Turkey, Uganda, Ukraine, \
United Kingdom, United States, Uruguay, Uzbekistan, Venezuela, Vietnam, Wales, Yemen, Yugoslavia, \
Zambia, Zimbabwe, US, USA, UK, EU, UN";

/// Cities, regions and other places.
const PLACES_EXTRA: &str = "London, Paris, Moscow, Washington, New York, Berlin, Rome, Madrid, \
Tokyo, Beijing, Brussels, Geneva, Vienna, Dublin, Edinburgh, Cardiff, Belfast, Manchester, \
Liverpool, Birmingham, Leeds, Glasgow, Kiev, Kyiv, Jerusalem, Gaza, Baghdad, Tehran, Kabul, \
Istanbul, Cairo, Sydney, Melbourne, Toronto, Chicago, Los Angeles, San Francisco, Boston, Texas, \
California, Florida, Palm Beach, Hong Kong, Shanghai, Delhi, Mumbai, Europe, Asia, Africa, \
Middle East, Far East, Latin America, South America, North America, West Bank, Balkans, Caribbean, \
Wall Street, Downing Street, Whitehall, Westminster, Hollywood, Silicon Valley, Kremlin, \
White House, Pentagon, Capitol Hill, Vatican, Yorkshire, Lancashire, Kent, Surrey, Sussex, Essex, \
Cornwall, Devon, Scandinavia, Siberia, Crimea, Kosovo, Chechnya, Tibet, Bavaria, Catalonia";

/// Adjectives of nationality, region and religion.
const NATIONALITIES_EXTRA: &str = "American, British, English, Scottish, Welsh, Irish, French, \
German, Italian, Spanish, Portuguese, Dutch, Belgian, Swiss, Austrian, Swedish, Norwegian, Danish, \
Finnish, Russian, Ukrainian, Polish, Czech, Slovak, Hungarian, Romanian, Bulgarian, Greek, Turkish, \
Serbian, Croatian, Bosnian, Israeli, Palestinian, Iranian, Iraqi, Syrian, Lebanese, Egyptian, \
Saudi, Afghan, Pakistani, Indian, Chinese, Japanese, Korean, Vietnamese, Thai, Indonesian, \
Australian, Canadian, Mexican, Brazilian, Argentine, Argentinian, Chilean, Colombian, Peruvian, \
Venezuelan, Cuban, Jamaican, Nigerian, Kenyan, Ethiopian, South African, Zimbabwean, Moroccan, \
Algerian, Tunisian, Libyan, European, Asian, African, Arab, Western, Eastern, Northern, Southern, \
Muslim, Jewish, Catholic, Protestant, Hindu, Sikh, Buddhist, Islamic, Latin, Nordic, \
Soviet, Yugoslav, Kurdish, Kurd, Scandinavian, Briton, Britons, Scot, Scots, Brit, Yank, Caribbean, Belarusian, Georgian, Lithuanian, Latvian, \
Estonian, Slovenian, Moldovan, Armenian, Azeri, Kazakh, Uzbek, Chechen, Tibetan, Taiwanese, \
Filipino, Malaysian, Singaporean, Bangladeshi, Sri Lankan, Nepalese, Burmese, Zambian, Ugandan, \
Tanzanian, Ghanaian, Senegalese, Cameroonian, Sudanese, Somali, Rwandan, Congolese, Angolan, \
Icelandic, Luxembourg, Maltese, Cypriot, Qatari, Kuwaiti, Emirati, Jordanian, Yemeni, Omani, \
New Zealander, Kiwi, Aussie, Yankee, Republican, Democrat, Democratic, Labour, Tory, Conservative, \
Liberal, Socialist, Communist, Nationalist, Unionist";

/// Organisations that look like names.
const ORGANISATIONS_EXTRA: &str = "Washington Post, New York Times, Wall Street Journal, \
Financial Times, Reuters, Associated Press, Bloomberg, BBC, CNN, Fox News, Sky News, Sky, \
Microsoft, Apple, Google, Amazon, Facebook, Twitter, Yahoo, Sony, Nintendo, Intel, Nokia, \
Vodafone, Toyota, Ford, General Motors, Boeing, Airbus, Tesco, Sainsbury, Marks, Spencer, \
Kremlin, Nato, Opec, Interpol, Fifa, Uefa, Nasdaq, Dow Jones, Goldman Sachs, Morgan Stanley, \
Deutsche Bank, Barclays, Lloyds, Shell, Exxon, Chevron, Honda, Mercedes-Benz, Ferrari, Volkswagen, Nissan, Renault, Fiat, \
Peugeot, Porsche, Hyundai, Samsung, Siemens, Philips, Gazprom, Yukos, Disney, Warner, \
Universal, Paramount, Netflix, Claude Sonnet, Claude Opus, Claude Haiku, Apple Vision Pro, \
Google Gemini, Microsoft Copilot, Instagram, YouTube, TikTok, Turning Point, Hamas, Hezbollah, \
Taliban, Al Qaeda, Lib Dem, Lib Dems, Labour, Tories, Conservatives, Liberal Democrats, Lib Dems, Democrats, \
Republicans, Congress, Senate, Parliament, Commons, Lords, Cabinet, Treasury, Pentagon";

/// Capitalised words that are never (part of) a person's name.
const NON_NAMES_EXTRA: &str = "The, A, An, This, That, These, Those, It, Its, He, She, They, We, \
I, You, His, Her, Their, Our, My, Your, Him, Them, Us, In, On, At, Of, For, With, From, By, To, \
Into, After, Before, During, Under, Over, About, As, And, But, Or, Nor, So, Yet, If, When, While, \
Where, Why, How, What, Which, Who, Whom, Whose, There, Here, Then, Now, Not, No, Yes, All, Some, \
Many, Most, Both, Each, Every, Any, One, Two, Three, Four, Five, Six, Seven, Eight, Nine, Ten, \
First, Second, Third, Last, Next, Old, Mr, Mrs, Ms, Dr, Sir, Also, Although, Though, Because, \
Since, Until, Unless, Despite, Meanwhile, However, Moreover, Furthermore, Indeed, Instead, \
Asked, Speaking, According, Christians, Muslims, Jews, Hurricane, Storm, Typhoon, Cyclone, Tropical, Operation, Earlier, Later, Today, Tonight, Yesterday, Tomorrow, \
January, February, March, April, May, June, July, August, September, October, November, \
December, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec, Monday, Tuesday, \
Wednesday, Thursday, Friday, Saturday, Sunday, Christmas, Easter, Ramadan, \
Twitter, X, Getty, Getty Images, Images, Reuters, AP, AFP, PA, EPA, Shutterstock, Instagram, \
Facebook, YouTube, TikTok, Telegram, WhatsApp, Threads, Bluesky, Mastodon, Snapchat, LinkedIn, \
Reddit, Twitch, Substack, Weibo, WeChat, Pool, File, Photo, Photograph, Credit, Source, Wikimedia, Commons, \
Alamy, Handout, Screenshot, Video, Watch, Read, More, READ, MORE, Advertisement, \
Government, Parliament, Street, Road, Avenue, Square, Cup, League, Championship, Open, Games, \
Olympics, Olympic, World, National, International, Internet, Web, Net, God, Lord, Allah, \
Minister, Ministry, Department, Office, Committee, Commission, Council, Court, Police, Army, \
Navy, Force, Forces, Armed, State, States, Union, Republic, Kingdom, Empire, Federation, \
North, South, East, West, Central, Middle, Upper, Lower, Greater, Great, Premiership, \
Division, Group, Final, Finals, Semi, Round, Test, Series, Grand, Prix, Prize, Award, Awards, \
Oscar, Oscars, Bafta, Grammy, Grammys, Emmy, Brit, Brits, Album, Chart, Show, Festival, Film, \
Music, News, Times, Post, Journal, Daily, Weekly, Sunday, Magazine, Radio, TV, Television, \
Channel, Online, Digital, Mobile, Phone, Broadband, Windows, Xbox, PlayStation, iPod, Mac, \
Labour, Tory, Tories, Conservative, Conservatives, Liberal, Democrat, Democrats, Republican, \
Republicans, Party, Election, Budget, Act, Treaty, Agreement, Accord, Plan, Report, \
Inquiry, Review, Index, Exchange, Market, Markets, Economy, Economic, Tax, Revenue, Customs, \
Home, Foreign, Defence, Defense, Health, Education, Justice, Trade, Industry, Energy, \
Environment, Transport, Interior, Finance, Treasury, Cabinet, Senate, Congress, Assembly, \
Airport, Station, Hospital, School, Church, Cathedral, Museum, Gallery, Theatre, Stadium, \
Park, Hall, Tower, Bridge, Palace, House, Castle, Centre, Center, Island, Islands, River, Lake, \
Mount, Mountains, Valley, Bay, Coast, Sea, Ocean, Gulf, Channel, Strait, Province, County, \
Region, District, City, Town, Village, Borough, Capital";

/// Words that make a capitalised run an organisation, venue or event.
const ORG_WORDS: &str = "Orchestra, Philharmonic, Symphony, Choir, Harriers, Realty, Bank, Banks, Party, Ltd, Limited, Plc, PLC, Inc, Corp, Corporation, \
Co, Company, Companies, Group, Holding, Holdings, United, City, Town, Rovers, Wanderers, Athletic, Albion, \
County, FC, AFC, CF, SC, Club, University, College, Institute, School, Academy, Foundation, Trust, \
Fund, Association, Society, Federation, Union, League, Council, Committee, Commission, Ministry, \
Department, Agency, Authority, Service, Services, Board, Bureau, Office, Court, Tribunal, \
Parliament, Assembly, Senate, Congress, Government, Administration, Army, Navy, Force, Forces, \
Police, Guard, Brigade, Regiment, Airlines, Airways, Air, Motors, Motor, Systems, Technologies, \
Technology, Software, Networks, Communications, Telecom, Media, Entertainment, Records, Studios, \
Pictures, Productions, Press, News, Times, Post, Journal, Herald, Gazette, Telegraph, Guardian, \
Observer, Magazine, Review, Index, Exchange, Stock, Securities, Capital, Partners, Investments, \
Insurance, Energy, Oil, Gas, Petroleum, Electric, Power, Industries, Industrial, International, \
Street, Road, Avenue, Square, Lane, Park, Stadium, Arena, Ground, Hall, Centre, Center, Tower, \
Bridge, Palace, House, Castle, Hospital, Airport, Station, Church, Cathedral, Museum, Gallery, \
Theatre, Hotel, Island, Islands, River, Lake, Mountains, Valley, Bay, Coast, Sea, Ocean, Province, \
Region, District, Republic, Kingdom, Empire, State, States, Cup, Championship, Championships, \
Open, Games, Olympics, Trophy, Prix, Awards, Award, Prize, Festival, Show, Series, Tour, \
Grand, Act, Treaty, Accord, Agreement, Declaration, Convention, Reserve, Treasury, Council, \
Movement, Front, Alliance, Coalition, Brothers, Sons, Associates, Consulting, Labs, Laboratories, \
Pharmaceuticals, Foods, Stores, Auditorio, Teatro, Palacio, Estadio, Museo, Plaza, Parque, \
Vale, Alpes, Alps, Crater, Laboratory, Observatory, Desk, Aid, Fellowship, Mail, Movies, Advisors, Advisers, Dons, Liga, Serie, Bundesliga, Ligue, Eredivisie, Analytics, Robotics, Therapeutics, Biotech, Ventures, Platforms, Newsroom, Bros, SpA, AG, SA, NV, BV, GmbH, Boerse, Arts, \
 Markets, Mobile, Online, Digital, Channel, Network, TV, Radio, Interactive, \
Borussia, Deportivo, Olympique, Atletico, Atlético, Dynamo, Dinamo, Lokomotiv, Spartak, Sparta, Slavia, \
Steaua, Partizan, Hajduk, Legia, Organization, Organisation, Programme, Initiative, Berhad, Bhd, \
Chemical, Chemicals, Materials, Electronics, Sekuritas, Tbk, Persero";

/// Lower-case particles that belong inside a name ("van der Sar", "bin Laden").
/// `PARTICLES.contains(w)`, as a match the compiler can dispatch on length.
#[inline]
pub(super) fn is_particle_word(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b'd') => matches!(
            w,
            "de" | "da"
                | "das"
                | "do"
                | "dos"
                | "der"
                | "den"
                | "del"
                | "della"
                | "di"
                | "du"
                | "dal"
                | "dei"
                | "degli"
                | "delle"
                | "dela"
                | "des"
        ),
        Some(b'v') => matches!(w, "van" | "von"),
        Some(b'l') => matches!(w, "le" | "la" | "los" | "las"),
        Some(b'b') => matches!(w, "bin" | "bint" | "binti"),
        Some(b'i') => w == "ibn",
        Some(b't') => matches!(w, "ter" | "ten" | "tot"),
        Some(b'a') => matches!(w, "al" | "arap" | "ap" | "anak"),
        Some(b'e') => w == "el",
        Some(b'y') => w == "y",
        Some(b'z') => w == "zu",
        Some(b'w') => w == "wa",
        Some(b'u') => w == "ur",
        _ => false,
    }
}

/// `is_particle_word` of a word of at most five bytes given packed (`packed_word`): one
/// slot of a perfect hash table of the packed particles, instead of a branch per letter.
#[inline(always)]
pub(super) fn is_particle_packed(packed: u64) -> bool {
    PARTICLE_SLOTS[(packed.wrapping_mul(PARTICLE_MUL) >> 58) as usize] == packed
}

/// Multiplier of `PARTICLE_SLOTS`: it sends the 39 packed particles to 39 different slots
/// of 64 (found by trying; a test checks).
pub(super) const PARTICLE_MUL: u64 = 0x7b43_cbcc_718b_919b;

/// The packed particles at their slots, 0 (no word) elsewhere.
static PARTICLE_SLOTS: [u64; 64] = {
    let mut slots = [0u64; 64];
    let mut k = 0;
    while k < PARTICLES.len() {
        let w = PARTICLES[k].as_bytes();
        let mut packed = 0u64;
        let mut b = 0;
        while b < w.len() {
            packed |= (w[b] as u64) << (8 * b);
            b += 1;
        }
        slots[(packed.wrapping_mul(PARTICLE_MUL) >> 58) as usize] = packed;
        k += 1;
    }
    slots
};

pub(super) const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "van", "von", "der", "den", "del", "della", "di", "du", "le", "la", "bin", "ibn",
    "ter", "ten", "al", "el", "y", "zu", "dal", "dei", "degli", "delle",
    // "Jomar de los Reyes", "Kiprono arap Chelimo", "Njoroge wa Kamau", "Faisal ur Rehman",
    // "Cristina dela Cruz", "Fatima bint Ahmed", "Gareth ap Rhys", "Siti Hajar binti Osman"
    "los", "las", "arap", "wa", "ur", "dela", "bint", "ap", "binti", // "Laurence des Cars"
    "des",   // "Richard Nyandang anak Unting" (Iban), "Wilhelmina van Heeckeren tot Walien"
    "anak", "tot",
];

/// Lower-case nouns that follow a capitalised modifier which is not a person
/// ("the Vera Rubin platform", "the Blackwell chips").
const NOUNS_AFTER_NON_PEOPLE: &[&str] = &[
    "platform",
    "platforms",
    "chip",
    "chips",
    "processor",
    "processors",
    "architecture",
    "system",
    "systems",
    "model",
    "models",
    "line",
    "range",
    "brand",
    "device",
    "devices",
    "software",
    "app",
    "console",
    "telescope",
    "observatory",
    "mission",
    "spacecraft",
    "rover",
    "satellite",
    "crater",
    "basin",
    "region",
    "province",
    "valley",
    "river",
    "airport",
    "stadium",
    "arena",
    "venue",
    "building",
    "hotel",
    "hospital",
    "campus",
    "prize",
    "award",
    "awards",
    "trophy",
    "medal",
    "cup",
    "championship",
    "tournament",
    "festival",
    "index",
    "scale",
    "treaty",
    "accord",
    "programme",
    "program",
    "scheme",
    "fund",
    "brewery",
    "bank",
    "league",
    "vaccine",
    "virus",
    "variant",
    "syndrome",
    "disease",
    "hurricane",
    "storm",
];

/// Verbs of saying that mark their subject or object as a person.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "explained",
    "insisted",
    "argued",
    "claimed",
    "continued",
    "wrote",
    "writes",
    "stated",
    "noted",
    "warned",
    "admitted",
    "replied",
    "recalled",
    "commented",
    "confirmed",
    "denied",
    "urged",
    "revealed",
    "stressed",
    "suggested",
    "acknowledged",
    "emphasised",
    "emphasized",
    "tweeted",
    "declared",
    "predicted",
    "conceded",
    "complained",
    "remarked",
    "responded",
    "joked",
    "believes",
    "thinks",
    "felt",
    "feels",
    "smiled",
    "laughed",
    "shouted",
    "whispered",
    "observed",
    "maintained",
    "agreed",
    "added",
];

fn comma_list(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn file_list(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set_from(file: &'static str, extra: &'static str) -> Set<&'static str> {
    file_list(file).chain(comma_list(extra)).collect()
}

fn lower_set_from(file: &'static str, extra: &'static str) -> Set<String> {
    file_list(file)
        .chain(comma_list(extra))
        .map(|s| s.replace('.', "").to_lowercase())
        .collect()
}

static GIVEN: LazyLock<Set<&'static str>> = LazyLock::new(|| set_from(GIVEN_FILE, GIVEN_EXTRA));
static AMBIGUOUS: LazyLock<Set<&'static str>> = LazyLock::new(|| set_from(AMBIGUOUS_FILE, AMBIGUOUS_EXTRA));
static TITLES: LazyLock<Set<String>> = LazyLock::new(|| lower_set_from(TITLES_FILE, TITLES_EXTRA));
/// Honorifics written with a capital ("President", "Queen"), lower-cased; the rest are roles.
static HONORIFICS: LazyLock<Set<String>> = LazyLock::new(|| {
    file_list(TITLES_FILE)
        .chain(comma_list(TITLES_EXTRA))
        .filter(|t| first_char(t).is_some_and(char::is_uppercase))
        .map(|s| s.replace('.', "").to_lowercase())
        .collect()
});
/// Every leading part of a multi-word title ("prime", "vice"), so a search can stop early.
static TITLE_PREFIXES: LazyLock<Set<String>> = LazyLock::new(|| {
    let mut out = Set::default();
    for t in TITLES.iter() {
        for (k, _) in t.match_indices(' ') {
            out.insert(t[..k].to_string());
        }
    }
    out
});
/// Every trailing part of a multi-word title ("executive", "minister").
static TITLE_SUFFIXES: LazyLock<Set<String>> = LazyLock::new(|| {
    let mut out = Set::default();
    for t in TITLES.iter() {
        for (k, _) in t.match_indices(' ') {
            out.insert(t[k + 1..].to_string());
        }
    }
    out
});
static PLACES: LazyLock<Set<&'static str>> = LazyLock::new(|| {
    let mut s = set_from(COUNTRIES_FILE, COUNTRIES_EXTRA);
    s.extend(set_from(PLACES_FILE, PLACES_EXTRA));
    s
});
static NATIONALITIES: LazyLock<Set<&'static str>> = LazyLock::new(|| set_from(NATIONALITIES_FILE, NATIONALITIES_EXTRA));
static ORGS: LazyLock<Set<&'static str>> = LazyLock::new(|| set_from(ORGANISATIONS_FILE, ORGANISATIONS_EXTRA));
static NON_NAMES: LazyLock<Set<&'static str>> = LazyLock::new(|| set_from(NON_NAMES_FILE, NON_NAMES_EXTRA));
static ORG_WORD_SET: LazyLock<Set<&'static str>> = LazyLock::new(|| comma_list(ORG_WORDS).collect());
static LESS_COMMON: LazyLock<Set<&'static str>> = LazyLock::new(|| file_list(LESS_COMMON_FILE).collect());
/// First words of multi-word places and organisations ("Sri" of "Sri Lanka"), so that runs
/// are only joined up for look-up where it can match.
static MULTI_WORD_FIRSTS: LazyLock<Set<&'static str>> = LazyLock::new(|| {
    PLACES
        .iter()
        .chain(ORGS.iter())
        .chain(NATIONALITIES.iter())
        .filter_map(|e| e.split_once(' ').map(|(first, _)| first))
        .collect()
});
static COMMON: LazyLock<Set<&'static str>> = LazyLock::new(|| file_list(COMMON_FILE).collect());

/// Exact-case word classes, one look-up for all of them.
pub(super) const L_GIVEN: u32 = 1;
pub(super) const L_AMBIGUOUS: u32 = 2;
pub(super) const L_PLACE: u32 = 4;
pub(super) const L_NATIONALITY: u32 = 8;
pub(super) const L_ORG: u32 = 16;
pub(super) const L_NON_NAME: u32 = 32;
pub(super) const L_ORG_WORD: u32 = 64;
pub(super) const L_MULTI_FIRST: u32 = 128;
pub(super) const L_HEADLINE_FUNCTION: u32 = 256;
pub(super) const L_SUFFIX: u32 = 512;
/// In `REGAL`.
pub(super) const L_REGAL: u32 = 1 << 10;
/// In `SURNAME_TITLES`.
pub(super) const L_SURNAME_TITLE: u32 = 1 << 11;
/// In `OFFICES`.
pub(super) const L_OFFICE: u32 = 1 << 12;
/// In `SEPARATOR_ALWAYS`.
pub(super) const L_SEPARATOR_ALWAYS: u32 = 1 << 13;
/// In `MONTHS_AND_DAYS` or `FUNCTION_WORDS`.
pub(super) const L_MONTH_OR_FUNCTION: u32 = 1 << 14;
/// A nationality noun or plural: a nationality with `s` ("Americans"), or a nationality (or
/// "Scots", "Dutch", "Irish") with man, woman, men or women ("Welshman", "Frenchwomen").
pub(super) const L_NATIONALITY_NOUN: u32 = 1 << 15;

/// Lower-case word classes.
pub(super) const W_COMMON: u32 = 1;
pub(super) const W_LESS_COMMON: u32 = 2;
pub(super) const W_TITLE: u32 = 4;
pub(super) const W_TITLE_PREFIX: u32 = 8;
pub(super) const W_TITLE_SUFFIX: u32 = 16;
pub(super) const W_HONORIFIC: u32 = 32;
pub(super) const W_SPEECH: u32 = 64;
pub(super) const W_NOUN_AFTER: u32 = 128;
pub(super) const W_MINOR: u32 = 256;

/// Every list entry (as written) with the classes it belongs to.
/// A read-only word -> classes table: open addressing on `word_hash`. A slot is 16 bytes:
/// the word's first eight bytes, and a tag of the hash, the length, the classes and where
/// the rest of a longer word starts in `tails`. A look-up of a word of up to eight bytes
/// reads one slot (one cache line, where entry and word were two more).
pub(super) struct Lexicon {
    slots: Vec<LexSlot>,
    /// One bit per `FILTER_BITS` hash value, set for the words in the table: most look-ups
    /// are of words in no list ("Putin", "putin"), and this 32 KiB answers them without
    /// reaching into the table's megabyte, which other work keeps out of the caches.
    filter: Vec<u64>,
    /// Bytes 8.. of the words longer than eight bytes, one after the other.
    tails: Vec<u8>,
    mask: usize,
}

/// One `Lexicon` slot; `meta == 0` is an empty slot.
#[derive(Debug, Clone, Copy, Default)]
struct LexSlot {
    /// The first eight bytes, zero-padded (`le_word`).
    head: u64,
    /// `tag << 48 | len << 40 | classes << 24 | tail offset`.
    meta: u64,
}

/// Longest word a `Lexicon` holds (its length is stored in 8 bits).
const LEX_MAX_LEN: usize = 255;

// A `Lexicon` holds 16 bits of classes: every class must fit.
const _: () = assert!(L_NATIONALITY_NOUN < 1 << 16 && W_MINOR < 1 << 16);

impl LexSlot {
    fn tag(hash: u64) -> u64 {
        hash >> 48
    }

    pub(super) fn len(&self) -> usize {
        ((self.meta >> 40) & 0xff) as usize
    }

    fn classes(&self) -> u32 {
        ((self.meta >> 24) & 0xffff) as u32
    }

    fn tail(&self) -> usize {
        (self.meta & 0xff_ffff) as usize
    }
}

/// Bits of a `Lexicon`'s filter (32 KiB).
const FILTER_BITS: usize = 1 << 18;

/// The filter bit of a word hash: high bits, other than those that pick the slot.
#[inline(always)]
fn filter_bit(hash: u64) -> usize {
    ((hash >> 40) as usize) & (FILTER_BITS - 1)
}

impl Lexicon {
    pub(super) fn new<'k>(entries: impl Iterator<Item = (&'k str, u32)>) -> Self {
        let entries: Vec<(&str, u32)> = entries.filter(|(w, _)| (1..=LEX_MAX_LEN).contains(&w.len())).collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = Lexicon {
            slots: vec![LexSlot::default(); size],
            filter: vec![0; FILTER_BITS / 64],
            tails: Vec::new(),
            mask: size - 1,
        };
        for (w, flags) in entries {
            let h = word_hash(w);
            let bit = filter_bit(h);
            if let Some(f) = table.filter.get_mut(bit / 64) {
                *f |= 1 << (bit % 64);
            }
            let (head, len) = (le_word(w.as_bytes()), w.len() as u64);
            let classes = u64::from(flags & 0xffff);
            let mut i = (h as usize) & table.mask;
            for _ in 0..size {
                let Some(&slot) = table.slots.get(i) else {
                    break;
                };
                if slot.meta == 0 {
                    let tail = table.tails.len() as u64;
                    table.tails.extend_from_slice(w.as_bytes().get(8..).unwrap_or(&[]));
                    let meta = (LexSlot::tag(h) << 48) | (len << 40) | (classes << 24) | (tail & 0xff_ffff);
                    if let Some(s) = table.slots.get_mut(i) {
                        *s = LexSlot { head, meta };
                    }
                    break;
                }
                if table.matches(slot, w.as_bytes(), head, h) {
                    // a word listed more than once has the classes of every listing
                    if let Some(s) = table.slots.get_mut(i) {
                        s.meta |= classes << 24;
                    }
                    break;
                }
                i = (i + 1) & table.mask;
            }
        }
        table
    }

    /// Whether a filled `slot` holds `w` (whose `le_word` is `head`, hash `hash`).
    #[inline(always)]
    fn matches(&self, slot: LexSlot, w: &[u8], head: u64, hash: u64) -> bool {
        slot.head == head
            && slot.meta >> 48 == LexSlot::tag(hash)
            && slot.len() == w.len()
            && (w.len() <= 8 || self.tails.get(slot.tail()..slot.tail() + w.len() - 8) == w.get(8..))
    }

    /// Every word in the table with its classes (for tests).
    #[cfg(test)]
    pub(super) fn words(&self) -> Vec<(String, u32)> {
        self.slots
            .iter()
            .filter(|s| s.meta != 0)
            .map(|s| {
                let mut w = s.head.to_le_bytes()[..s.len().min(8)].to_vec();
                let tail = self.tails.get(s.tail()..s.tail() + s.len().saturating_sub(8));
                w.extend_from_slice(tail.unwrap_or(&[]));
                (String::from_utf8_lossy(&w).into_owned(), s.classes())
            })
            .collect()
    }

    pub(super) fn get(&self, w: &str) -> u32 {
        self.get_with_hash(w, word_hash(w))
    }

    /// `get` of a word given as bytes.
    pub(super) fn get_bytes(&self, w: &[u8]) -> u32 {
        self.get_bytes_with_hash(w, word_hash_bytes(w))
    }

    /// `get`, given `word_hash(w)`.
    pub(super) fn get_with_hash(&self, w: &str, hash: u64) -> u32 {
        self.get_bytes_with_hash(w.as_bytes(), hash)
    }

    /// `get_bytes`, given `word_hash_bytes(w)`.
    pub(super) fn get_bytes_with_hash(&self, w: &[u8], hash: u64) -> u32 {
        if w.is_empty() || w.len() > LEX_MAX_LEN {
            return 0;
        }
        let bit = filter_bit(hash);
        if self.filter.get(bit / 64).is_none_or(|f| f >> (bit % 64) & 1 == 0) {
            return 0;
        }
        let head = le_word(w);
        let mut i = (hash as usize) & self.mask;
        for _ in 0..self.slots.len() {
            let Some(&slot) = self.slots.get(i) else {
                return 0;
            };
            if slot.meta == 0 {
                return 0;
            }
            if self.matches(slot, w, head, hash) {
                return slot.classes();
            }
            i = (i + 1) & self.mask;
        }
        0
    }
}

pub(super) static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    // "Americans", "Welshman": derived nouns
    let mut nouns: Vec<String> = NATIONALITIES.iter().map(|n| format!("{n}s")).collect();
    for n in NATIONALITIES.iter().chain(&["Scots", "Dutch", "Irish"]) {
        for suffix in ["man", "woman", "men", "women"] {
            nouns.push(format!("{n}{suffix}"));
        }
    }
    let sets: [(&Set<&'static str>, u32); 8] = [
        (&GIVEN, L_GIVEN),
        (&AMBIGUOUS, L_AMBIGUOUS),
        (&PLACES, L_PLACE),
        (&NATIONALITIES, L_NATIONALITY),
        (&ORGS, L_ORG),
        (&NON_NAMES, L_NON_NAME),
        (&ORG_WORD_SET, L_ORG_WORD),
        (&MULTI_WORD_FIRSTS, L_MULTI_FIRST),
    ];
    let lists: [(&[&'static str], u32); 8] = [
        (HEADLINE_FUNCTION_WORDS, L_HEADLINE_FUNCTION),
        (SUFFIXES, L_SUFFIX),
        (REGAL, L_REGAL),
        (SURNAME_TITLES, L_SURNAME_TITLE),
        (OFFICES, L_OFFICE),
        (SEPARATOR_ALWAYS, L_SEPARATOR_ALWAYS),
        (MONTHS_AND_DAYS, L_MONTH_OR_FUNCTION),
        (FUNCTION_WORDS, L_MONTH_OR_FUNCTION),
    ];
    // (`Lexicon::new` merges the classes of a word listed more than once)
    let entries = sets
        .into_iter()
        .flat_map(|(set, flag)| set.iter().map(move |w| (*w, flag)))
        .chain(
            lists
                .into_iter()
                .flat_map(|(list, flag)| list.iter().map(move |w| (*w, flag))),
        )
        .chain(nouns.iter().map(|n| (n.as_str(), L_NATIONALITY_NOUN)));
    Lexicon::new(entries)
});

/// Every lower-case entry (common words, titles) with its classes.
pub(super) static LOWER_LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let words: [(&Set<&'static str>, u32); 2] = [(&COMMON, W_COMMON), (&LESS_COMMON, W_LESS_COMMON)];
    let sets: [(&Set<String>, u32); 4] = [
        (&TITLES, W_TITLE),
        (&TITLE_PREFIXES, W_TITLE_PREFIX),
        (&TITLE_SUFFIXES, W_TITLE_SUFFIX),
        (&HONORIFICS, W_HONORIFIC),
    ];
    let lists: [(&[&str], u32); 3] = [
        (SPEECH_VERBS, W_SPEECH),
        (NOUNS_AFTER_NON_PEOPLE, W_NOUN_AFTER),
        (MINOR_WORDS, W_MINOR),
    ];
    // (`Lexicon::new` merges the classes of a word listed more than once)
    let entries = words
        .into_iter()
        .flat_map(|(set, flag)| set.iter().map(move |w| (*w, flag)))
        .chain(
            sets.into_iter()
                .flat_map(|(set, flag)| set.iter().map(move |w| (w.as_str(), flag))),
        )
        .chain(
            lists
                .into_iter()
                .flat_map(|(list, flag)| list.iter().map(move |w| (*w, flag))),
        );
    Lexicon::new(entries)
});

/// The word lists' classes of a capitalised word. A word with accents the lists do not
/// have is looked up without them ("Péter" as "Peter"; the lists give accented entries
/// their plain spelling too, not every plain one its accented forms).
pub(super) fn lex(w: &str) -> u32 {
    let f = LEX.get(w);
    if f != 0 || w.is_ascii() || w.chars().all(|c| fold_accent_any_case(c) == c) {
        return f;
    }
    let plain: String = w.chars().map(fold_accent_any_case).collect();
    LEX.get(&plain)
}

/// `fold_accent` for capitals too ("É" is "E").
fn fold_accent_any_case(c: char) -> char {
    if c.is_uppercase() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let folded = super::fold_accent(lower);
        if folded == lower {
            c
        } else {
            folded.to_ascii_uppercase()
        }
    } else {
        super::fold_accent(c)
    }
}

pub(super) fn lower_lex(l: &str) -> u32 {
    LOWER_LEX.get(l)
}

/// Titles after which a regnal number follows the name ("King Charles III").
pub(super) const REGAL: &[&str] = &[
    "King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar", "Prince", "Princess", "Sultan", "Shah", "Pharaoh",
    "Kaiser",
];

/// Titles that are also surnames when they close a name ("John Major", "Carole King").
pub(super) const SURNAME_TITLES: &[&str] = &[
    "King",
    "Major",
    "Bishop",
    "Judge",
    "Marshal",
    "Baron",
    "Prince",
    "Earl",
    "Duke",
    "Knight",
    "Pope",
    "Dean",
    "Sheriff",
    "Abbott",
    "Cardinal",
    "Constable",
    "Chancellor",
    "Mayor",
    "Page",
    "Chief",
    "Count",
    "Squire",
    "Deacon",
    "Parsons",
    "Sergeant",
    "Sen",
    // "Amit Shah", "Nikhil Shah"
    "Shah",
    // "Andy Lord", "Mr Lord"
    "Lord",
];

/// Offices that follow a name only as a separate phrase ("Anna Lindqvist, President").
pub(super) const OFFICES: &[&str] = &[
    "President",
    "Minister",
    "Secretary",
    "Senator",
    "Governor",
    "Mayor",
    "Premier",
    "Chairman",
    "Chancellor",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Professor",
    "Judge",
    "General",
    "Captain",
    "Coach",
    "Manager",
    "Director",
    "Ambassador",
    "Commissioner",
];

/// Sentence openers that follow a sentence ending in a capital letter ("World War I. But").
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "Then",
    "Now",
    "Besides",
    "However",
    "Meanwhile",
    "In",
    "On",
    "At",
    "For",
    "With",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Although",
    "Though",
    "Also",
    "What",
    "Who",
    "Why",
    "How",
];

/// Month and weekday names, which stay dates even after an initial ("J. Smith May 5").
pub(super) const MONTHS_AND_DAYS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words that always divide a run, even after a given name.
pub(super) const SEPARATOR_ALWAYS: &[&str] = &[
    "And",
    "Or",
    "But",
    "The",
    "Of",
    "In",
    "On",
    "At",
    "For",
    "With",
    "To",
    "From",
    "By",
    "As",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Government",
    "Budget",
    "Party",
    "Council",
    "Committee",
    "News",
    "Street",
    "Road",
    "Show",
    "Cup",
];

/// Generational suffixes: part of the name they close, never a name alone.
pub(super) const SUFFIXES: &[&str] = &["Jr", "Jr.", "Jnr", "Jnr.", "Snr", "Snr.", "Sr", "Sr."];

/// Second halves of hyphenated adjectives that precede names ("Ohio-based").
pub(super) const HYPHEN_TAILS: &[&str] = &[
    "based",
    "born",
    "listed",
    "controlled",
    "owned",
    "led",
    "backed",
    "run",
    "style",
    "bred",
    "raised",
    "made",
    "funded",
    "registered",
    "headquartered",
    "trained",
    "educated",
    "era",
    // "Twelve-year-old Kavisha", "Six-month-old Aiden"
    "year-old",
    "month-old",
    // "last year's Oscar-winning Lord of the Rings", "the Bafta-nominated Ruth Wilson"
    "winning",
    "nominated",
    // "his Semana Santa-inspired show", "a Wagner-themed night", "the Chelsea-linked Ivo Mara"
    "inspired",
    "themed",
    "linked",
    "sponsored",
    "affiliated",
];

/// "II", "VIII", "XIV": regnal numbers.
pub(super) fn is_roman(w: &str) -> bool {
    // (the first letter first: it rules out nearly every word, and predictably)
    matches!(w.as_bytes().first(), Some(b'I' | b'V' | b'X'))
        && w.len() <= 5
        && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// The commonest Korean surnames as news romanises them.
const KOREAN_SURNAMES: &[&str] = &[
    "Ahn", "Bae", "Baek", "Ban", "Byun", "Cha", "Chang", "Cho", "Choi", "Chun", "Chung", "Go", "Ha", "Han", "Heo",
    "Hong", "Hwang", "Hyun", "Jang", "Jeon", "Jeong", "Jin", "Jo", "Ju", "Jung", "Kang", "Kim", "Ko", "Koo", "Kwon",
    "Lee", "Lim", "Moon", "Nam", "Noh", "Oh", "Park", "Roh", "Ryu", "Seo", "Shin", "Son", "Song", "Suh", "Um", "Won",
    "Woo", "Yang", "Yoo", "Yoon", "Yu", "Yun",
];

/// A Vietnamese family name before a middle name: the start of a full name of up to four
/// words, whose last words are its given names whatever else they are in English
/// ("Thu", "My", "Long"). (It runs for every word after the first of a run: as matches the
/// compiler dispatches on length, not as scans of lists.)
pub(super) fn is_vietnamese_start(surname: &str, middle: &str) -> bool {
    is_vietnamese_middle(middle) && is_vietnamese_surname(surname)
}

/// Vietnamese family names, with and without their accents ("Nguyen", "Nguyễn").
fn is_vietnamese_surname(w: &str) -> bool {
    matches!(
        w,
        "Nguyen"
            | "Nguyễn"
            | "Tran"
            | "Trần"
            | "Le"
            | "Lê"
            | "Pham"
            | "Phạm"
            | "Hoang"
            | "Hoàng"
            | "Huynh"
            | "Huỳnh"
            | "Phan"
            | "Vu"
            | "Vũ"
            | "Vo"
            | "Võ"
            | "Dang"
            | "Đặng"
            | "Bui"
            | "Bùi"
            | "Do"
            | "Đỗ"
            | "Ho"
            | "Hồ"
            | "Ngo"
            | "Ngô"
            | "Duong"
            | "Dương"
            | "Ly"
            | "Lý"
            | "Truong"
            | "Trương"
            | "Dinh"
            | "Đinh"
            | "Trinh"
            | "Trịnh"
            | "Luong"
            | "Lương"
            | "Doan"
            | "Đoàn"
            | "Mai"
            | "Cao"
            | "Lam"
            | "Lâm"
            | "Quach"
            | "Quách"
            | "Luu"
            | "Lưu"
            | "Vuong"
            | "Vương"
            | "Kieu"
            | "Kiều"
            | "Nghiem"
            | "Nghiêm"
            | "Chu"
    )
}

/// Names that follow a Vietnamese family name in the middle of a full name ("Nguyen Thi
/// Thu Ha", "Le Van Hoang", "Truong My Lan").
fn is_vietnamese_middle(w: &str) -> bool {
    matches!(
        w,
        "Thi"
            | "Thị"
            | "Van"
            | "Văn"
            | "Duc"
            | "Đức"
            | "Huu"
            | "Hữu"
            | "Quoc"
            | "Quốc"
            | "Ngoc"
            | "Ngọc"
            | "Xuan"
            | "Xuân"
            | "Thanh"
            | "Minh"
            | "Cong"
            | "Công"
            | "Dinh"
            | "Đình"
            | "Kim"
            | "Thu"
            | "My"
            | "Mỹ"
            | "Hong"
            | "Hồng"
            | "Tan"
            | "Tấn"
            | "Trong"
            | "Trọng"
            | "Manh"
            | "Mạnh"
            | "Tien"
            | "Tiến"
            | "Anh"
            | "Bao"
            | "Bảo"
            | "Gia"
            | "Hai"
            | "Hải"
            | "Quang"
            | "Phuong"
            | "Phương"
            | "Tuan"
            | "Tuấn"
            | "Viet"
            | "Việt"
            | "Khac"
            | "Khắc"
            | "Nhu"
            | "Như"
    )
}

/// A Korean surname before its given name as news writes it: two syllables joined by a
/// hyphen, the first capitalised ("Park" "Geun-hye", "Son" "Heung-min").
pub(super) fn is_korean_name(surname: &str, given: &str) -> bool {
    // one syllable: letters with one run of vowels ("geun", "hye", "sung"; not "idol")
    let syllable = |s: &str, cap: bool| {
        let vowel = |c: u8| matches!(c.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y');
        let bytes = s.as_bytes();
        let runs = bytes
            .iter()
            .enumerate()
            .filter(|&(k, &c)| vowel(c) && (k == 0 || !vowel(bytes[k - 1])))
            .count();
        (2..=5).contains(&s.len())
            && runs == 1
            && bytes.iter().enumerate().all(|(k, c)| {
                if k == 0 && cap {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_lowercase()
                }
            })
    };
    // (the given name's hyphen first, found byte by byte in the few bytes of a syllable:
    // this runs for every word of every capitalised run)
    let Some(hyphen) = given.bytes().take(6).position(|b| b == b'-') else {
        return false;
    };
    let (a, b) = (&given[..hyphen], &given[hyphen + 1..]);
    syllable(a, true) && syllable(b, false) && KOREAN_SURNAMES.contains(&surname)
}

/// Role nouns of `titles.txt` that firms fill as often as people ("publisher Bertelsmann",
/// "investor SoftBank"): evidence for a full name after them, not for one word.
/// Last words of the names of places built or founded, and of things named after people:
/// the names before them ("Indira Gandhi International Airport", "MD Anderson Cancer
/// Center", "Rosa Parks Elementary", "the Laken Riley Act") are not mentions of the people.
/// (Words that are also common surnames, as Hall, Park, Lane or Field, are left out.)
pub(super) fn is_facility_word(w: &str) -> bool {
    matches!(
        w,
        // buildings and grounds
        "Airport" | "Airfield" | "Aerodrome" | "Terminal" | "Station" | "Stadium" | "Stadion" | "Arena"
            | "Stand" | "Ground" | "Velodrome" | "Centre" | "Center" | "ArenA" | "Complex" | "Building" | "Tower"
            | "Memorial" | "Mausoleum" | "Museum" | "Library" | "Gallery" | "Theatre" | "Theater"
            | "Auditorium" | "Hospital" | "Infirmary" | "Clinic" | "Elementary" | "Courthouse" | "Wing"
            | "Stage" | "Monastery" | "Abbey" | "Chapel" | "Mosque" | "Synagogue" | "Gurdwara" | "Kerk"
            // Indian colonies and days, a roundabout, a faculty: "Sarojini Nagar",
            // "Anil Kumble Circle", "Parakram Diwas", "Ambedkar Jayanti", "Li Ka Shing Faculty"
            | "Nagar" | "Vihar" | "Circle" | "Diwas" | "Jayanti" | "Faculty"
            // streets and squares
            | "Street" | "Road" | "Avenue" | "Boulevard" | "Highway" | "Expressway" | "Marg" | "Salai" | "Way"
            | "Interchange" | "Flyover" | "Drive" | "Parkway" | "Square"
            // South Asian grounds, buildings and squares, Japanese prefectures and lines:
            // "Gandhi Maidan", "Rashtrapati Bhavan", "Niigata Prefecture"
            | "Maidan" | "Bhavan" | "Chowk" | "Ghat" | "Prefecture" | "Shinkansen"
            // inns, grills, temples, elevators: "the Whitfield Inn", "the Vishnu Mandir"
            | "Inn" | "Grill" | "Mandir" | "Elevator"
            // provinces: "Camarines Sur", "Ilocos Norte"
            | "Sur" | "Norte"
            | "Plaza" | "Place" | "Circus" | "Quay" | "Wharf" | "Crescent" | "Terrace" | "Mews"
            // things and bodies: "the Laken Riley Act", "the Venus Rosewater Dish", "LePage
            // Bakeries", "the Major Collision Enquiry Team"
            | "Act" | "Trophy" | "Trophies" | "Prize" | "Prizes" | "Medal" | "Medals" | "Award" | "Awards" | "Ratna"
            | "Exchange" | "Cup" | "Lecture" | "Lectures" | "Classic" | "Shield" | "Plate" | "Stakes" | "Handicap" | "Hurdle"
            | "Invitational" | "Volcano" | "Telescope" | "Observatory"
            | "Scholarship" | "Fellowship" | "Dish" | "Bakeries" | "Team"
            // works: "The Alan Clark Diaries", "The Blair Witch Project", "the Pentagon Papers"
            | "Diaries" | "Project" | "Papers" | "Tapes" | "Memoirs" | "Chronicles"
            // studios and labels, pavilions and temples: "Samuel Goldwyn Films", "the Dorothy
            // Chandler Pavilion", "Swaminarayan Mandir Temple"
            | "Films" | "Pictures" | "Studios" | "Productions" | "Pavilion" | "Temple" | "Ballroom"
            | "Gymnasium" | "Prospekt"
            // places of the map in the plural: "Myall Lakes", "Clementine Falls"
            | "Lakes" | "Pines" | "Falls" | "Springs" | "Heights"
            // health systems and trusts: "William Osler Health System"
            | "System"
    )
}

/// Words for kin and companions that name a person by a given name alone after them.
pub(super) const KIN: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "partner",
    "widow",
    "widower",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "cousin",
    "fiancé",
    "fiancée",
    "girlfriend",
    "boyfriend",
    "friend",
    "neighbour",
    "neighbor",
    "stepson",
    "stepdaughter",
    "mum",
    "mom",
    "dad",
    "stepmother",
    "stepfather",
    "granddad",
    "grandma",
    "grandpa",
    "gran",
    "great-grandson",
    "great-granddaughter",
    "great-grandmother",
    "great-grandfather",
    "stepbrother",
    "stepsister",
    "half-brother",
    "half-sister",
    "godson",
    "goddaughter",
    "twin",
    "companion",
    "colleague",
    "flatmate",
    "housemate",
    "classmate",
];

/// The same, plural: "her daughters Lerato and Palesa".
pub(super) const KIN_PLURAL: &[&str] = &[
    "sons",
    "daughters",
    "brothers",
    "sisters",
    "children",
    "grandchildren",
    "grandsons",
    "granddaughters",
    "parents",
    "twins",
    "friends",
    "great-grandchildren",
    "stepchildren",
    "nieces",
    "nephews",
    "cousins",
];

/// Organisation and place words that are also common surnames ("Barbara Castle", "Gordon
/// Banks", "Margaret Court", "Nathan Lane"); not Park or House, which after a given name
/// are more often a place ("Weston Park", "Clarence House"), nor Street, which ends a
/// street's name (`is_facility_word`).
pub(super) fn is_org_surname(w: &str) -> bool {
    matches!(
        w,
        "Banks" | "Castle" | "Power" | "Hall" | "Lane" | "Bridge" | "Church" | "Court" | "Post" | "Vale" | "Press"
    )
}

/// First words of the names of places named after people ("Circuit Gilles Villeneuve",
/// "Estadio Santiago Bernabeu", "Santa Maria Maggiore"): the run names the place.
pub(super) fn is_facility_prefix(w: &str) -> bool {
    matches!(
        w,
        "Circuit"
            | "Stade"
            | "Estadio"
            | "Estádio"
            | "Frente"
            | "Stadio"
            | "Autodromo"
            | "Aeroporto"
            | "Aeropuerto"
            | "Santa"
            | "Sant"
            | "Basilica"
            // an athletics meeting, a bend of a circuit, a hall: "Memorial Van Damme", "Curva
            // Alboreto", "Sala Grande"
            | "Memorial"
            | "Curva"
            | "Sala"
            // French and Spanish streets, schools, churches and estates: "Rue Jean-Jaurès",
            // "Lycée Victor-Hugo", "Calle Alcalá", "Domaine Georges Roumier"
            | "Rue"
            | "Lycée"
            | "Collège"
            | "École"
            | "Église"
            | "Gare"
            | "Pont"
            | "Musée"
            | "Hôpital"
            | "Palais"
            | "Quai"
            | "Calle"
            | "Avenida"
            // Malay, Filipino and Portuguese streets and districts: "Jalan Sudirman",
            // "Barangay Bonot", "Rua Augusta", "Jardim Pantanal", "Kampung Baru"
            | "Jalan"
            | "Barangay"
            | "Rua"
            | "Jardim"
            | "Kampung"
            | "Paseo"
            | "Domaine"
            | "Château"
            // universities and Irish schools: "Université Laval", "Scoil Naomh Bríd"
            | "Université"
            | "Universidad"
            | "Universidade"
            | "Università"
            | "Universität"
            | "Universiti"
            | "Masjid"
            | "Praça"
            | "Casa"
            | "Ngāti"
            | "Ngati"
            // mountain summits (for "Col du Tourmalet" see `candidates`: "Col" is a colonel
            // too), and cycling's prizes and races: "Cime de la Bonette", "Alto de
            // l'Angliru", "Souvenir Henri Desgrange", "Trofeo Alfredo Binda", "Coppa Bernocchi"
            | "Cime"
            | "Colle"
            | "Passo"
            | "Alto"
            | "Souvenir"
            | "Trofeo"
            | "Coppa"
            | "Clwb"
            | "Universitas"
            | "Gurdwara"
            | "Rond-point"
            | "Scoil"
            | "Gaelscoil"
            | "Coláiste"
            // islands and an Indonesian stadium: "Île de la Cité", "Isla Margarita", "Pulau
            // Ubin", "Gelora Bung Karno"
            | "Île"
            | "Isla"
            | "Pulau"
            | "Gelora"
            // Spanish and Portuguese organisations: "Foro Penal", "Fundación Rigoberta Menchú"
            | "Foro"
            | "Fundación"
            | "Fundação"
            | "Asociación"
            | "Movimiento"
            | "Instituto"
            | "Sindicato"
    )
}

const FIRM_ROLES: &[&str] = &[
    "developer",
    "publisher",
    "broadcaster",
    "builder",
    "streamer",
    "partner",
    "investor",
    "shareholder",
    "consultant",
    "adviser",
];

/// People known by one name or by a stage name, in the news of many countries: singers
/// and rappers, footballers, artists, presidents. Only names that are no word of the
/// language ("Future", "Common", "Sting", "Seal" and "Prince" are words first), sorted.
const STAGE_NAMES: &[&str] = &[
    "Adele",
    "Aitch",
    "Alisson",
    "Amaarae",
    "Anitta",
    "Asake",
    "Avicii",
    "Banksy",
    "Beyonce",
    "Beyoncé",
    "Bizarrap",
    "Bjork",
    "Björk",
    "Bono",
    "Casemiro",
    "Cher",
    "Davido",
    "Diplo",
    "Drake",
    "Ederson",
    "Eminem",
    "Endrick",
    "Enya",
    "Estevao",
    "Estêvão",
    "Fabinho",
    "Gyakie",
    "Halsey",
    "Hemedti",
    "Hozier",
    "Isco",
    "J-Hope",
    "Jay-Z",
    "Jennie",
    "Jimin",
    "Jisoo",
    "Joelinton",
    "Jokowi",
    "Jorginho",
    "Jungkook",
    "Kaka",
    "Kaká",
    "Kehlani",
    "Kesha",
    "Koke",
    "Kygo",
    "Labrinth",
    "Lizzo",
    "Lorde",
    "Lula",
    "Madonna",
    "Maluma",
    "Marquinhos",
    "Megawati",
    "Moby",
    "Neymar",
    "Oprah",
    "Ozuna",
    "PartyNextDoor",
    "Pedri",
    "Pele",
    "Pelé",
    "Prabowo",
    "Raphinha",
    "Raye",
    "Rema",
    "Richarlison",
    "Rihanna",
    "Rivaldo",
    "Rodri",
    "Rodrygo",
    "Romario",
    "Romário",
    "Ronaldinho",
    "Rosalia",
    "Rosalía",
    "SZA",
    "Sarkodie",
    "Savinho",
    "Shakira",
    "Sia",
    "Skepta",
    "Skrillex",
    "Stonebwoy",
    "Stormzy",
    "Suharto",
    "Sukarno",
    "Tems",
    "Tiesto",
    "Tiësto",
    "Tyla",
    "Vitinha",
    "Wizkid",
    "Zayn",
    "Zendaya",
];

/// Stage names, and a few names, of two or three words, which titles and words of the
/// language in them would otherwise cut up ("Lady Gaga", "Bad Bunny", "Cardi B", "Shah
/// Rukh Khan"), sorted.
const STAGE_NAMES_MULTI: &[&str] = &[
    "Ayra Starr",
    "Bad Bunny",
    "Black Sherif",
    "Burna Boy",
    "Cardi B",
    "Doja Cat",
    "Dr Dre",
    "Dr. Dre",
    "El Greco",
    "Ice Cube",
    "Karol G",
    "Kid Cudi",
    "King Promise",
    "Lady Gaga",
    "Lil Baby",
    "Lil Nas X",
    "Lil Wayne",
    "Little Simz",
    "Peso Pluma",
    "Post Malone",
    "Queen Latifah",
    "Shah Rukh",
    "Shah Rukh Khan",
    "Shatta Wale",
    "Snoop Dogg",
    "Uncle Waffles",
];

/// The first words of `STAGE_NAMES_MULTI`, sorted, as `stage_name_len` matches them (a
/// test holds the two to the list).
#[cfg(test)]
const STAGE_FIRSTS: &[&str] = &[
    "Ayra", "Bad", "Black", "Burna", "Cardi", "Doja", "Dr", "Dr.", "El", "Ice", "Karol", "Kid", "King", "Lady", "Lil",
    "Little", "Peso", "Post", "Queen", "Shah", "Shatta", "Snoop", "Uncle",
];

/// A one-word stage name (see `STAGE_NAMES`).
pub(super) fn is_stage_name(w: &str) -> bool {
    STAGE_NAMES.binary_search(&w).is_ok()
}

/// How many of the words from `words` make a stage name of `STAGE_NAMES_MULTI` (0 if none).
pub(super) fn stage_name_len<'w>(words: impl Iterator<Item = &'w str> + Clone) -> usize {
    let first = words.clone().next().unwrap_or("");
    // (a match, not a search, after a test of the first letter: this runs for every name's
    // first word)
    if !matches!(
        first.as_bytes().first(),
        Some(b'A' | b'B' | b'C' | b'D' | b'E' | b'I' | b'K' | b'L' | b'P' | b'Q' | b'S' | b'U')
    ) || !matches!(
        first,
        "Ayra"
            | "Bad"
            | "Black"
            | "Burna"
            | "Cardi"
            | "Doja"
            | "Dr"
            | "Dr."
            | "El"
            | "Ice"
            | "Karol"
            | "Kid"
            | "King"
            | "Lady"
            | "Lil"
            | "Little"
            | "Peso"
            | "Post"
            | "Queen"
            | "Shah"
            | "Shatta"
            | "Snoop"
            | "Uncle"
    ) {
        return 0;
    }
    for n in [3, 2] {
        let mut key = String::new();
        for (k, w) in words.clone().take(n).enumerate() {
            if k > 0 {
                key.push(' ');
            }
            key.push_str(w);
        }
        if words.clone().take(n).count() == n && STAGE_NAMES_MULTI.binary_search(&key.as_str()).is_ok() {
            return n;
        }
    }
    0
}

/// Kinds of work, and bands, whose name may read as a person's: "the film Vera Drake",
/// "the novel Jane Eyre", "the band Franz Ferdinand". (Not "play", "book", "show",
/// "single" or "series": verbs and other words before real people too, as in "will play
/// Dick Cheney", "won the series Michael Vaughan said".)
const WORK_NOUNS: &[&str] = &[
    // (and vessels and engines: "the locomotive Sir Nigel Gresley", "the trawler Ruby Crane")
    "album",
    "ballet",
    "band",
    "biopic",
    "comedy",
    "documentary",
    "drama",
    "film",
    "lifeboat",
    "liner",
    "locomotive",
    "movie",
    "musical",
    "novel",
    "opera",
    "ship",
    "sitcom",
    "tanker",
    "thriller",
    "trawler",
    "vessel",
    "yacht",
];

/// Kinds of firm, which a firm's name follows as a work's follows its kind: "the
/// executive search firm Spencer Stuart", "the department store company John Lewis".
/// (Not "publisher" or "developer": people are those too, see `FIRM_ROLES`; nor
/// "consultancy", whose founder may follow: "founder of the CGA consultancy Jeanne-Marie
/// Gescher".)
const FIRM_NOUNS: &[&str] = &[
    "bank", "brand", "carmaker", "company", "firm", "insurer", "label", "lender", "retailer", "start-up", "startup",
];

/// A lower-case word for a kind of work (see `WORK_NOUNS`).
pub(super) fn is_work_noun(w: &str) -> bool {
    // (a test of the first letter first: most words before a name are no kind of work)
    matches!(
        w.as_bytes().first(),
        Some(b'a' | b'b' | b'c' | b'd' | b'f' | b'l' | b'm' | b'n' | b'o' | b's' | b't' | b'v' | b'y')
    ) && WORK_NOUNS.contains(&w)
}

/// A lower-case word for a kind of firm (see `FIRM_NOUNS`).
pub(super) fn is_firm_noun(w: &str) -> bool {
    matches!(
        w.as_bytes().first(),
        Some(b'b' | b'c' | b'f' | b'i' | b'l' | b'r' | b's')
    ) && FIRM_NOUNS.contains(&w)
}

/// Words after "whose" that only an organisation has: "Hibernia Mutual, whose chief
/// operating officer, ..." is no apposition of a person.
pub(super) const ORG_WHOSE: &[&str] = &[
    "board",
    "chairman",
    "chairwoman",
    "chief",
    "customers",
    "employees",
    "founder",
    "headquarters",
    "owner",
    "owners",
    "parent",
    "products",
    "shareholders",
    "shares",
    "staff",
    "subsidiary",
    "workforce",
];

pub(super) fn is_firm_role(w: &str) -> bool {
    FIRM_ROLES.contains(&w)
}

/// Any given name, including those that are also ordinary words ("Faith", "May").
pub(super) fn is_any_given(w: &str) -> bool {
    lex(w) & (L_GIVEN | L_AMBIGUOUS) != 0
}

/// Whether `w` is a given name and nothing else the word lists know ("Charles", "Owen";
/// not "May" or "Jordan"): alone, as likely the first name of anyone as a surname.
pub fn is_given_name(w: &str) -> bool {
    lex(w) & (L_GIVEN | L_AMBIGUOUS) == L_GIVEN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_and_firm_nouns_pass_their_first_letter_tests() {
        assert!(WORK_NOUNS.iter().all(|w| is_work_noun(w)));
        assert!(FIRM_NOUNS.iter().all(|w| is_firm_noun(w)));
        assert!(!is_work_noun("striker") && !is_firm_noun("coach"));
    }

    #[test]
    fn stage_name_lists_are_sorted_for_binary_search() {
        assert!(STAGE_NAMES.windows(2).all(|w| w[0] < w[1]), "STAGE_NAMES");
        assert!(STAGE_NAMES_MULTI.windows(2).all(|w| w[0] < w[1]), "STAGE_NAMES_MULTI");
        let mut firsts: Vec<&str> = STAGE_NAMES_MULTI.iter().filter_map(|e| e.split(' ').next()).collect();
        firsts.dedup();
        assert_eq!(
            firsts, STAGE_FIRSTS,
            "STAGE_FIRSTS: the first words of STAGE_NAMES_MULTI"
        );
        for first in STAGE_FIRSTS {
            let whole = STAGE_NAMES_MULTI.iter().find(|e| e.split(' ').next() == Some(*first));
            let words: Vec<&str> = whole.map(|e| e.split(' ').collect()).unwrap_or_default();
            assert!(
                stage_name_len(words.iter().copied()) >= 2,
                "{first}: stage_name_len matches it"
            );
        }
        assert!(is_stage_name("Beyoncé") && !is_stage_name("Future"));
        assert_eq!(stage_name_len(["Lil", "Nas", "X", "said"].into_iter()), 3);
        assert_eq!(stage_name_len(["Lady", "Gaga"].into_iter()), 2);
        assert_eq!(stage_name_len(["Lady", "Thatcher"].into_iter()), 0);
    }

    /// The format rules of `lists/README.md`: in each `#` section, entries sorted ignoring
    /// accents and case, and no entry twice in a file.
    #[test]
    fn word_lists_are_sorted_and_free_of_duplicates() {
        // (lower case, accents off as Unicode decomposition takes them off: "İ" lowers to "i"
        // and a combining dot, left out too; "ø", "ł", "đ" are letters of their own)
        let key = |w: &str| -> String {
            w.chars()
                .flat_map(char::to_lowercase)
                .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
                .map(|c| {
                    if matches!(c, 'ø' | 'ł' | 'đ' | 'ı' | 'ħ' | 'ŧ') {
                        c
                    } else {
                        fold_accent(c)
                    }
                })
                .collect()
        };
        let files = [
            ("given_names.txt", GIVEN_FILE),
            ("ambiguous_given_names.txt", AMBIGUOUS_FILE),
            ("titles.txt", TITLES_FILE),
            ("countries.txt", COUNTRIES_FILE),
            ("places.txt", PLACES_FILE),
            ("nationalities.txt", NATIONALITIES_FILE),
            ("organisations.txt", ORGANISATIONS_FILE),
            ("non_names.txt", NON_NAMES_FILE),
            ("common_words.txt", COMMON_FILE),
            ("less_common_words.txt", LESS_COMMON_FILE),
        ];
        for (name, text) in files {
            let mut seen = std::collections::HashSet::new();
            let mut prev: Option<String> = None;
            for line in text.lines() {
                if line.starts_with('#') || line.trim().is_empty() {
                    prev = None;
                    continue;
                }
                assert!(seen.insert(line), "{name}: {line:?} twice");
                let k = key(line);
                if let Some(p) = &prev {
                    assert!(*p <= k, "{name}: {line:?} is out of order");
                }
                prev = Some(k);
            }
        }
    }
}
