//! Finds the people a news article mentions, so each article can be indexed by who is in it.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::bytes::{ascii_lower, le_word, LOWER_BYTES};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Canonical spelling: the fullest form the article uses, e.g. "Vladimir Putin".
    pub name: String,
    /// Other spellings of the same person in this article, titles and possessives removed, e.g. ["Putin"].
    pub aliases: Vec<String>,
    /// How many times the article mentions the person.
    pub mentions: usize,
}

/// A small, fast hash (the Fx hash of rustc) for the many short-string look-ups; the inputs
/// are article words, and a flooding attack on one article's sets is not a concern.
#[derive(Default, Clone, Copy)]
struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut v = [0u8; 8];
            v.copy_from_slice(c);
            self.add(u64::from_le_bytes(v));
        }
        // (the tail always mixed in, even when empty: no branch to mispredict)
        self.add(le_word(chunks.remainder()));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // Fx leaves the low bits weak, and hashbrown indexes by them: mix before use.
        let h = self.hash ^ (self.hash >> 33);
        let h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}

/// A 64-bit hash of a word, for the article's own lower-case vocabulary.
fn word_hash(w: &str) -> u64 {
    word_hash_bytes(w.as_bytes())
}

/// `word_hash` of a word given as bytes.
fn word_hash_bytes(w: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(w);
    h.write_u8(0xff);
    h.finish()
}

/// A word of at most eight bytes as one number (`le_word`), read from `bytes` at `start`
/// with one unaligned read and a mask: `le_word` itself branches on the length, which
/// varies from word to word. `None` for longer words or near the end of `bytes`.
#[inline(always)]
fn packed_word(bytes: &[u8], start: usize, len: usize) -> Option<u64> {
    if !(1..=8).contains(&len) {
        return None;
    }
    let chunk: [u8; 8] = bytes.get(start..start + 8)?.try_into().ok()?;
    // (the low `len` bytes, without a branch on `len`)
    Some(u64::from_le_bytes(chunk) & (u64::MAX >> (64 - 8 * len)))
}

/// `word_hash` of a word of `len` bytes (1 to 8) given packed by `packed_word`.
#[inline(always)]
fn word_hash_packed(packed: u64, len: usize) -> u64 {
    let mut h = FxHasher::default();
    h.add(packed);
    if len == 8 {
        // (eight bytes are a whole chunk, then an empty tail)
        h.add(0);
    }
    h.write_u8(0xff);
    h.finish()
}

/// Room in a `KeyBuf`: more than the longest word-list entry (a test checks), so a key
/// that does not fit names nothing.
const KEY_BYTES: usize = 128;

/// A short key of words joined by spaces, built on the stack: lower-cased multi-word
/// titles ("prime minister", "chief executive"), or multi-word places as written.
struct KeyBuf {
    buf: [u8; KEY_BYTES],
    len: usize,
}

impl KeyBuf {
    fn new() -> Self {
        KeyBuf {
            buf: [0; KEY_BYTES],
            len: 0,
        }
    }

    /// Appends `w` lower-cased (after a space unless first): without its full stops, letter
    /// by letter, if `no_dots`; else as `str::to_lowercase` does. False, leaving the key
    /// unusable, if it does not fit: then it is no entry of any word list.
    fn push_word(&mut self, w: &str, no_dots: bool) -> bool {
        if self.len > 0 && !self.push_bytes(b" ") {
            return false;
        }
        if w.is_ascii() {
            for c in w.bytes().filter(|&c| !(no_dots && c == b'.')) {
                if !self.push_bytes(&[c.to_ascii_lowercase()]) {
                    return false;
                }
            }
            return true;
        }
        let lower: String = if no_dots {
            w.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect()
        } else {
            w.to_lowercase()
        };
        self.push_bytes(lower.as_bytes())
    }

    fn push_bytes(&mut self, bytes: &[u8]) -> bool {
        let Some(dst) = self.buf.get_mut(self.len..self.len + bytes.len()) else {
            return false;
        };
        dst.copy_from_slice(bytes);
        self.len += bytes.len();
        true
    }

    fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

/// A map from word hashes to small values, by open addressing, for one article at a time:
/// it remembers which slots it filled, so that `clear` costs one store per entry rather than
/// zeroing the whole table, and one table serves every article of a thread (see `Scratch`).
/// As a set (`HashSet64`) it holds the article's lower-case vocabulary; as a map
/// (`HashIndex`) the numbers of its spellings.
#[derive(Debug, Default)]
struct HashTable<V> {
    /// `(hash | 1, value)`; a zero hash is an empty slot.
    slots: Vec<(u64, V)>,
    /// How many of `slots` the table uses (a power of two): as many as this article needs,
    /// not as many as the longest article so far, so that a short article's entries stay
    /// in few cache lines.
    size: usize,
    filled: Vec<u32>,
}

/// The set of the article's lower-case words (by `word_hash`).
type HashSet64 = HashTable<()>;
/// Spelling hashes to their index in the article's list of spellings.
type HashIndex = HashTable<u32>;

impl<V: Copy + Default> HashTable<V> {
    /// Room for `n` entries at most half full (an empty table only: it is not rehashed).
    fn reserve(&mut self, n: usize) {
        debug_assert!(self.filled.is_empty());
        self.size = (n * 2).next_power_of_two().max(16);
        if self.slots.len() < self.size {
            self.slots = vec![(0, V::default()); self.size];
        }
    }

    /// Empties the table, keeping its memory.
    fn clear(&mut self) {
        for &i in &self.filled {
            if let Some(slot) = self.slots.get_mut(i as usize) {
                *slot = (0, V::default());
            }
        }
        self.filled.clear();
    }

    /// Sets the value of `hash` (sized by `reserve`: a full table drops the insert).
    #[inline]
    fn insert(&mut self, hash: u64, value: V) {
        let h = hash | 1;
        let mask = self.size.wrapping_sub(1);
        let mut i = (h as usize) & mask;
        for _ in 0..self.size {
            let Some(slot) = self.slots.get_mut(i) else {
                return;
            };
            if slot.0 == 0 || slot.0 == h {
                if slot.0 == 0 {
                    self.filled.push(i as u32);
                }
                *slot = (h, value);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn get(&self, hash: u64) -> Option<V> {
        let h = hash | 1;
        let mask = self.size.wrapping_sub(1);
        let mut i = (h as usize) & mask;
        for _ in 0..self.size {
            let &(slot, value) = self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            if slot == h {
                return Some(value);
            }
            i = (i + 1) & mask;
        }
        None
    }
}

impl HashSet64 {
    #[inline]
    fn add(&mut self, hash: u64) {
        self.insert(hash, ());
    }

    fn contains(&self, hash: u64) -> bool {
        self.get(hash).is_some()
    }
}

/// `words` joined by spaces: borrowed from the article where it writes them so (one space
/// between words of one line), else built.
fn joined<'a>(words: &[&'a str], title: &'a str, body: &'a str) -> Cow<'a, str> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Cow::Borrowed("");
    };
    if words.len() == 1 {
        return Cow::Borrowed(first);
    }
    // (offsets found by address: every word is a slice of the title or the body)
    let start = first.as_ptr() as usize;
    let end = last.as_ptr() as usize + last.len();
    for text in [title, body] {
        let base = text.as_ptr() as usize;
        if start < base || end > base + text.len() {
            continue;
        }
        // (the span from the first word to the last is the words with one space between)
        if let Some(span) = text.get(start - base..end - base) {
            if span.split(' ').eq(words.iter().copied()) {
                return Cow::Borrowed(span);
            }
        }
    }
    Cow::Owned(words.join(" "))
}

/// A set of line numbers (small and dense).
#[derive(Debug, Default)]
struct Lines(Vec<bool>);

impl Lines {
    fn insert(&mut self, line: u32) {
        let l = line as usize;
        if self.0.len() <= l {
            self.0.resize(l + 1, false);
        }
        if let Some(slot) = self.0.get_mut(l) {
            *slot = true;
        }
    }

    fn contains(&self, line: &u32) -> bool {
        self.0.get(*line as usize).copied().unwrap_or(false)
    }
}

type Set<T> = HashSet<T, BuildHasherDefault<FxHasher>>;
type Map<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

const GIVEN_FILE: &str = include_str!("lists/given_names.txt");
const AMBIGUOUS_FILE: &str = include_str!("lists/ambiguous_given_names.txt");
const TITLES_FILE: &str = include_str!("lists/titles.txt");
const COUNTRIES_FILE: &str = include_str!("lists/countries.txt");
const PLACES_FILE: &str = include_str!("lists/places.txt");
const NATIONALITIES_FILE: &str = include_str!("lists/nationalities.txt");
const ORGANISATIONS_FILE: &str = include_str!("lists/organisations.txt");
const NON_NAMES_FILE: &str = include_str!("lists/non_names.txt");
const COMMON_FILE: &str = include_str!("lists/common_words.txt");
const LESS_COMMON_FILE: &str = include_str!("lists/less_common_words.txt");

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
Facebook, YouTube, TikTok, Pool, File, Photo, Photograph, Credit, Source, Wikimedia, Commons, \
Alamy, Bloomberg, Handout, Screenshot, Video, Watch, Read, More, READ, MORE, Advertisement, \
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
const ORG_WORDS: &str = "Bank, Banks, Party, Ltd, Limited, Plc, PLC, Inc, Corp, Corporation, \
Co, Company, Companies, Group, Holdings, United, City, Town, Rovers, Wanderers, Athletic, Albion, \
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
Steaua, Partizan, Hajduk, Legia";

/// Lower-case particles that belong inside a name ("van der Sar", "bin Laden").
/// `PARTICLES.contains(w)`, as a match the compiler can dispatch on length.
#[inline]
fn is_particle_word(w: &str) -> bool {
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
        ),
        Some(b'v') => matches!(w, "van" | "von"),
        Some(b'l') => matches!(w, "le" | "la"),
        Some(b'b') => w == "bin",
        Some(b'i') => w == "ibn",
        Some(b't') => matches!(w, "ter" | "ten"),
        Some(b'a') => w == "al",
        Some(b'e') => w == "el",
        Some(b'y') => w == "y",
        Some(b'z') => w == "zu",
        _ => false,
    }
}

/// `is_particle_word` of a word of at most five bytes given packed (`packed_word`): one
/// slot of a perfect hash table of the packed particles, instead of a branch per letter.
#[inline(always)]
fn is_particle_packed(packed: u64) -> bool {
    PARTICLE_SLOTS[(packed.wrapping_mul(PARTICLE_MUL) >> 58) as usize] == packed
}

/// Multiplier of `PARTICLE_SLOTS`: it sends the 27 packed particles to 27 different slots
/// of 64 (found by trying; a test checks).
const PARTICLE_MUL: u64 = 0xea90_a8f0_d66b_829f;

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

const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "van", "von", "der", "den", "del", "della", "di", "du", "le", "la", "bin", "ibn",
    "ter", "ten", "al", "el", "y", "zu", "dal", "dei", "degli", "delle",
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
const L_GIVEN: u32 = 1;
const L_AMBIGUOUS: u32 = 2;
const L_PLACE: u32 = 4;
const L_NATIONALITY: u32 = 8;
const L_ORG: u32 = 16;
const L_NON_NAME: u32 = 32;
const L_ORG_WORD: u32 = 64;
const L_MULTI_FIRST: u32 = 128;
const L_HEADLINE_FUNCTION: u32 = 256;
const L_SUFFIX: u32 = 512;
/// In `REGAL`.
const L_REGAL: u32 = 1 << 10;
/// In `SURNAME_TITLES`.
const L_SURNAME_TITLE: u32 = 1 << 11;
/// In `OFFICES`.
const L_OFFICE: u32 = 1 << 12;
/// In `SEPARATOR_ALWAYS`.
const L_SEPARATOR_ALWAYS: u32 = 1 << 13;
/// In `MONTHS_AND_DAYS` or `FUNCTION_WORDS`.
const L_MONTH_OR_FUNCTION: u32 = 1 << 14;
/// A nationality noun or plural: a nationality with `s` ("Americans"), or a nationality (or
/// "Scots", "Dutch", "Irish") with man, woman, men or women ("Welshman", "Frenchwomen").
const L_NATIONALITY_NOUN: u32 = 1 << 15;

/// Lower-case word classes.
const W_COMMON: u32 = 1;
const W_LESS_COMMON: u32 = 2;
const W_TITLE: u32 = 4;
const W_TITLE_PREFIX: u32 = 8;
const W_TITLE_SUFFIX: u32 = 16;
const W_HONORIFIC: u32 = 32;
const W_SPEECH: u32 = 64;
const W_NOUN_AFTER: u32 = 128;
const W_MINOR: u32 = 256;

/// Every list entry (as written) with the classes it belongs to.
/// A read-only word -> classes table: open addressing on `word_hash`. A slot is 16 bytes:
/// the word's first eight bytes, and a tag of the hash, the length, the classes and where
/// the rest of a longer word starts in `tails`. A look-up of a word of up to eight bytes
/// reads one slot (one cache line, where entry and word were two more).
struct Lexicon {
    slots: Vec<LexSlot>,
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

    fn len(&self) -> usize {
        ((self.meta >> 40) & 0xff) as usize
    }

    fn classes(&self) -> u32 {
        ((self.meta >> 24) & 0xffff) as u32
    }

    fn tail(&self) -> usize {
        (self.meta & 0xff_ffff) as usize
    }
}

impl Lexicon {
    fn new<'k>(entries: impl Iterator<Item = (&'k str, u32)>) -> Self {
        let entries: Vec<(&str, u32)> = entries.filter(|(w, _)| (1..=LEX_MAX_LEN).contains(&w.len())).collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = Lexicon {
            slots: vec![LexSlot::default(); size],
            tails: Vec::new(),
            mask: size - 1,
        };
        for (w, flags) in entries {
            let h = word_hash(w);
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
    fn words(&self) -> Vec<(String, u32)> {
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

    fn get(&self, w: &str) -> u32 {
        self.get_with_hash(w, word_hash(w))
    }

    /// `get` of a word given as bytes.
    fn get_bytes(&self, w: &[u8]) -> u32 {
        self.get_bytes_with_hash(w, word_hash_bytes(w))
    }

    /// `get`, given `word_hash(w)`.
    fn get_with_hash(&self, w: &str, hash: u64) -> u32 {
        self.get_bytes_with_hash(w.as_bytes(), hash)
    }

    /// `get_bytes`, given `word_hash_bytes(w)`.
    fn get_bytes_with_hash(&self, w: &[u8], hash: u64) -> u32 {
        if w.is_empty() || w.len() > LEX_MAX_LEN {
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

static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
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
static LOWER_LEX: LazyLock<Lexicon> = LazyLock::new(|| {
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

fn lex(w: &str) -> u32 {
    LEX.get(w)
}

fn lower_lex(l: &str) -> u32 {
    LOWER_LEX.get(l)
}

/// Titles after which a regnal number follows the name ("King Charles III").
const REGAL: &[&str] = &[
    "King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar", "Prince", "Princess", "Sultan", "Shah", "Pharaoh",
    "Kaiser",
];

/// Titles that are also surnames when they close a name ("John Major", "Carole King").
const SURNAME_TITLES: &[&str] = &[
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
];

/// Offices that follow a name only as a separate phrase ("Anna Lindqvist, President").
const OFFICES: &[&str] = &[
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
const FUNCTION_WORDS: &[&str] = &[
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
const MONTHS_AND_DAYS: &[&str] = &[
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
const SEPARATOR_ALWAYS: &[&str] = &[
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
const SUFFIXES: &[&str] = &["Jr", "Jr.", "Jnr", "Snr", "Sr", "Sr."];

/// Second halves of hyphenated adjectives that precede names ("Ohio-based").
const HYPHEN_TAILS: &[&str] = &[
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
];

/// "II", "VIII", "XIV": regnal numbers.
fn is_roman(w: &str) -> bool {
    // (the first letter first: it rules out nearly every word, and predictably)
    matches!(w.as_bytes().first(), Some(b'I' | b'V' | b'X'))
        && w.len() <= 5
        && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Any given name, including those that are also ordinary words ("Faith", "May").
fn is_any_given(w: &str) -> bool {
    lex(w) & (L_GIVEN | L_AMBIGUOUS) != 0
}

/// The longest name (in words) we accept: "Andrés Manuel López Obrador" has four.
const MAX_NAME_WORDS: usize = 6;

/// Initials written together ("J.R.R.") join up to this many letters into one token.
const MAX_INITIALS: usize = 4;

/// A word longer than this (in bytes) is not part of a name.
const MAX_NAME_WORD_BYTES: usize = 40;

/// The longest title (in words) we look for.
const MAX_TITLE_WORDS: usize = 4;

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    /// A capital letter and its full stop ("W."), or several run together ("J.K.").
    Initial,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    /// The token text; for words without a possessive ending.
    text: &'a str,
    /// Index of the line the token is on.
    line: u32,
    /// For capitalised words, filled in by `classify`: the word's `lex` classes and the
    /// `lower_lex` classes of its lower-case form without full stops.
    lex: u32,
    llex: u32,
    kind: Kind,
    /// The `T_*` flags below.
    bits: u8,
}

/// The word ended in 's or s' (stripped from `text`).
const T_POSS: u8 = 1;
/// First token of its line.
const T_LINE_START: u8 = 2;
/// Starts a sentence (or a quotation).
const T_SENT_START: u8 = 4;
/// A word or number in capitals ("NATO", "MPs"): see `is_all_caps`.
const T_CAPS: u8 = 8;
/// A capitalised word that could be part of a name ("Putin", "McCarthy", "O'Neill").
const T_CAP: u8 = 16;
/// A lower-case name particle ("van", "bin", "al-Assad"): see `compute_particle`.
const T_PARTICLE: u8 = 32;
/// A common word here (`Ctx::is_common`), for capitalised words, set by `classify`.
const T_COMMON: u8 = 64;
/// Only ASCII letters and digits (no apostrophe, hyphen or full stop): see `Tok::plain`.
const T_PLAIN: u8 = 128;

impl<'a> Tok<'a> {
    fn poss(&self) -> bool {
        self.bits & T_POSS != 0
    }

    fn line_start(&self) -> bool {
        self.bits & T_LINE_START != 0
    }

    fn sent_start(&self) -> bool {
        self.bits & T_SENT_START != 0
    }

    fn caps(&self) -> bool {
        self.bits & T_CAPS != 0
    }

    fn cap(&self) -> bool {
        self.bits & T_CAP != 0
    }

    fn particle(&self) -> bool {
        self.bits & T_PARTICLE != 0
    }

    fn common(&self) -> bool {
        self.bits & T_COMMON != 0
    }

    fn is_plain(&self) -> bool {
        self.bits & T_PLAIN != 0
    }

    fn set(&mut self, flag: u8, on: bool) {
        if on {
            self.bits |= flag;
        } else {
            self.bits &= !flag;
        }
    }

    /// A word of ASCII letters and digits: lower-case (maybe a particle), or a capital
    /// then a lower-case letter (`cap` unless too long); what `new` makes of it, cheaper,
    /// marked `T_PLAIN`.
    #[inline(always)]
    fn plain(text: &'a str, particle: bool, cap: bool, line_start: bool, line: u32) -> Self {
        let bits = (u8::from(line_start) * T_LINE_START)
            | (u8::from(cap) * T_CAP)
            | (u8::from(particle) * T_PARTICLE)
            | T_PLAIN;
        Tok {
            text,
            line,
            lex: 0,
            llex: 0,
            kind: Kind::Word,
            bits,
        }
    }

    /// One punctuation character: what `new` makes of it, cheaper.
    #[inline(always)]
    fn punct(text: &'a str, line_start: bool, line: u32) -> Self {
        Tok {
            text,
            line,
            lex: 0,
            llex: 0,
            kind: Kind::Punct,
            bits: u8::from(line_start) * T_LINE_START,
        }
    }

    #[inline(always)]
    fn new(text: &'a str, kind: Kind, poss: bool, line_start: bool, line: u32) -> Self {
        let first = text.as_bytes().first().copied().unwrap_or(0);
        // Fast paths: punctuation, and ASCII words starting in lower case, are never capitals.
        let (caps, cap, particle) = if kind == Kind::Punct {
            (false, false, false)
        } else if first.is_ascii_lowercase() {
            // particles are short, or carry a hyphen early ("al-Assad")
            let particle = kind == Kind::Word
                && ((text.len() <= 5 && is_particle_word(text)) || (has_early_hyphen(text) && compute_particle(text)));
            (false, false, particle)
        } else if kind == Kind::Word
            && first.is_ascii_uppercase()
            && text.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase)
            && text.len() <= MAX_NAME_WORD_BYTES
        {
            // "Putin": a capital then a lower-case letter
            (false, true, false)
        } else {
            let caps = is_all_caps(text);
            let cap = kind == Kind::Word
                && !caps
                && text.len() <= MAX_NAME_WORD_BYTES
                && first_char(text).is_some_and(char::is_uppercase);
            (caps, cap, kind == Kind::Word && compute_particle(text))
        };
        let mut t = Tok {
            text,
            line,
            lex: 0,
            llex: 0,
            kind,
            bits: 0,
        };
        t.set(T_POSS, poss);
        t.set(T_LINE_START, line_start);
        t.set(T_CAPS, caps);
        t.set(T_CAP, cap);
        t.set(T_PARTICLE, particle);
        t
    }
}

/// Abbreviations whose full stop belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "Maj",
    "Cmdr", "Adm", "Supt", "Insp", "Det", "Hon", "Mt", "Ft",
];

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

#[inline]
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The word starts with a lower-case letter (fast for ASCII).
fn starts_lower(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(_) => first_char(w).is_some_and(char::is_lowercase),
        None => false,
    }
}

/// A hyphen among the first four bytes ("al-Assad", "bin-Laden").
fn has_early_hyphen(w: &str) -> bool {
    let b = w.as_bytes();
    let at = |k: usize| b.get(k) == Some(&b'-');
    at(1) || at(2) || at(3) || at(0)
}

/// How many ASCII letters and digits `bytes` starts with: eight bytes at a time (a loop
/// per byte would mispredict its exit at the end of nearly every word).
fn alnum_run(bytes: &[u8]) -> usize {
    const fn splat(b: u8) -> u64 {
        (b as u64) * 0x0101_0101_0101_0101
    }
    const HIGH: u64 = splat(0x80);
    const LOW7: u64 = splat(0x7f);
    /// High bit of each byte set where the (7-bit) byte is in `lo..=hi`.
    fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
        let ge = v.wrapping_add(splat(0x80 - lo)) & HIGH;
        let le = splat(0x80 + hi).wrapping_sub(v) & HIGH;
        ge & le
    }
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let v = x & LOW7;
        let letter = in_range((x | splat(0x20)) & LOW7, b'a', b'z');
        let digit = in_range(v, b'0', b'9');
        let alnum = (letter | digit) & !(x & HIGH);
        let stop = !alnum & HIGH;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    while bytes.get(n).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
        n += 1;
    }
    n
}

/// ASCII letters and digits, by byte.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character starting at byte `i` (which must be a char boundary), fast for ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        None => None,
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|r| r.chars().next()),
    }
}

#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[inline]
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// Splits `text` into tokens; also collects the article's lower-case vocabulary (`word_hash`
/// of every word that starts in lower case) on the way.
fn tokenize<'a>(text: &'a str, line: &mut u32, toks: &mut Vec<Tok<'a>>, lower_words: &mut HashSet64) {
    let bytes = text.as_bytes();
    toks.reserve(text.len() / 5);
    let mut i = 0;
    let mut line_start = true;
    // Whether a sentence (or a quotation, or a line) opens at the next word: see
    // `PUNCT_OPENS`. Words marked `T_SENT_START` as they are made.
    let mut open = true;
    while let Some(&b) = bytes.get(i) {
        if b == b'\n' {
            *line += 1;
            line_start = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        // Fast path for the common case, an ASCII word that ends at plain ASCII punctuation or
        // space: nothing below (possessives, initials, abbreviations, joined initials) applies.
        if b.is_ascii_alphabetic() {
            let end = i + 1 + alnum_run(bytes.get(i + 1..).unwrap_or(&[]));
            let next = bytes.get(end).copied().unwrap_or(b' ');
            let plain_end = next < 0x80 && next != b'\'' && next != b'-';
            if plain_end && b.is_ascii_lowercase() {
                let w = text.get(i..end).unwrap_or("");
                let particle = match packed_word(bytes, i, w.len()) {
                    Some(packed) => {
                        lower_words.add(word_hash_packed(packed, w.len()));
                        // (six to eight bytes never match: every particle is shorter)
                        is_particle_packed(packed)
                    }
                    None => {
                        lower_words.add(word_hash(w));
                        w.len() <= 5 && is_particle_word(w)
                    }
                };
                let mut t = Tok::plain(w, particle, false, line_start, *line);
                t.bits |= u8::from(open | line_start) * T_SENT_START;
                open = false;
                toks.push(t);
                line_start = false;
                // (the space after a word needs no turn of the loop of its own)
                i = end + usize::from(next == b' ');
                continue;
            }
            // (capitalised: a full stop may make an initial or an abbreviation, and two or
            // three capitals may be initials: those take the full path)
            if plain_end && next != b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
                let w = text.get(i..end).unwrap_or("");
                let cap = w.len() <= MAX_NAME_WORD_BYTES;
                let mut t = Tok::plain(w, false, cap, line_start, *line);
                t.bits |= u8::from(open | line_start) * T_SENT_START;
                open = false;
                toks.push(t);
                line_start = false;
                i = end + usize::from(next == b' ');
                continue;
            }
        }
        // ASCII punctuation is a token of one byte: what the general path below makes of it.
        if b < 0x80 && !b.is_ascii_alphanumeric() && !b.is_ascii_whitespace() && b != 0x0b {
            let p = text.get(i..i + 1).unwrap_or("");
            toks.push(Tok::punct(p, line_start, *line));
            open = ascii_punct_opens(b, open | line_start);
            line_start = false;
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else { break };
        let clen = c.len_utf8();
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        let start = i;
        let mut kind;
        let mut poss = false;
        let mut end;
        if is_alpha(c) {
            kind = Kind::Word;
            end = i + clen;
            loop {
                // ASCII letters and digits in one sweep
                end += alnum_run(bytes.get(end..).unwrap_or(&[]));
                // the sweep stopped at ASCII: only an apostrophe or hyphen can continue
                if bytes.get(end).is_some_and(|&b| b < 0x80 && b != b'\'' && b != b'-') {
                    break;
                }
                let Some(d) = char_at(text, end) else { break };
                let dlen = d.len_utf8();
                if is_alnum(d)
                    || ((is_apostrophe(d) || is_hyphen(d)) && char_at(text, end + dlen).is_some_and(is_alpha))
                {
                    end += dlen;
                } else {
                    break;
                }
            }
            let mut word_end = end;
            // Possessives: "Putin's", "Williams'".
            let w = &text[start..end];
            let ends_s = matches!(w.as_bytes().last(), Some(b's' | b'S'));
            // ("'s" or "\u{2019}s": the byte before the s is ' or the last byte of \u{2019})
            let quote_s = ends_s && end >= 2 && matches!(bytes.get(end - 2), Some(b'\'' | 0x99));
            for suffix in ["'s", "\u{2019}s", "'S"].into_iter().filter(|_| quote_s) {
                if let Some(stem) = w.strip_suffix(suffix) {
                    if !stem.is_empty() {
                        word_end = start + stem.len();
                        poss = true;
                    }
                    break;
                }
            }
            if !poss && ends_s && w.ends_with('s') && matches!(bytes.get(end), Some(b'\'' | 0xE2)) {
                if let Some(d) = char_at(text, end) {
                    let after = char_at(text, end + d.len_utf8());
                    if is_apostrophe(d) && !after.is_some_and(is_alnum) {
                        poss = true;
                        end += d.len_utf8();
                    }
                }
            }
            // Initials and abbreviations keep their full stop.
            let w = &text[start..word_end];
            if !poss && bytes.get(end) == Some(&b'.') {
                let single = w.len() == clen && c.is_uppercase();
                if single {
                    kind = Kind::Initial;
                    end += 1;
                    // "J.K." / "U.S.": more letters each followed by a full stop (a few)
                    let mut letters = 1;
                    while let Some(l) = char_at(text, end) {
                        if letters < MAX_INITIALS && l.is_uppercase() && bytes.get(end + l.len_utf8()) == Some(&b'.') {
                            letters += 1;
                            end += l.len_utf8() + 1;
                        } else {
                            break;
                        }
                    }
                    word_end = end;
                } else if ABBREVIATIONS.contains(&w) {
                    end += 1;
                    word_end = end;
                }
            }
            // "Vice-President JD Vance": capitals without full stops, between a title and a
            // surname, are initials
            let w = &text[start..word_end];
            if c.is_ascii_uppercase()
                && kind == Kind::Word
                && (2..=3).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && bytes.get(end) == Some(&b' ')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
                && bytes.get(end + 2).is_some_and(u8::is_ascii_lowercase)
                && lex(w) & (L_PLACE | L_ORG | L_NON_NAME | L_NATIONALITY) == 0
                && toks.last().is_some_and(|p| {
                    p.kind == Kind::Word && !line_start && with_lower_no_dots(p.text, lower_lex) & W_TITLE != 0
                })
            {
                kind = Kind::Initial;
            }
            let w = &text[start..word_end];
            if kind == Kind::Word && starts_lower(w) {
                lower_words.add(word_hash(w));
            }
            let mut t = Tok::new(w, kind, poss, line_start, *line);
            t.set(T_SENT_START, open | line_start);
            open = false;
            toks.push(t);
        } else if c.is_ascii_digit() {
            end = i + 1;
            while let Some(&d) = bytes.get(end) {
                if d.is_ascii_alphanumeric()
                    || (matches!(d, b'.' | b',' | b':' | b'-' | b'/')
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            let mut t = Tok::new(&text[start..end], Kind::Num, false, line_start, *line);
            t.set(T_SENT_START, open | line_start);
            open = false;
            toks.push(t);
        } else {
            end = i + clen;
            let p = &text[start..end];
            open = punct_opens(p, open | line_start);
            toks.push(Tok::new(p, Kind::Punct, false, line_start, *line));
        }
        line_start = false;
        i = end;
    }
}

/// Whether a sentence is open after the punctuation `p`, when it was `open` before: a full
/// stop, a colon, an opening quotation mark or bracket opens one; a dash or a quotation mark
/// after a full stop keeps the state; anything else closes it.
fn punct_opens(p: &str, open: bool) -> bool {
    match p.as_bytes() {
        [b] if b.is_ascii() => ascii_punct_opens(*b, open),
        _ => match p {
            "\u{201c}" => true,
            "\u{2013}" | "\u{2014}" | "\u{2018}" => open,
            _ => false,
        },
    }
}

/// `punct_opens` of one ASCII character, by table and without a branch.
#[inline(always)]
fn ascii_punct_opens(b: u8, open: bool) -> bool {
    let effect = PUNCT_OPENS.get(usize::from(b)).copied().unwrap_or(0);
    (effect & OPENS != 0) | ((effect & KEEPS != 0) & open)
}

/// `PUNCT_OPENS` values: the character opens a sentence, or keeps the state; neither closes.
const OPENS: u8 = 1;
const KEEPS: u8 = 2;

/// What each ASCII character does as a punctuation token (see `punct_opens`).
static PUNCT_OPENS: [u8; 128] = {
    let mut t = [0u8; 128];
    let opens = b".!?:;\"([";
    let mut k = 0;
    while k < opens.len() {
        t[opens[k] as usize] = OPENS;
        k += 1;
    }
    t[b'-' as usize] = KEEPS;
    t[b'\'' as usize] = KEEPS;
    t
};

#[inline]
fn first_char(w: &str) -> Option<char> {
    w.chars().next()
}

/// "NATO", "BBC", "MPs": an acronym (a plural `s` allowed), never a name word.
#[inline]
fn is_all_caps(w: &str) -> bool {
    let w = w.strip_suffix('s').filter(|s| s.len() >= 2).unwrap_or(w);
    if w.is_ascii() {
        let mut letters = 0;
        for b in w.bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            if b.is_ascii_uppercase() {
                letters += 1;
            }
        }
        return letters >= 2;
    }
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// A capitalised word that could be part of a name ("Putin", "McCarthy", "O'Neill").
fn is_cap_word(t: &Tok) -> bool {
    t.cap()
}

/// "ChatGPT", "DeepMind", "iPhone"-style product names: capitals inside a word, other than
/// after name prefixes such as Mc, Mac, De, Di, Le or O'.
fn is_camel_case(w: &str) -> bool {
    if w.is_ascii() && !w.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let mut prev_lower = false;
    let mut prev_upper = false;
    for (k, c) in w.char_indices() {
        if c.is_uppercase() && k > 0 {
            if prev_upper {
                return true;
            }
            if prev_lower {
                let head = &w[..k];
                let ok = matches!(
                    head,
                    "Mc" | "Mac"
                        | "De"
                        | "Di"
                        | "Da"
                        | "Du"
                        | "Le"
                        | "La"
                        | "Van"
                        | "Von"
                        | "Fitz"
                        | "Ja"
                        | "Ke"
                        | "Da'"
                ) || head.ends_with(['\'', '\u{2019}', '-']);
                if !ok {
                    return true;
                }
            }
        }
        prev_lower = c.is_lowercase();
        prev_upper = c.is_uppercase() && k > 0;
    }
    false
}

/// "al-Assad", "bin", "van": lower-case pieces that belong inside a name.
fn is_particle(t: &Tok) -> bool {
    t.particle()
}

/// A lower-case word that is a name particle: "van", "bin", or a prefixed "al-Assad".
#[inline]
fn compute_particle(text: &str) -> bool {
    if !starts_lower(text) {
        return false;
    }
    if is_particle_word(text) {
        return true;
    }
    if !text.as_bytes().iter().take(4).any(|b| *b == b'-') {
        return false;
    }
    for pre in ["al-", "el-", "ul-", "ad-", "as-", "bin-", "abu-"] {
        if let Some(rest) = text.strip_prefix(pre) {
            return first_char(rest).is_some_and(char::is_uppercase);
        }
    }
    false
}

/// A particle, in lower case or capitalised ("van", "Le" of "Marine Le Pen").
fn particle_any_case(t: &Tok) -> bool {
    is_particle(t) || (t.text.len() <= 5 && with_lower(t.text, |l| PARTICLES.contains(&l)))
}

/// A particle (or several: "van der") followed by a capitalised word on the same line.
fn particle_leads_to_name(toks: &[Tok], i: usize) -> bool {
    let mut j = i;
    while toks.get(j).is_some_and(|t| is_particle(t) && !t.text.contains('-')) {
        j += 1;
        if j - i > 3 {
            return false;
        }
    }
    if j == i {
        // "al-Assad" is a name word by itself
        return toks.get(i).is_some_and(is_particle);
    }
    toks.get(j)
        .is_some_and(|n| is_cap_word(n) && !n.line_start() && n.text.chars().count() > 1)
}

/// Calls `f` with the lower-case form of `w`, without allocating for short ASCII words.
fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        for (b, c) in buf.iter_mut().zip(w.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        if let Ok(s) = std::str::from_utf8(&buf[..w.len()]) {
            return f(s);
        }
    }
    f(&w.to_lowercase())
}

/// Like `with_lower`, dropping full stops ("Sen." -> "sen").
fn with_lower_no_dots<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        let mut n = 0;
        for c in w.bytes().filter(|b| *b != b'.') {
            buf[n] = c.to_ascii_lowercase();
            n += 1;
        }
        if let Ok(s) = std::str::from_utf8(&buf[..n]) {
            return f(s);
        }
    }
    let s: String = w.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect();
    f(&s)
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

// ---------------------------------------------------------------------------
// Candidates
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Default)]
struct Evidence {
    title: bool,
    speech: bool,
    appos: bool,
    table: bool,
    /// "he", "she", "his" or "her" soon after a speech mention: a person, not a company.
    personal: bool,
    /// Used as a place or a modifier: "at Roland Garros", "the Vera Rubin platform".
    against: bool,
    /// The last word, alone elsewhere in the article, has evidence of its own ("Horner said").
    surname: bool,
    /// After a regal title ("Prince Charles", "King Abdullah"): a royal known by a given name.
    regal: bool,
}

impl Evidence {
    fn any(&self) -> bool {
        self.title || self.speech || self.appos || self.table || self.surname
    }
}

/// A name's words, at most `MAX_NAME_WORDS`, kept inline: candidates are many and short, and
/// a vector each cost more in allocation than the rest of their handling.
#[derive(Debug, Clone, Copy, Default)]
struct Words<'a> {
    len: usize,
    words: [&'a str; MAX_NAME_WORDS],
}

impl<'a> Words<'a> {
    /// The words of `iter`, up to `MAX_NAME_WORDS` of them (callers never give more).
    fn collect(iter: impl Iterator<Item = &'a str>) -> Self {
        let mut out = Words::default();
        for (slot, w) in out.words.iter_mut().zip(iter) {
            *slot = w;
            out.len += 1;
        }
        out
    }
}

impl<'a> std::ops::Deref for Words<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        self.words.get(..self.len).unwrap_or(&[])
    }
}

impl PartialEq for Words<'_> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

#[derive(Debug, Clone)]
struct Cand<'a> {
    words: Words<'a>,
    pos: usize,
    ev: Evidence,
    headline: bool,
    initial_led: bool,
    /// A lone word between commas: an item of a list such as a team line-up.
    list_item: bool,
}

struct Ctx<'a, 'b> {
    toks: &'b [Tok<'a>],
    /// `word_hash` of every word the article writes in lower case.
    lower_words: HashSet64,
    headline_lines: Lines,
    /// Metadata and byline lines ("Author: ...", "By ..."): no names taken from them.
    meta_lines: Lines,
}

impl Ctx<'_, '_> {
    /// A common word here: in the common-word list or written in lower case elsewhere in the article.
    fn is_common(&self, w: &str) -> bool {
        with_lower(w, |l| {
            let h = word_hash(l);
            LOWER_LEX.get_with_hash(l, h) & W_COMMON != 0 || self.lower_words.contains(h)
        })
    }

    /// `lex` of token `i`, cached for capitalised words.
    fn tok_lex(&self, i: usize) -> u32 {
        match self.toks.get(i) {
            Some(t) if t.cap() => t.lex,
            Some(t) => lex(t.text),
            None => 0,
        }
    }

    /// `is_common` of token `i`, cached for capitalised words.
    fn tok_common(&self, i: usize) -> bool {
        match self.toks.get(i) {
            Some(t) if t.cap() => t.common(),
            Some(t) => self.is_common(t.text),
            None => false,
        }
    }

    /// A word inside a capitalised run that divides it rather than being part of a name.
    fn is_separator(&self, i: usize, headline: bool) -> bool {
        let t = &self.toks[i];
        let w = t.text;
        let f = self.tok_lex(i);
        let any_given = f & (L_GIVEN | L_AMBIGUOUS) != 0;
        let given = f & (L_GIVEN | L_AMBIGUOUS) == L_GIVEN;
        // "Christian Cullen", "German Villa": a nationality that is also a given name
        let given_opens = || {
            any_given
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|n| is_cap_word(n) && !n.line_start() && n.lex & L_NATIONALITY == 0)
        };
        // (a plain word is ASCII: without a capital after the first letter it is not camel case)
        let camel = if t.is_plain() {
            w.bytes().skip(1).any(|b| b.is_ascii_uppercase()) && is_camel_case(w)
        } else {
            is_camel_case(w)
        };
        if f & L_NON_NAME != 0 || (f & L_NATIONALITY != 0 && !given_opens()) || f & L_SUFFIX != 0 || camel {
            return true;
        }
        if t.kind == Kind::Initial {
            // "U.S.", "U.N.": a country or body, not initials
            let letters: String = w.chars().filter(|c| *c != '.').collect();
            return letters.chars().count() >= 2 && lex(&letters) & (L_PLACE | L_ORG) != 0;
        }
        if w.len() <= 4 && w.chars().nth(1).is_none() {
            // "George W Bush": a middle initial written without its full stop
            let inside = i > 0
                && is_cap_word(&self.toks[i - 1])
                && self.toks.get(i + 1).is_some_and(|n| is_cap_word(n) && !n.line_start());
            return !(inside && w != "I" && w != "A");
        }
        // "Americans", "Iraqis", "Welshman", "Frenchwomen"
        if f & L_NATIONALITY_NOUN != 0 {
            return true;
        }
        // "I've", "Don't": contractions (a plain word has no apostrophe)
        let split = |c: &[char]| if t.is_plain() { None } else { w.split_once(c) };
        if let Some((_, tail)) = split(&['\'', '\u{2019}']) {
            if matches!(tail, "ve" | "ll" | "re" | "d" | "m" | "t") {
                return true;
            }
        }
        // "Brazilian-born", "Ohio-based", "Ex-Yankee", "Anti-War" (a plain word has no hyphen)
        if let Some((head, tail)) = split(&['-']) {
            if with_lower(tail, |t| HYPHEN_TAILS.contains(&t))
                || with_lower(head, |h| {
                    matches!(
                        h,
                        "ex" | "former"
                            | "anti"
                            | "pro"
                            | "non"
                            | "post"
                            | "pre"
                            | "euro"
                            | "anglo"
                            | "franco"
                            | "afro"
                            | "sino"
                            | "pan"
                            | "indo"
                            | "neo"
                    )
                })
            {
                return true;
            }
        }
        // a sentence-initial common word, unless a given name opens a full name ("Faith Chebet")
        let given_opens_name = || any_given && self.toks.get(i + 1).is_some_and(|n| is_cap_word(n) && !n.line_start());
        if (t.sent_start() || headline) && !given && !given_opens_name() && self.tok_common(i) {
            return true;
        }
        // "Cinematographer John Mathieson", "Co-star Richard Gere", "Veterans Simon":
        // a role-like opener before a given name
        let opener = (t.sent_start() || i == 0 || !is_cap_word(&self.toks[i - 1]))
            && !any_given
            && self
                .toks
                .get(i + 1)
                .is_some_and(|n| !n.line_start() && n.cap() && n.lex & (L_GIVEN | L_AMBIGUOUS) == L_GIVEN);
        if !opener {
            return false;
        }
        w.split_once('-')
            .is_some_and(|(_, tail)| first_char(tail).is_some_and(char::is_lowercase))
            || (["er", "ist", "ian"].iter().any(|s| w.ends_with(s))
                && (w.len() >= 8 || with_lower(w, |l| lower_lex(l) & (W_TITLE | W_COMMON) != 0)))
            || w.strip_suffix('s').is_some_and(|stem| {
                let l = lower(stem);
                lower_lex(&l) & (W_TITLE | W_COMMON) != 0
            })
    }

    /// Length of a title starting at token `i` (within `end`), 0 if none.
    fn title_len(&self, i: usize, end: usize) -> usize {
        // One word (the usual case): look it up without allocating.
        if let Some(t) = self.toks.get(i) {
            if i + 1 > end || t.kind == Kind::Punct || t.kind == Kind::Num {
                return 0;
            }
            let f = if t.cap() {
                t.llex
            } else {
                with_lower_no_dots(t.text, lower_lex)
            };
            let (title, prefix) = (f & W_TITLE != 0, f & W_TITLE_PREFIX != 0);
            if t.poss() || !prefix {
                return usize::from(title);
            }
        }
        let mut best = 0;
        let mut key = KeyBuf::new();
        for n in 1..=MAX_TITLE_WORDS {
            let Some(t) = self.toks.get(i + n - 1) else {
                break;
            };
            if i + n > end || t.kind == Kind::Punct || t.kind == Kind::Num {
                break;
            }
            let f = if key.push_word(t.text, true) {
                LOWER_LEX.get_bytes(key.bytes())
            } else {
                0
            };
            if f & W_TITLE != 0 {
                best = n;
            }
            if t.poss() || f & W_TITLE_PREFIX == 0 {
                break;
            }
        }
        best
    }

    /// A lower-case title or role word right before token `i` ("striker", "chief executive").
    fn role_before(&self, i: usize) -> bool {
        for n in 1..=3 {
            if n > i {
                break;
            }
            if self.toks[i - n + 1].line_start() {
                break;
            }
            let t = &self.toks[i - n];
            let lower_or_acronym = starts_lower(t.text) || is_all_caps(t.text);
            if t.kind != Kind::Word || !lower_or_acronym {
                break;
            }
            let f = if n == 1 {
                with_lower(t.text, lower_lex)
            } else {
                // the last n words before `i`, lower-cased and joined
                let mut key = KeyBuf::new();
                if self.toks[i - n..i].iter().all(|w| key.push_word(w.text, false)) {
                    LOWER_LEX.get_bytes(key.bytes())
                } else {
                    0
                }
            };
            if f & W_TITLE != 0 && !t.poss() {
                return true;
            }
            if f & W_TITLE_SUFFIX == 0 {
                break;
            }
        }
        false
    }

    fn word_at(&self, i: usize) -> Option<&str> {
        self.toks.get(i).map(|t| t.text)
    }

    /// Evidence from the tokens after a name ending before token `j`.
    fn after(&self, j: usize, ev: &mut Evidence, multi: bool) {
        let Some(t) = self.toks.get(j) else { return };
        let line = self.toks.get(j.saturating_sub(1)).map_or(0, |p| p.line);
        if t.line != line {
            return;
        }
        match t.kind {
            Kind::Word => {
                let f = lower_lex(t.text);
                if f & W_NOUN_AFTER != 0 {
                    ev.against = true;
                }
                if f & W_SPEECH != 0 {
                    ev.speech = true;
                    ev.personal |= self.pronoun_near(j);
                }
            }
            Kind::Num => {
                // "Phil Simmons 4-38", but not a standings row "Greenock Morton 3 2 0 1 5 2 6"
                let numbers = self.toks[j..]
                    .iter()
                    .take(6)
                    .take_while(|n| n.kind == Kind::Num && n.line == t.line)
                    .count();
                if multi && numbers <= 2 {
                    ev.table = true;
                }
                if numbers >= 6 {
                    ev.against = true;
                }
            }
            Kind::Punct => {
                let next = self.toks.get(j + 1);
                let next2 = self.toks.get(j + 2);
                match t.text {
                    "," => {
                        if let Some(n) = next {
                            if n.kind == Kind::Num
                                && n.text.len() <= 3
                                && n.text.bytes().all(|b| b.is_ascii_digit())
                                && next2.is_some_and(|p| matches!(p.text, "," | "." | ")" | ";"))
                            {
                                ev.appos = true;
                            }
                            if matches!(n.text, "who" | "whose") {
                                ev.appos = true;
                            }
                        }
                    }
                    "(" => {
                        if let (Some(n), Some(c)) = (next, next2) {
                            // an age or a record, "Putin (72)", "Pettitte (19-7)", or the
                            // minute a player scored, "Giovanni (14th)"; not a rank, a year
                            // or an amount ("Tamagotchi (86th)", "Doom (2004)")
                            let given = j > 0 && self.tok_lex(j - 1) & L_GIVEN != 0;
                            if c.text == ")" && n.kind == Kind::Num && (age_or_record(n.text) || given) {
                                ev.appos = true;
                            }
                            if multi && (n.kind == Kind::Num || lex(n.text) & L_PLACE != 0) {
                                ev.table = true;
                            }
                            if multi
                                && (n.kind == Kind::Initial || n.kind == Kind::Word && is_all_caps(n.text))
                                && c.text == ")"
                            {
                                ev.table = true;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Kind::Initial => {}
        }
    }

    /// Evidence from the tokens before a name starting at token `i`.
    /// A personal pronoun within the next few words of token `j`, on the same line.
    fn pronoun_near(&self, j: usize) -> bool {
        let line = self.toks.get(j).map(|t| t.line);
        self.toks
            .get(j..)
            .unwrap_or(&[])
            .iter()
            .take(30)
            .take_while(|t| Some(t.line) == line)
            .any(|t| {
                // (cheap test first: these all start with h or s)
                matches!(t.text.as_bytes().first(), Some(b'h' | b's' | b'H' | b'S'))
                    && matches!(
                        t.text,
                        "he" | "she" | "his" | "her" | "him" | "himself" | "herself" | "He" | "She" | "His" | "Her"
                    )
            })
    }

    fn before(&self, i: usize, ev: &mut Evidence, multi: bool) {
        if i == 0 {
            return;
        }
        let p = &self.toks[i - 1];
        if p.line != self.toks[i].line {
            return;
        }
        if p.kind == Kind::Word && lower_lex(p.text) & W_SPEECH != 0 {
            ev.speech = true;
            ev.personal |= self.pronoun_near(i);
        }
        // "according to Gartner" is as often a firm as a person: only for full names
        if multi && p.text == "to" && i >= 2 && self.word_at(i - 2) == Some("according") {
            ev.speech = true;
        }
        // (a role word just before, "striker Ian Rush", came in as the segment's title)
        // "at Roland Garros", "in Burkina Faso" ("in Tony Blair" is not a place)
        if matches!(p.text, "at" | "near" | "outside") || (p.text == "in" && !is_any_given(self.toks[i].text)) {
            ev.against = true;
        }
    }
}

/// "72" or "19-7": one to three digits, or two numbers of one or two digits joined by a hyphen.
fn age_or_record(n: &str) -> bool {
    let short = |d: &str, max: usize| (1..=max).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit());
    match n.split_once('-') {
        Some((won, lost)) => short(won, 2) && short(lost, 2),
        None => short(n, 3),
    }
}

/// Whether `abbr` ("LCD", "HSDPA") abbreviates `words`: its capitals are their initials, or
/// end with them (the words a run kept of a longer term: "Speed Downlink Packet Access").
fn is_abbreviation_of<'w>(abbr: &str, words: impl Iterator<Item = &'w str>) -> bool {
    let abbr = abbr.strip_suffix('s').unwrap_or(abbr);
    if abbr.len() < 2 || !abbr.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // (each part of a hyphenated word has its initial: "High-Speed" is HS)
    let mut initials = [0u8; 2 * MAX_NAME_WORDS];
    let mut n = 0;
    for part in words.flat_map(|w| w.split('-')) {
        let (Some(slot), Some(b)) = (initials.get_mut(n), part.bytes().next()) else {
            return false;
        };
        *slot = b.to_ascii_uppercase();
        n += 1;
    }
    n >= 2 && initials.get(..n).is_some_and(|i| abbr.as_bytes().ends_with(i))
}

/// The commonest Korean surnames as news romanises them.
const KOREAN_SURNAMES: &[&str] = &[
    "Ahn", "Bae", "Baek", "Ban", "Byun", "Cha", "Chang", "Cho", "Choi", "Chun", "Chung", "Go", "Ha", "Han", "Heo",
    "Hong", "Hwang", "Hyun", "Jang", "Jeon", "Jeong", "Jin", "Jo", "Ju", "Jung", "Kang", "Kim", "Ko", "Koo", "Kwon",
    "Lee", "Lim", "Moon", "Nam", "Noh", "Oh", "Park", "Roh", "Ryu", "Seo", "Shin", "Son", "Song", "Suh", "Um", "Won",
    "Woo", "Yang", "Yoo", "Yoon", "Yu", "Yun",
];

/// A Korean surname before its given name as news writes it: two syllables joined by a
/// hyphen, the first capitalised ("Park" "Geun-hye", "Son" "Heung-min").
fn is_korean_name(surname: &str, given: &str) -> bool {
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
    KOREAN_SURNAMES.contains(&surname)
        && given
            .split_once('-')
            .is_some_and(|(a, b)| syllable(a, true) && syllable(b, false))
}

/// Role nouns of `titles.txt` that firms fill as often as people ("publisher Bertelsmann",
/// "investor SoftBank"): evidence for a full name after them, not for one word.
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

fn is_firm_role(w: &str) -> bool {
    FIRM_ROLES.contains(&w)
}

/// Function words that title case capitalises ("Meeting With Trump").
const HEADLINE_FUNCTION_WORDS: &[&str] = &[
    "To", "For", "With", "Of", "The", "And", "In", "On", "At", "After", "Is", "As", "By", "From", "Over", "Not", "Be",
    "Are", "Was", "Has", "Have", "Into", "Against", "Says", "Up", "Out", "Back", "Off", "A", "An", "Its", "His", "Her",
    "Their", "New", "Will", "He", "She", "It",
];

/// Words that title case leaves in lower case.
const MINOR_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "as", "vs", "v",
    "after", "over", "into", "via", "per", "nor", "up",
];

/// `MINOR_WORDS.contains(w)` (the `W_MINOR` class), as a match the compiler can dispatch on length.
#[inline]
fn is_minor_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "and"
            | "or"
            | "but"
            | "with"
            | "by"
            | "from"
            | "as"
            | "vs"
            | "v"
            | "after"
            | "over"
            | "into"
            | "via"
            | "per"
            | "nor"
            | "up"
    )
}

/// Whether `w` lower-cased (`lower`) is one of `keys` (lower-case ASCII), without allocating
/// for ASCII words.
fn lower_is_one_of(w: &str, keys: &[&str]) -> bool {
    if w.is_ascii() {
        keys.iter().any(|k| k.len() == w.len() && w.eq_ignore_ascii_case(k))
    } else {
        let l = lower(w);
        keys.contains(&l.as_str())
    }
}

/// Looks up each capitalised word once: its classes, its title classes, and whether it is a
/// common word here (see `Ctx::is_common`).
fn classify(toks: &mut [Tok], lower_words: &HashSet64) {
    for t in toks.iter_mut().filter(|t| t.cap()) {
        t.lex = lex(t.text);
        let classes = |l: &[u8]| {
            let h = word_hash_bytes(l);
            let f = LOWER_LEX.get_bytes_with_hash(l, h);
            (f & W_COMMON != 0 || lower_words.contains(h), f)
        };
        // (a plain word is short ASCII, lower-cased on the stack)
        let mut buf = [0u8; LOWER_BYTES];
        let plain = if t.is_plain() {
            ascii_lower(t.text.as_bytes(), &mut buf)
        } else {
            None
        };
        let (common, flags) = match plain {
            Some(l) => classes(l),
            None => with_lower(t.text, |l| classes(l.as_bytes())),
        };
        t.set(T_COMMON, common);
        // (the title look-up ignores full stops: "Sen." is "sen"; a plain word has none)
        t.llex = if !t.is_plain() && t.text.contains('.') {
            with_lower_no_dots(t.text, lower_lex)
        } else {
            flags
        };
    }
}

/// Lines that read like headlines: title case (capitalised function words, no other lower-case
/// words) or mostly capitals. Capitals there say nothing about names.
fn headline_lines(toks: &[Tok]) -> Lines {
    let mut out = Lines::default();
    let mut i = 0;
    while i < toks.len() {
        let line = toks[i].line;
        let mut j = i;
        let (mut words, mut caps, mut cap_function, mut all_caps, mut lower_content) = (0, 0, 0, 0, 0);
        while j < toks.len() && toks[j].line == line {
            let t = &toks[j];
            // (counted without branching on the word's kind, which alternates unpredictably)
            let is_word = t.kind == Kind::Word;
            words += u32::from(is_word);
            all_caps += u32::from(is_word && t.caps());
            caps += u32::from(t.cap());
            // (one branch-free flag: cap or not alternates unpredictably)
            cap_function |= u32::from(t.cap() & (j > i) & (t.lex & L_HEADLINE_FUNCTION != 0));
            if lower_content == 0 && (is_word & !t.caps() & !t.cap()) && !is_minor_word(t.text) {
                lower_content += 1;
            }
            j += 1;
        }
        let title_case = cap_function >= 1 && caps >= 2 && lower_content == 0;
        if words >= 3 && (title_case || all_caps * 2 > words) {
            out.insert(line);
        }
        i = j;
    }
    out
}

/// Field names of metadata lines ("Author: Jane Doe", "author: ...", "Photo: ...").
const META_KEYS: &[&str] = &[
    "author",
    "authors",
    "byline",
    "by",
    "published",
    "updated",
    "date",
    "source",
    "url",
    "credit",
    "credits",
    "photo",
    "photograph",
    "image",
    "picture",
    "tags",
    "category",
    "title",
    "link",
    "posted",
    "written",
    "reporter",
    "editor",
    "contributor",
    "copyright",
];

/// Lines that only carry metadata: "Author: Jane Doe", "By Jane Doe, Political Editor",
/// "(Reporting by Jane Doe; Editing by John Roe)".
fn meta_lines(toks: &[Tok]) -> Lines {
    let mut out = Lines::default();
    let mut i = 0;
    while i < toks.len() {
        let line = toks[i].line;
        let mut j = i;
        while j < toks.len() && toks[j].line == line {
            j += 1;
        }
        let words = &toks[i..j];
        let key_is_one_of = |k: usize, keys: &[&str]| words.get(k).is_some_and(|t| lower_is_one_of(t.text, keys));
        // "(Reporting by ...; Editing by ...)", "Additional reporting by ..."
        let off = usize::from(words.first().is_some_and(|t| t.text == "("));
        let credit = key_is_one_of(off, &["reporting", "writing", "editing", "additional"])
            && (off + 1..off + 3).any(|k| words.get(k).is_some_and(|t| t.text == "by"));
        let is_meta = if words.get(1).is_some_and(|t| t.text == ":") {
            key_is_one_of(0, META_KEYS)
        } else if credit {
            true
        } else {
            // "By Jane Doe" / "By Jane Doe and John Roe, BBC News" / "By Jane Doe, Political
            // editor": a name (and more names) before any comma
            let name_part = words.iter().take_while(|t| t.text != ",");
            words.first().is_some_and(|t| t.text == "By")
                && words.get(1).is_some_and(is_cap_word)
                && words.len() <= 16
                && name_part.clone().count() <= 8
                && name_part.into_iter().all(|t| {
                    t.kind != Kind::Word
                        || !starts_lower(t.text)
                        || matches!(t.text, "and" | "in" | "of" | "the" | "for" | "at")
                })
        };
        if is_meta {
            out.insert(line);
        }
        i = j;
    }
    out
}

/// Splits the article into capitalised runs and then into name candidates.
fn candidates<'a>(ctx: &Ctx<'a, '_>, mut out: Vec<Cand<'a>>) -> Vec<Cand<'a>> {
    let toks = ctx.toks;
    out.clear();
    let mut seg = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !(is_cap_word(t) || t.kind == Kind::Initial || (t.particle() && particle_leads_to_name(toks, i))) {
            i += 1;
            continue;
        }
        // Maximal run on one line.
        let start = i;
        let mut end = i + 1;
        if !toks[i].poss() {
            while end < toks.len() && !toks[end].line_start() {
                let t = &toks[end];
                let ok = is_cap_word(t)
                    || is_roman(t.text)
                    || t.kind == Kind::Initial
                    || (t.particle() && particle_leads_to_name(toks, end));
                if !ok {
                    break;
                }
                end += 1;
                if t.poss() {
                    break;
                }
            }
        }
        // a lone function word or other non-name ("The", "But") yields nothing: skip the work
        let lone_non_name = end == start + 1 && {
            let t = &toks[start];
            t.cap() && t.lex & L_NON_NAME != 0 && t.lex & L_MULTI_FIRST == 0 && t.llex & (W_TITLE | W_TITLE_PREFIX) == 0
        };
        // "Commission for Racial Equality", "Office of Federal Housing Enterprise Oversight":
        // the words after an organisation word and "of" or "for" go on naming it
        let org_tail = start >= 2
            && matches!(toks[start - 1].text, "of" | "for")
            && toks[start - 2].line == toks[start].line
            && is_cap_word(&toks[start - 2])
            && ctx.tok_lex(start - 2) & L_ORG_WORD != 0;
        if !lone_non_name && !org_tail && !ctx.meta_lines.contains(&toks[start].line) {
            split_run(ctx, start, end, &mut seg, &mut out);
        }
        i = end;
    }
    out
}

/// Cuts one capitalised run into names: titles, nationalities and non-name words divide it.
fn split_run<'a>(ctx: &Ctx<'a, '_>, start: usize, end: usize, seg: &mut Vec<usize>, out: &mut Vec<Cand<'a>>) {
    let toks = ctx.toks;
    let headline = ctx.headline_lines.contains(&toks[start].line);
    // a role word before the run ("striker Ian Rush"), looked up only if it can matter
    let mut pending_title: Option<bool> = None;
    seg.clear();
    // (a title before the segment, and whether it was a regal one: "Prince Charles")
    let mut seg_title = (false, false);
    let mut i = start;
    let flush = |seg: &mut Vec<usize>, (title, regal): (bool, bool), out: &mut Vec<Cand<'a>>| {
        if let Some(c) = make_cand(ctx, seg, title, regal, start, end, headline) {
            out.push(c);
        }
        seg.clear();
    };
    let mut regal = false;
    while i < end {
        let t = &toks[i];
        // "Sri Lanka", "Sky News" inside a run: a multi-word place or organisation
        if let Some(n) = (2..=3).rev().find(|&n| {
            i + n <= end
                && ctx.tok_lex(i) & L_MULTI_FIRST != 0
                && joined_lex(toks.get(i..i + n).unwrap_or(&[]).iter().map(|t| t.text)) & (L_PLACE | L_ORG) != 0
        }) {
            flush(seg, seg_title, out);
            pending_title = Some(false);
            i += n;
            continue;
        }
        let tl = ctx.title_len(i, end);
        // A title opens a new name, unless it is the last word of the run.
        // "Dean Jones", "Marine Le Pen": a one-word title that is also a given name, before
        // a lone surname or a particle
        let given_not_title = tl == 1
            && ctx.tok_lex(i) & (L_GIVEN | L_AMBIGUOUS) != 0
            && ctx.tok_lex(i) & L_REGAL == 0
            && (i + 2 == end || (i + 2 < end && toks.get(i + 1).is_some_and(particle_any_case)));
        // "Park Geun-hye", "Son Heung-min": a Korean surname before its hyphenated given name
        // (neither the organisation word nor the title it also is)
        let korean_surname = i + 1 < end && toks.get(i + 1).is_some_and(|n| is_korean_name(t.text, n.text));
        if tl > 0 && i + tl < end && !toks[i + tl - 1].poss() && !given_not_title && !korean_surname {
            flush(seg, seg_title, out);
            pending_title = Some(true);
            regal = ctx.tok_lex(i + tl - 1) & L_REGAL != 0;
            i += tl;
            continue;
        }
        let w = t.text;
        // "King Charles III", "Elizabeth I": a regnal number belongs to the name.
        if is_roman(w) && !seg.is_empty() {
            let next_is_word = toks.get(i + 1).is_some_and(|n| n.kind == Kind::Word && !n.line_start());
            let single = w.len() == 1;
            if !single || regal || (w == "I" && seg.len() == 1 && !next_is_word) {
                seg.push(i);
                i += 1;
                continue;
            }
        }
        // "Robert F. Kennedy Jr.": a generational suffix belongs to the name it closes
        let f = ctx.tok_lex(i);
        if !seg.is_empty() && f & L_SUFFIX != 0 {
            seg.push(i);
            i += 1;
            continue;
        }
        // A title word closing a name is a surname: "John Major", "Carole King".
        // ("Bernard Lama": any title but an office, straight after a given name)
        let after_given_name = seg
            .last()
            .is_some_and(|&k| ctx.tok_lex(k) & (L_GIVEN | L_AMBIGUOUS) == L_GIVEN);
        let title_as_name = tl == 1
            && !seg.is_empty()
            && (f & L_SURNAME_TITLE != 0
                || (after_given_name && f & (L_REGAL | L_OFFICE) == 0)
                || (with_lower(w, |l| lower_lex(l) & W_HONORIFIC == 0)
                    && seg
                        .first()
                        .is_some_and(|&k| ctx.tok_lex(k) & (L_GIVEN | L_AMBIGUOUS) == L_GIVEN)));
        // "Theresa May", "Brian May": a month or word after a given name is a surname
        // ... and "Peter Such", "Stuart Law": a common word closing a name after a given name
        let closes_run = !toks.get(i + 1).is_some_and(|n| i + 1 < end && is_cap_word(n));
        let after_given = (f & L_AMBIGUOUS != 0 || (closes_run && ctx.tok_common(i) && f & L_SEPARATOR_ALWAYS == 0))
            && seg
                .last()
                .is_some_and(|&k| ctx.tok_lex(k) & (L_GIVEN | L_AMBIGUOUS) == L_GIVEN)
            && !toks.get(i + 1).is_some_and(|n| n.kind == Kind::Num);
        // "P. Such", "Ronald de Boer": after an initial or a particle, a word is a surname
        let after_initial_or_particle = seg.last().is_some_and(|&k| {
            toks[k].kind == Kind::Initial
                || (is_particle(&toks[k]) && !toks[k].text.contains('-') && !ctx.tok_common(i))
        }) && is_cap_word(t)
            && w.chars().count() > 1
            && f & L_MONTH_OR_FUNCTION == 0;
        let separator = !title_as_name
            && !after_given
            && !after_initial_or_particle
            && !korean_surname
            && ((tl > 0 && !given_not_title) || ctx.is_separator(i, headline));
        // "Hong Kong-based", "Bharatiya Janata Party": the words before a hyphenated
        // adjective or an organisation word belong to it
        if separator
            && (f & L_ORG_WORD != 0
                || (!t.is_plain()
                    && w.split_once('-')
                        .is_some_and(|(_, tail)| HYPHEN_TAILS.contains(&lower(tail).as_str()))))
        {
            seg.clear();
        }
        if separator {
            flush(seg, seg_title, out);
            pending_title = Some(false);
            i += 1;
            continue;
        }
        if seg.is_empty() {
            seg_title = (
                pending_title.unwrap_or_else(|| ctx.role_before(start)),
                pending_title == Some(true) && regal,
            );
            pending_title = Some(false);
        }
        seg.push(i);
        if t.poss() {
            flush(seg, seg_title, out);
        }
        i += 1;
    }
    flush(seg, seg_title, out);
}

/// `lex` of words joined by spaces ("Sri Lanka"), the key built on the stack.
fn joined_lex<'s>(words: impl IntoIterator<Item = &'s str>) -> u32 {
    let mut key = KeyBuf::new();
    for (k, w) in words.into_iter().enumerate() {
        if (k > 0 && !key.push_bytes(b" ")) || !key.push_bytes(w.as_bytes()) {
            return 0; // longer than any entry
        }
    }
    LEX.get_bytes(key.bytes())
}

fn make_cand<'a>(
    ctx: &Ctx<'a, '_>,
    seg: &[usize],
    title: bool,
    regal: bool,
    run_start: usize,
    run_end: usize,
    headline: bool,
) -> Option<Cand<'a>> {
    let toks = ctx.toks;
    // Trim particles and initials off the end, particles off the start.
    let a = 0;
    let mut b = seg.len();
    while a < b
        && (toks[seg[b - 1]].kind == Kind::Initial
            || (is_particle(&toks[seg[b - 1]]) && !toks[seg[b - 1]].text.contains('-')))
    {
        b -= 1;
    }
    let seg = &seg[a..b];
    let (&first, &last) = (seg.first()?, seg.last()?);
    // A run of many capitalised words is a title, a heading or a list, not one name.
    if seg.len() > MAX_NAME_WORDS {
        return None;
    }
    if seg.iter().all(|&k| is_particle(&toks[k])) {
        return None;
    }
    let words = Words::collect(seg.iter().map(|&k| toks[k].text));
    // "Liquid Crystal Display (LCD)", "HSDPA (High Speed Downlink Packet Access)": a term
    // defined beside its abbreviation, not a person
    let defines = |abbr: Option<&Tok>| abbr.is_some_and(|a| is_abbreviation_of(a.text, words.iter().copied()));
    let paren = |k: usize, p: &str| toks.get(k).is_some_and(|t| t.text == p);
    if seg.len() >= 2
        && ((paren(last + 1, "(") && paren(last + 3, ")") && defines(toks.get(last + 2)))
            || (first >= 2 && paren(first - 1, "(") && paren(last + 1, ")") && defines(toks.get(first - 2))))
    {
        return None;
    }
    let multi = words.len() >= 2;
    // "publisher Bertelsmann", "developer Valve": roles that firms fill as often as people
    // mark a full name ("publisher Rupert Murdoch"), not a lone word
    // ... and so do all roles after "its": "its smaller rival Peoplesoft"
    let after_its = || {
        (2..=4).any(|back| {
            first >= back
                && toks[first - back].text == "its"
                && toks[first - back..first]
                    .iter()
                    .all(|t| t.kind == Kind::Word && t.line == toks[first].line)
        })
    };
    let firm_role = !multi && first > 0 && (is_firm_role(toks[first - 1].text) || (title && after_its()));
    let mut ev = Evidence {
        title: title && !firm_role,
        regal,
        ..Evidence::default()
    };
    if last + 1 == run_end && !toks[last].poss() {
        ctx.after(last + 1, &mut ev, multi);
    }
    if first == run_start && !toks[last].poss() {
        ctx.before(first, &mut ev, multi);
    }
    // "1. Jane Smith (Kenya)": a numbered line.
    if first >= 2
        && toks[first - 1].text == "."
        && toks[first - 2].kind == Kind::Num
        && toks[first - 2].line_start()
        && multi
    {
        ev.table = true;
    }
    // Initials ("P. Simmons"), or a particle after a given name ("Ruud van Nistelrooy"), mark
    // a personal name; "Rio de Janeiro" and "Tour de France" have particles too.
    let initial_led = toks[first].kind == Kind::Initial
        || (multi
            && ctx.tok_lex(first) & (L_GIVEN | L_AMBIGUOUS) != 0
            && seg
                .iter()
                .any(|&k| is_particle(&toks[k]) && !toks[k].text.contains('-')));
    let is_sep = |t: Option<&Tok>| t.is_none_or(|t| matches!(t.text, "," | ":" | ";" | "."));
    let lone = words.len() == 1 && first == run_start && last + 1 == run_end;
    // "(Biscan 67)" from token `at`: brackets around a name and the minute he came on
    let bracketed = |at: usize| {
        toks.get(at).is_some_and(|p| p.text == "(")
            && toks.get(at + 2).is_some_and(|n| n.kind == Kind::Num)
            && toks.get(at + 3).is_some_and(|c| c.text == ")")
    };
    // a substitute in a line-up: "Traore (Biscan 67)"
    let substitute = first.checked_sub(1).is_some_and(bracketed);
    // (a word opening its line or sentence before a colon labels a list: "Subs: ...",
    // "Chelsea: ...", "Att: 47,111")
    let label = toks[first].sent_start() && toks.get(last + 1).is_some_and(|n| n.text == ":");
    // ... and the player replaced: "Kinsella (Farrell 70)"
    let replaced = bracketed(last + 1) && toks.get(last + 2).is_some_and(|w| w.kind == Kind::Word);
    let list_item = lone
        && !label
        && (substitute
            || (toks[first].line_start() || is_sep(first.checked_sub(1).and_then(|p| toks.get(p))))
                && (toks.get(last + 1).is_none_or(|n| n.line_start() || n.text == "and")
                    || is_sep(toks.get(last + 1))
                    || replaced));
    Some(Cand {
        words,
        pos: first,
        ev,
        headline,
        initial_led,
        list_item,
    })
}

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

#[derive(Debug, Default)]
struct Entity<'a> {
    words: Words<'a>,
    spellings: Vec<(String, usize)>,
    first: usize,
    mentions: usize,
    /// Named after a regal title ("Prince Alwaleed bin Talal"): a royal.
    regal: bool,
}

impl Entity<'_> {
    /// `count` mentions spelt `spelling`, the first at token `pos`.
    fn add(&mut self, spelling: &str, count: usize, pos: usize) {
        self.mentions += count;
        self.first = self.first.min(pos);
        match self.spellings.iter_mut().find(|(s, _)| s == spelling) {
            Some((_, n)) => *n += count,
            None => self.spellings.push((spelling.to_string(), count)),
        }
    }
}

/// The people found so far, indexed by word so that linking a mention is near-constant time.
#[derive(Debug, Default)]
struct People<'a> {
    list: Vec<Entity<'a>>,
    /// Once there are many people: entities by their last word, by any word, and by any
    /// word's lower-case `word_hash`, each list in increasing index order. Candidates only:
    /// callers check the exact condition on each.
    by_last: Map<&'a str, Vec<usize>>,
    by_word: Map<&'a str, Vec<usize>>,
    by_lower: Map<u64, Vec<usize>>,
}

/// Entity indices to check: from an index, or all of them while there are few.
enum Ids<'s> {
    Listed(std::slice::Iter<'s, usize>),
    All(std::ops::Range<usize>),
}

impl Iterator for Ids<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Ids::Listed(it) => it.next().copied(),
            Ids::All(r) => r.next(),
        }
    }
}

/// Below this many people a scan is cheaper than keeping indexes.
const INDEX_PEOPLE: usize = 32;

impl<'a> People<'a> {
    fn push(&mut self, e: Entity<'a>) -> usize {
        let idx = self.list.len();
        self.list.push(e);
        if idx == INDEX_PEOPLE {
            for i in 0..=idx {
                self.index(i);
            }
        } else if idx > INDEX_PEOPLE {
            self.index(idx);
        }
        idx
    }

    fn index(&mut self, idx: usize) {
        fn add<K: std::hash::Hash + Eq>(map: &mut Map<K, Vec<usize>>, k: K, idx: usize) {
            let v = map.entry(k).or_default();
            if v.last() != Some(&idx) {
                v.push(idx);
            }
        }
        let Some(e) = self.list.get(idx) else { return };
        if let Some(&last) = e.words.last() {
            add(&mut self.by_last, last, idx);
        }
        for &w in e.words.iter() {
            add(&mut self.by_word, w, idx);
            add(&mut self.by_lower, with_lower(w, word_hash), idx);
        }
    }

    fn indexed(&self) -> bool {
        self.list.len() > INDEX_PEOPLE
    }

    fn words(&self, i: usize) -> &[&'a str] {
        self.list.get(i).map_or(&[], |p| &p.words[..])
    }

    /// People whose last word is `w`, in index order.
    fn with_last<'s>(&'s self, w: &'s str) -> impl Iterator<Item = usize> + 's {
        let key: &str = w;
        let ids = if self.indexed() {
            Ids::Listed(self.by_last.get(key).map_or(&[][..], Vec::as_slice).iter())
        } else {
            Ids::All(0..self.list.len())
        };
        ids.filter(move |&i| self.words(i).last() == Some(&w))
    }

    /// People with the word `w`, in index order.
    fn with_word<'s>(&'s self, w: &'s str) -> impl Iterator<Item = usize> + 's {
        let ids = if self.indexed() {
            Ids::Listed(self.by_word.get(w).map_or(&[][..], Vec::as_slice).iter())
        } else {
            Ids::All(0..self.list.len())
        };
        ids.filter(move |&i| self.words(i).contains(&w))
    }

    /// The people who have every word of `words` (ignoring ASCII case), in index order;
    /// indexed, from the shortest of the words' lists, since a match is in all of them.
    fn having_all<'s>(&'s self, words: &'s [&str]) -> impl Iterator<Item = usize> + 's {
        let ids = if self.indexed() {
            let shortest = words
                .iter()
                .map(|w| {
                    self.by_lower
                        .get(&with_lower(w, word_hash))
                        .map_or(&[][..], Vec::as_slice)
                })
                .min_by_key(|l| l.len())
                .unwrap_or(&[]);
            Ids::Listed(shortest.iter())
        } else {
            Ids::All(0..self.list.len())
        };
        ids.filter(move |&i| self.has_all(i, words))
    }

    /// Whether person `i` has every word of `words` (ignoring ASCII case).
    fn has_all(&self, i: usize, words: &[&str]) -> bool {
        let own = self.words(i);
        words.iter().all(|w| own.iter().any(|pw| pw.eq_ignore_ascii_case(w)))
    }
}

#[derive(Debug, Default)]
struct KeyInfo<'a> {
    /// The spelling's words, and the same joined by spaces.
    words: Words<'a>,
    /// The token of the first word at its first mention (the words are the tokens after it).
    pos: usize,
    key: Cow<'a, str>,
    ev: Evidence,
    /// How many mentions, and the token of the first.
    mentions: usize,
    first: usize,
    any_body: bool,
    initial_led: bool,
    /// Every mention reads as a place or a modifier.
    all_against: bool,
}

/// Classes that make a name a place, an organisation or a nationality.
const L_PLACE_LIKE: u32 = L_PLACE | L_ORG | L_NATIONALITY;

/// `lex` of a whole name: of its word, or of its words joined when the first can start a
/// multi-word entry (`first_lex` is the first word's `lex`).
fn whole_lex(words: &[&str], first_lex: u32) -> u32 {
    match words {
        [_] => first_lex,
        // multi-word entries all start with a word marked L_MULTI_FIRST
        [_, ..] if first_lex & L_MULTI_FIRST != 0 => joined_lex(words.iter().copied()),
        _ => 0,
    }
}

fn is_org_or_place(words: &[&str]) -> bool {
    let first = words.first().map_or(0, |w| lex(w));
    whole_lex(words, first) & L_PLACE_LIKE != 0 || words.iter().any(|w| lex(w) & L_ORG_WORD != 0)
}

/// Where the first place, organisation or nationality (one to three words) starts in a name.
fn place_at(words: &[&str]) -> Option<usize> {
    place_at_by(words, |i| words.get(i).map_or(0, |w| lex(w)))
}

/// `place_at`, with the words' `lex` classes given by `lex_at`.
fn place_at_by(words: &[&str], lex_at: impl Fn(usize) -> u32) -> Option<usize> {
    (0..words.len()).find(|&i| {
        lex_at(i) & L_PLACE_LIKE != 0
            || (lex_at(i) & L_MULTI_FIRST != 0
                && (2..=3).any(|n| {
                    words
                        .get(i..i + n)
                        .is_some_and(|run| joined_lex(run.iter().copied()) & L_PLACE_LIKE != 0)
                }))
    })
}

const DEFAULT_MULTI: bool = true;

/// First words of place names.
const PLACE_PREFIXES: &[&str] = &[
    "San", "Santa", "Santo", "Sao", "St", "St.", "Saint", "Ste", "Fort", "Port", "Mount", "Lake", "Cape", "New", "Los",
    "Las", "Porto", "Puerto", "Bad", "Ciudad", "Isla",
];

/// Decides whether a spelling (all its mentions together) names a person.
fn accept(ctx: &Ctx, words: &[&str], info: &KeyInfo) -> bool {
    // the words' classes, from the tokens of the first mention (cached there)
    let mut lexes = [0u32; MAX_NAME_WORDS];
    for (k, f) in lexes.iter_mut().enumerate().take(words.len()) {
        *f = ctx.tok_lex(info.pos + k);
    }
    let lexes = lexes.get(..words.len()).unwrap_or(&lexes);
    let lex_at = |k: usize| lexes.get(k).copied().unwrap_or(0);
    // (a Korean surname that is also an organisation word is no sign of one: "Park Ji-sung")
    let korean = matches!(words, [surname, given] if is_korean_name(surname, given));
    let org_or_place =
        whole_lex(words, lex_at(0)) & L_PLACE_LIKE != 0 || (!korean && lexes.iter().any(|f| f & L_ORG_WORD != 0));
    if !info.any_body || org_or_place {
        return false;
    }
    let ev = &info.ev;
    if info.all_against && !ev.title && !ev.speech && !ev.appos {
        return false;
    }
    let given = |k: usize| lex_at(k) & (L_GIVEN | L_AMBIGUOUS) == L_GIVEN;
    let any_given = |k: usize| lex_at(k) & (L_GIVEN | L_AMBIGUOUS) != 0;
    let given_first = !words.is_empty() && given(0);
    let common = |k: usize| {
        ctx.tok_common(info.pos + k) && !any_given(k) && !words.get(k).is_some_and(|w| PARTICLES.contains(w))
    };
    let all_common = (0..words.len()).all(common);
    // where the first place, organisation or nationality (one to three words) starts
    let place_at = || place_at_by(words, lex_at);
    if words.len() >= 2 {
        // "San Diego Padres", "St Mirren", "Fort Worth": a place or a team
        if words.first().is_some_and(|w| PLACE_PREFIXES.contains(w)) && !ev.title {
            return false;
        }
        // "Lewis Hamilton", "Chad Curtis", "I. Austin": a place word after, or as, a given name
        if let Some(at) = place_at() {
            return ev.title
                || given_first
                || (at > 0 && (info.initial_led || ev.speech || ev.appos))
                || (any_given(0) && ev.any());
        }
        if ev.title || info.initial_led || given_first || korean {
            return true;
        }
        if all_common {
            return false;
        }
        let any_common = (0..words.len()).any(common)
            || words.iter().enumerate().any(|(k, w)| {
                !any_given(k)
                    && !PARTICLES.contains(w)
                    && with_lower(w, |l| lower_lex(l) & W_LESS_COMMON != 0 && !PARTICLES.contains(&l))
            });
        // "Seattle Mariners", "Blue Jays": a team or a group, not a person
        let plural = words
            .last()
            .is_some_and(|w| w.len() > 3 && w.strip_suffix('s').is_some_and(|stem| ctx.is_common(stem)));
        ev.any() || (DEFAULT_MULTI && !any_common && !plural)
    } else {
        let w = words.first().copied().unwrap_or("");
        let plural = w.len() > 3 && w.strip_suffix('s').is_some_and(|stem| ctx.is_common(stem));
        if place_at().is_some() || all_common || plural || w.chars().count() < 2 {
            return false;
        }
        // "Princess Consort", "Queen Mother", "King Crimson": a regal title before a word of
        // the language, not a given name
        let word = || with_lower(w, |l| lower_lex(l) & (W_COMMON | W_LESS_COMMON) != 0);
        if ev.regal && !any_given(0) && word() {
            return false;
        }
        ev.title || (ev.speech && ev.personal) || ev.appos || info.initial_led
    }
}

/// Whether `w` is a given name and nothing else the word lists know ("Charles", "Owen";
/// not "May" or "Jordan"): alone, as likely the first name of anyone as a surname.
pub fn is_given_name(w: &str) -> bool {
    lex(w) & (L_GIVEN | L_AMBIGUOUS) == L_GIVEN
}

/// People one article mentions, in order of first mention. Pure: no I/O, deterministic.
pub fn find_people(title: &str, body: &str) -> Vec<Person> {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => find_people_in(title, body, &mut scratch),
        // (not reentrant; a nested call would only lose the reuse)
        Err(_) => find_people_in(title, body, &mut Scratch::default()),
    })
}

/// Buffers `find_people` keeps from one article to the next on the same thread:
/// allocating (and zeroing) them afresh for each article cost about a tenth of its work.
/// Tokens and candidates borrow the article's text, so they are kept empty, as vectors of
/// `'static` items, and turned into vectors of the article's lifetime by `recycle`.
#[derive(Default)]
struct Scratch {
    toks: Vec<Tok<'static>>,
    cands: Vec<Cand<'static>>,
    keys: Vec<KeyInfo<'static>>,
    lower_words: HashSet64,
    key_index: HashIndex,
}

/// Articles above this size get buffers of their own, so that one huge article does not
/// leave a thread holding its buffers (for 256 KiB of text they come to about 2.5 MB;
/// news articles are a few KiB).
const SCRATCH_MAX_BYTES: usize = 256 << 10;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// An empty vector with the allocation of `v`, for items of another lifetime. (Collecting
/// a `Vec` of an item type into one of the same size and alignment reuses its allocation;
/// `v` is emptied first, so the closure never runs.)
fn recycle<T, U>(mut v: Vec<T>, convert: impl FnMut(T) -> U) -> Vec<U> {
    v.clear();
    v.into_iter().map(convert).collect()
}

impl Tok<'_> {
    /// The token without its text: what `recycle` needs to change a token's lifetime.
    fn untied(self) -> Tok<'static> {
        Tok {
            text: "",
            line: self.line,
            lex: self.lex,
            llex: self.llex,
            kind: self.kind,
            bits: self.bits,
        }
    }
}

impl Cand<'_> {
    /// The candidate without its words, as `Tok::untied`.
    fn untied(self) -> Cand<'static> {
        Cand {
            words: Words::default(),
            pos: self.pos,
            ev: self.ev,
            headline: self.headline,
            initial_led: self.initial_led,
            list_item: self.list_item,
        }
    }
}

fn find_people_in(title: &str, body: &str, scratch: &mut Scratch) -> Vec<Person> {
    let size = title.len() + body.len();
    let reuse = size <= SCRATCH_MAX_BYTES;
    let (mut toks, cands, mut lower_words) = if reuse {
        (
            recycle(std::mem::take(&mut scratch.toks), Tok::untied),
            recycle(std::mem::take(&mut scratch.cands), Cand::untied),
            std::mem::take(&mut scratch.lower_words),
        )
    } else {
        (Vec::new(), Vec::new(), HashSet64::default())
    };
    lower_words.reserve(size / 6 + 16);
    let mut line = 0;
    tokenize(title, &mut line, &mut toks, &mut lower_words);
    let title_lines = line + 1;
    line += 1;
    let n_title = toks.len();
    tokenize(body, &mut line, &mut toks, &mut lower_words);
    // The body starts on a new line.
    if let Some(t) = toks.get_mut(n_title) {
        t.set(T_LINE_START, true);
    }
    classify(&mut toks, &lower_words);
    let mut headline = headline_lines(&toks);
    for l in 0..title_lines {
        headline.insert(l);
    }
    let meta_lines = meta_lines(&toks);
    let ctx = Ctx {
        toks: &toks,
        lower_words,
        headline_lines: headline,
        meta_lines,
    };
    let cands = candidates(&ctx, cands);

    // Gather evidence per spelling, in order of first appearance.
    let mut keys: Vec<KeyInfo> = if reuse {
        recycle(std::mem::take(&mut scratch.keys), |_| KeyInfo::default())
    } else {
        Vec::new()
    };
    let mut index = if reuse {
        std::mem::take(&mut scratch.key_index)
    } else {
        HashIndex::default()
    };
    index.reserve(cands.len());
    for c in &cands {
        let mut h = FxHasher::default();
        for w in c.words.iter() {
            h.write(w.as_bytes());
            h.write_u8(0xff);
        }
        let hash = h.finish();
        let found = index
            .get(hash)
            .map(|k| k as usize)
            .filter(|&k| keys.get(k).is_some_and(|e| e.words == c.words));
        let k = match found {
            Some(k) => k,
            None => {
                keys.push(KeyInfo {
                    words: c.words,
                    pos: c.pos,
                    key: joined(&c.words, title, body),
                    first: usize::MAX,
                    all_against: true,
                    ..KeyInfo::default()
                });
                // (a hash collision only costs the look-up: the newer key is indexed)
                index.insert(hash, u32::try_from(keys.len() - 1).unwrap_or(u32::MAX));
                keys.len() - 1
            }
        };
        let e = &mut keys[k];
        e.mentions += 1;
        e.first = e.first.min(c.pos);
        e.ev.regal |= c.ev.regal;
        if !c.headline {
            e.any_body = true;
            e.ev.title |= c.ev.title;
            e.ev.speech |= c.ev.speech;
            e.ev.appos |= c.ev.appos;
            e.ev.table |= c.ev.table;
            e.ev.personal |= c.ev.personal;
            e.initial_led |= c.initial_led;
            e.all_against &= c.ev.against;
        }
    }

    // A surname with evidence of its own ("Horner said") supports the full name.
    let lone_evidence: Set<&str> = keys
        .iter()
        .filter(|k| k.words.len() == 1 && k.any_body && (k.ev.title || k.ev.speech || k.ev.appos))
        .filter_map(|k| k.words.first().copied())
        .filter(|w| lex(w) & (L_PLACE | L_ORG | L_NATIONALITY | L_NON_NAME) == 0)
        .collect();
    if !lone_evidence.is_empty() {
        for k in keys.iter_mut().filter(|k| k.words.len() >= 2) {
            k.ev.surname = k.words.last().is_some_and(|w| lone_evidence.contains(w));
        }
    }

    // Full names first, longest first, so shorter spellings can join them.
    let mut accepted: Vec<usize> = (0..keys.len())
        .filter(|&k| keys[k].words.len() >= 2 && accept(&ctx, &keys[k].words, &keys[k]))
        .collect();
    accepted.sort_by_key(|&k| std::cmp::Reverse(keys[k].words.len()));
    let mut people = People::default();
    let mut placed = vec![false; keys.len()];
    for &k in &accepted {
        let words = &keys[k].words;
        let home = people
            .having_all(words)
            .find(|&i| people.list.get(i).and_then(|p| p.words.last()) == words.last());
        let idx = match home {
            Some(h) => h,
            None => people.push(Entity {
                words: *words,
                first: usize::MAX,
                ..Entity::default()
            }),
        };
        if let Some(person) = people.list.get_mut(idx) {
            person.add(&keys[k].key, keys[k].mentions, keys[k].first);
            person.regal |= keys[k].ev.regal;
        }
        placed[k] = true;
    }

    // Line-ups: a line listing lone surnames, several of them known people.
    let mut list_counts: Map<u32, (usize, usize)> = Map::default();
    for c in cands.iter().filter(|c| c.list_item && !c.headline) {
        let e = list_counts.entry(toks[c.pos].line).or_default();
        e.0 += 1;
        if matches!(link(&people, &c.words), Link::To(..)) {
            e.1 += 1;
        }
    }
    let mut list_lines: Set<u32> = list_counts
        .iter()
        .filter(|(_, (n, known))| *n >= 4 && *known >= 2)
        .map(|(&l, _)| l)
        .collect();
    // Once the article has a line-up, a longer list of lone names is one too (the other
    // team, whose players the report may not name elsewhere).
    if !list_lines.is_empty() {
        list_lines.extend(list_counts.iter().filter(|(_, (n, _))| *n >= 6).map(|(&l, _)| l));
    }
    let listed_words: Set<&str> = cands
        .iter()
        .filter(|c| c.list_item && list_lines.contains(&toks[c.pos].line))
        .filter_map(|c| c.words.first().copied())
        .collect();
    let in_list = |k: &str| listed_words.contains(k);

    // Other spellings: join a person or stand alone with evidence.
    for (k, i) in keys.iter().enumerate() {
        if placed[k] {
            continue;
        }
        let words = &i.words;
        // a royal's given name joins only a royal's full name ("Prince Alwaleed" the Prince
        // Alwaleed bin Talal of the article): "Charles" beside "Prince Charles" is neither
        // Charles Kennedy nor Ray Charles
        let royal = words.len() == 1 && i.ev.regal;
        let linked = match link(&people, words) {
            Link::To(idx, _) if royal && !people.list.get(idx).is_some_and(|p| p.regal) => Link::None,
            Link::Ambiguous if royal => Link::None,
            other => other,
        };
        match linked {
            Link::To(idx, spelling) => {
                let spelling = spelling.unwrap_or(&i.key);
                if let Some(person) = people.list.get_mut(idx) {
                    person.add(spelling, i.mentions, i.first);
                }
            }
            Link::Ambiguous => {}
            Link::None => {
                let listed = words.len() == 1
                    && !list_lines.is_empty()
                    && in_list(&i.key)
                    && !is_org_or_place(words)
                    && place_at(words).is_none();
                if words.len() == 1 && (listed || accept(&ctx, words, i)) {
                    let mut e = Entity {
                        words: *words,
                        first: usize::MAX,
                        ..Entity::default()
                    };
                    e.add(&i.key, i.mentions, i.first);
                    people.push(e);
                }
            }
        }
    }

    let mut people = people.list;
    people.sort_by_key(|p| p.first);
    if reuse {
        let Ctx { mut lower_words, .. } = ctx;
        lower_words.clear();
        scratch.lower_words = lower_words;
        scratch.toks = recycle(toks, Tok::untied);
        scratch.cands = recycle(cands, Cand::untied);
        scratch.keys = recycle(keys, |_| KeyInfo::default());
        index.clear();
        scratch.key_index = index;
    }
    people
        .into_iter()
        .filter(|p| p.mentions > 0)
        .map(|p| {
            let mut spellings = p.spellings;
            // Fullest form: most words, then most mentions, then first seen.
            let best = spellings
                .iter()
                .enumerate()
                .max_by_key(|(i, (s, n))| (s.split(' ').count(), *n, std::cmp::Reverse(*i)))
                .map(|(i, _)| i)
                .unwrap_or(0);
            let name = if best < spellings.len() {
                spellings.remove(best).0
            } else {
                p.words.join(" ")
            };
            Person {
                name,
                // (no allocation for the many people with one spelling)
                aliases: if spellings.is_empty() {
                    Vec::new()
                } else {
                    spellings.into_iter().map(|(s, _)| s).collect()
                },
                mentions: p.mentions,
            }
        })
        .collect()
}

/// The person a partial spelling refers to: unique surname, then unique other word.
enum Link<'w> {
    /// The person at this index, recorded under this spelling (or the spelling itself).
    To(usize, Option<&'w str>),
    /// Fits several people: counts for none and makes no one new.
    Ambiguous,
    None,
}

fn link<'w>(people: &People, words: &[&'w str]) -> Link<'w> {
    /// The single index matching, `Err(true)` for several, `Err(false)` for none.
    fn only(mut it: impl Iterator<Item = usize>) -> Result<usize, bool> {
        match (it.next(), it.next()) {
            (Some(i), None) => Ok(i),
            (Some(_), Some(_)) => Err(true),
            _ => Err(false),
        }
    }
    if let [w] = words {
        let w = *w;
        match only(people.with_last(w)) {
            Ok(i) => return Link::To(i, None),
            Err(true) => return Link::Ambiguous,
            Err(false) => {}
        }
        return match only(people.with_word(w)) {
            Ok(i) => Link::To(i, None),
            Err(false) => Link::None,
            Err(true) => Link::Ambiguous,
        };
    }
    // Subset of a full name, or a run that contains a known surname.
    match only(people.having_all(words)) {
        Ok(i) => return Link::To(i, None),
        Err(true) => return Link::Ambiguous,
        Err(false) => {}
    }
    // A run that holds one known surname ("Putin Still Adamant").
    let mut holder = None;
    for i in words.iter().flat_map(|w| people.with_last(w)) {
        match holder {
            None => holder = Some(i),
            Some(j) if j == i => {}
            Some(_) => return Link::None,
        }
    }
    if let Some(i) = holder {
        let surname = people
            .list
            .get(i)
            .and_then(|p| words.iter().find(|w| p.words.last() == Some(*w)).copied());
        return Link::To(i, surname);
    }
    Link::None
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn names(title: &str, body: &str) -> Vec<String> {
        find_people(title, body).into_iter().map(|p| p.name).collect()
    }

    fn person(title: &str, body: &str, name: &str) -> Person {
        find_people(title, body).into_iter().find(|p| p.name == name).unwrap()
    }

    #[test]
    fn empty_and_odd_input_do_not_panic() {
        assert!(names("", "").is_empty());
        assert!(names("\u{e9}\u{e9}", "'s ' - . J. \u{2019}s Mr.").is_empty());
        let _ = names("A", "O' Mc- al- van der ( , 12 (3) \"Z");
    }

    #[test]
    fn title_before_surname_alone() {
        assert_eq!(names("Talks", "Mr Hodge said the talks would go on."), ["Hodge"]);
    }

    #[test]
    fn surname_joins_full_name() {
        let p = person(
            "Summit",
            "The summit was hosted by Chancellor Olaf Scholz. Mr Scholz's aides said Scholz was tired.",
            "Olaf Scholz",
        );
        assert_eq!(p.aliases, ["Scholz"]);
        assert_eq!(p.mentions, 3);
    }

    #[test]
    fn nationality_and_title_are_stripped() {
        assert_eq!(
            names("Visit", "The visit by French President Emmanuel Macron was brief."),
            ["Emmanuel Macron"]
        );
    }

    #[test]
    fn caption_credit_words_are_dropped() {
        let body = "German Chancellor Olaf Scholz\nGerman Chancellor Olaf Scholz Getty\n\nScholz spoke.\n\nAngela Merkel\nAngela Merkel X\n";
        assert_eq!(names("Pictures", body), ["Olaf Scholz", "Angela Merkel"]);
    }

    #[test]
    fn initials_are_part_of_the_name() {
        assert_eq!(
            names(
                "Books",
                "Author J. K. Rowling has a new book, and George W. Bush read it."
            ),
            ["J. K. Rowling", "George W. Bush"]
        );
    }

    #[test]
    fn hyphens_apostrophes_and_particles() {
        let body = "Midfielder Roy O'Neill passed to Jean-Luc Picard, while Ruud van der Berg and Kareem Abdul-Jabbar watched. Nobody saw Osama bin Laden.";
        let got = names("Match", body);
        assert_eq!(
            got,
            [
                "Roy O'Neill",
                "Jean-Luc Picard",
                "Ruud van der Berg",
                "Kareem Abdul-Jabbar",
                "Osama bin Laden"
            ]
        );
    }

    #[test]
    fn places_and_organisations_are_not_people() {
        let body =
            "Officials in New York and the Bank of England met the Labour Party and Manchester United on Monday.";
        assert!(names("Meeting", body).is_empty());
    }

    #[test]
    fn same_surname_stays_apart() {
        let body = "Venus Williams beat Serena Williams. Williams said it was hard.";
        assert_eq!(names("Tennis", body), ["Venus Williams", "Serena Williams"]);
    }

    #[test]
    fn speech_verbs_mark_people() {
        assert_eq!(
            names(
                "Row",
                "The plan is flawed, said Kowalczyk, and he left. Nowak told reporters she agreed."
            ),
            ["Kowalczyk", "Nowak"]
        );
    }

    #[test]
    fn a_company_that_speaks_is_not_a_person() {
        let body = "Sales fell, said Brightcorp. Analysts at Quillstone said it was a blip, according to Vantrix.";
        assert!(names("Results", body).is_empty());
    }

    #[test]
    fn age_apposition_marks_a_person() {
        assert_eq!(names("Crash", "Kowalczyk, 45, was unhurt."), ["Kowalczyk"]);
    }

    #[test]
    fn a_number_in_brackets_marks_a_person_only_as_an_age_a_record_or_a_minute() {
        assert_eq!(names("Crash", "Kowalczyk (45) was unhurt."), ["Kowalczyk"]);
        assert_eq!(names("Baseball", "Pettitte (19-7) allowed two runs."), ["Pettitte"]);
        assert_eq!(
            names("Goals", "Brazil - Giovanni (14th), Marcello Goncalves (55th)"),
            ["Giovanni", "Marcello Goncalves"]
        );
        // a rank, a year, an amount
        assert!(names("Toys", "The 1980s toy Tamagotchi (86th) was there.").is_empty());
        assert!(names("Novels", "Wheels (1971) and Overload (1979) followed.").is_empty());
        assert!(names("Costs", "The game Arkham (12.5) sold well.").is_empty());
    }

    #[test]
    fn a_title_that_is_a_given_name_before_a_particle_is_the_given_name() {
        assert_eq!(
            names("France", "Far-right leader Marine Le Pen was banned."),
            ["Marine Le Pen"]
        );
        assert_eq!(names("Dutch", "Marine van Dijk said so."), ["Marine van Dijk"]);
    }

    #[test]
    fn a_royal_known_by_a_given_name_stays_apart_from_others_of_that_name() {
        let body = "Prince Charles, 56, will marry. Charles said he was happy. Liberal Democrat \
                    leader Charles Kennedy and Ray Charles sent their wishes. She may become \
                    Princess Consort.";
        assert_eq!(names("Wedding", body), ["Charles", "Charles Kennedy", "Ray Charles"]);
        assert_eq!(
            names("Wedding", "Prince William met William Hague."),
            ["William", "William Hague"]
        );
        assert_eq!(names("Wedding", "Prince Harry and the Queen Mother waved."), ["Harry"]);
        // ... and joins the royal's full name
        let p = person(
            "Deal",
            "Saudi investor Prince Alwaleed bin Talal bought shares. Prince Alwaleed said so.",
            "Alwaleed bin Talal",
        );
        assert_eq!(p.aliases, ["Alwaleed"]);
    }

    #[test]
    fn a_term_beside_its_abbreviation_is_no_person() {
        assert!(names("TV", "New models of LCD (Liquid Crystal Display) TVs were shown.").is_empty());
        assert!(names("Awards", "The Screen Actors Guild (SAG) represents actors.").is_empty());
        // the words a run kept of a longer term
        assert!(names("3G", "Operators rolled out High-Speed Downlink Packet Access (HSDPA).").is_empty());
        // a country code is no abbreviation of a name
        assert_eq!(names("Results", "1. Jane Smith (GB) 2:21:04"), ["Jane Smith"]);
    }

    #[test]
    fn words_after_an_organisation_word_and_of_or_for_name_the_organisation() {
        let body = "Trevor Phillips, chair of the Commission for Racial Equality, spoke. The Office of \
                    Federal Housing Enterprise Oversight said so.";
        assert_eq!(names("Race", body), ["Trevor Phillips"]);
    }

    #[test]
    fn korean_names_keep_a_surname_that_is_also_a_word() {
        let body = "President Park Geun-hye met Son Heung-min. Park Ji-sung and Moon Jae-in came too. \
                    They walked in Hyde Park.";
        assert_eq!(
            names("Seoul", body),
            ["Park Geun-hye", "Son Heung-min", "Park Ji-sung", "Moon Jae-in"]
        );
        assert_eq!(names("Spurs", "Son Heung-min scored twice."), ["Son Heung-min"]);
    }

    #[test]
    fn football_club_words_make_a_club_not_a_person() {
        let body = "Deportivo Coruna beat Borussia Neunkirchen, and Dynamo Kyiv drew. Borussia \
                    Dortmund striker Erling Haaland scored.";
        assert_eq!(names("Football", body), ["Erling Haaland"]);
    }

    #[test]
    fn a_role_after_its_is_a_firm_s() {
        assert!(names("Deal", "Oracle completed its takeover of its smaller rival Peoplesoft.").is_empty());
        assert!(names("Deal", "Oracle, its rival Peoplesoft and Sun met.").is_empty());
        assert_eq!(
            names("Final", "He beat his old rival Federer in the final."),
            ["Federer"]
        );
    }

    #[test]
    fn a_role_firms_also_fill_marks_a_full_name_not_one_word() {
        assert!(names("Deal", "The deal with German music publisher Bertelsmann was done.").is_empty());
        assert!(names(
            "SMS",
            "London-based software developer Connectotel has unveiled a tool."
        )
        .is_empty());
        assert_eq!(
            names(
                "Deal",
                "Media publisher Rupert Murdoch was there; striker Drogba was not."
            ),
            ["Rupert Murdoch", "Drogba"]
        );
    }

    #[test]
    fn a_business_noun_opening_a_sentence_is_no_given_name() {
        assert!(names(
            "Chips",
            "Chipmaker Nvidia said sales rose. Drugmaker Pfizer said so too."
        )
        .is_empty());
        assert_eq!(
            names("Chips", "Chipmaker boss Jensen Huang said sales rose."),
            ["Jensen Huang"]
        );
    }

    #[test]
    fn sentence_initial_words_are_not_names() {
        let body = "Asked about the deal, Prime Minister Anna Lindqvist smiled. Following the vote, Lindqvist left.";
        assert_eq!(names("Deal", body), ["Anna Lindqvist"]);
    }

    #[test]
    fn all_caps_headline_is_not_a_name_source() {
        assert!(names("GOLF - LATE BIRDIE WINS IT", "The round ended early.").is_empty());
    }

    #[test]
    fn headline_words_join_body_people() {
        let got = names(
            "Lindqvist Vows Change After Defeat",
            "Prime Minister Anna Lindqvist vowed change. Lindqvist Still Defiant\n\nShe spoke.",
        );
        assert_eq!(got, ["Anna Lindqvist"]);
        let p = person("Lindqvist Vows Change", "Anna Lindqvist spoke.", "Anna Lindqvist");
        assert_eq!(p.mentions, 2);
    }

    #[test]
    fn results_tables() {
        let body =
            "1. Mary Keitany (Kenya) 2:05.11\n2. Tirunesh Dibaba (Ethiopia) 2:06.40\n\nSomerset 83 (P. Simmons 4-38)";
        assert_eq!(
            names("Results", body),
            ["Mary Keitany", "Tirunesh Dibaba", "P. Simmons"]
        );
    }

    #[test]
    fn possessive_is_stripped() {
        let p = person(
            "Plans",
            "Critics of Olaf Scholz's plan cheered. Scholz's aides did not.",
            "Olaf Scholz",
        );
        assert_eq!(p.aliases, ["Scholz"]);
    }

    #[test]
    fn order_of_first_mention() {
        let got = names("Scholz meets", "Anna Lindqvist met Olaf Scholz in Bonn.");
        assert_eq!(got, ["Olaf Scholz", "Anna Lindqvist"]);
    }

    #[test]
    fn latin1_replacement_characters_are_harmless() {
        let _ = names("Price \u{fffd}15m", "A \u{fffd}15.8m signing by Jon Dahl Tomasson.");
    }

    #[test]
    fn regnal_numbers_belong_to_the_name() {
        assert_eq!(
            names(
                "Coronation",
                "The crowd cheered King Charles III and remembered Henry VIII."
            ),
            ["Charles III", "Henry VIII"]
        );
    }

    #[test]
    fn hyphenated_adjectives_are_not_names() {
        assert_eq!(
            names("Deal", "The Kenyan-born Peter Mwangi joined Texas-based Acme."),
            ["Peter Mwangi"]
        );
    }

    #[test]
    fn nationality_plurals_and_abbreviations() {
        let body = "Americans cheered as U.S. Senator Tom Harkin spoke to Germans.";
        assert_eq!(names("Speech", body), ["Tom Harkin"]);
    }

    #[test]
    fn title_word_as_surname() {
        assert_eq!(
            names("Memoir", "Former leader John Major and singer Carole King met."),
            ["John Major", "Carole King"]
        );
    }

    #[test]
    fn team_names_are_not_people() {
        assert!(names("Baseball", "The Oakland Giants beat the Denver Rockets on Sunday.").is_empty());
    }

    #[test]
    fn generational_suffix_belongs_to_the_name() {
        assert_eq!(
            names("Race", "The winner was Al Unser Jr. of Albuquerque."),
            ["Al Unser Jr"]
        );
        let body = "Donald Trump Jr. praised his father, Donald Trump. Trump smiled.";
        let got = find_people("Family", body);
        let names: Vec<&str> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Donald Trump Jr", "Donald Trump"]);
        assert_eq!(got[1].aliases, ["Trump"]);
    }

    #[test]
    fn sentence_opener_before_a_given_name() {
        assert_eq!(names("Rugby", "Fullback Andre Joubert scored."), ["Andre Joubert"]);
    }

    #[test]
    fn line_up_lists_name_everyone() {
        let body = "Coach Tom Brennan named Aidan Mulroy and Declan Foyle.\n\nThe side: Kerrigan, Mulroy, Foyle, Tadhg, Brosnahan.";
        let got = names("Squad", body);
        assert_eq!(
            got,
            [
                "Tom Brennan",
                "Aidan Mulroy",
                "Declan Foyle",
                "Kerrigan",
                "Tadhg",
                "Brosnahan"
            ]
        );
    }

    #[test]
    fn the_other_line_up_substitutes_and_labels() {
        let body = "Orla Keane scored twice for Rovers and Niamh Doyle added a third. \
                    Ciara Walsh replied for United.\n\n\
                    Rovers: Brady, Keane, Doyle, Kinsella (Farrell 70), Hegarty.\n\
                    United: Walsh, Tobin, Garvey, Lynam, Mulcahy, Rooke (Dineen 81).\n\
                    Subs: Carey, Quigley, Tiernan, Moran.\n\n\
                    Goals: Keane 12, 40, Doyle 55. Subs: Egan, Cullinane. Att: 12,204 Ref: Sean Gallagher.";
        let got = names("Rovers 3-1 United", body);
        // the first line names two known players; the second, longer one only one, but the
        // article has a line-up by then; substitutes in brackets count; "Subs" labels a list
        for player in [
            "Brady", "Kinsella", "Farrell", "Hegarty", "Tobin", "Garvey", "Lynam", "Mulcahy", "Rooke", "Dineen",
        ] {
            assert!(got.iter().any(|n| n == player), "{player} missing from {got:?}");
        }
        assert!(
            !got.iter()
                .any(|n| ["Subs", "Rovers", "United", "Att"].contains(&n.as_str())),
            "{got:?}"
        );
        // the known players are not listed twice
        assert_eq!(got.iter().filter(|n| n.contains("Keane")).count(), 1, "{got:?}");
        // without a line-up in the article, a list of lone capitalised words names no one
        let plain = "Shares fell in Frankfurt, Paris, Madrid, Milan, Zurich, Vienna and Oslo.";
        assert!(names("Markets", plain).is_empty());
    }

    #[test]
    fn place_prefixes_and_saints() {
        assert!(names("Football", "St Mirren and San Marino Rovers drew; Fort Worth waited.").is_empty());
    }

    #[test]
    fn acronyms_and_contractions_are_not_names() {
        let body = "\"I've never seen it,\" said one of the MPs. MSPs agreed, BBC News said.";
        assert!(names("Vote", body).is_empty());
    }

    #[test]
    fn middle_initial_without_full_stop() {
        let p = person(
            "Visit",
            "President George W Bush flew in. Bush said little.",
            "George W Bush",
        );
        assert_eq!(p.aliases, ["Bush"]);
    }

    #[test]
    fn month_word_after_a_given_name_is_a_surname() {
        assert_eq!(
            names(
                "Vote",
                "Christine May spoke on 4 May. Guitarist Brian May agreed in May."
            ),
            ["Christine May", "Brian May"]
        );
    }

    #[test]
    fn nationality_nouns_are_not_names() {
        assert_eq!(
            names("Tennis", "Frenchman Arnaud Clement beat Welshman Ray Reardon."),
            ["Arnaud Clement", "Ray Reardon"]
        );
    }

    #[test]
    fn role_openers_before_given_names_are_dropped() {
        assert_eq!(
            names("Film", "Cinematographer John Mathieson met Co-star Anna Lindqvist."),
            ["John Mathieson", "Anna Lindqvist"]
        );
    }

    #[test]
    fn random_text_never_panics() {
        const PIECES: &[&str] = &[
            "Mr",
            "Mr.",
            "J.",
            "K.",
            "O'",
            "Neill",
            "van",
            "der",
            "al-",
            "Assad",
            "'s",
            "\u{2019}s",
            "s'",
            "-",
            ".",
            ",",
            "(",
            ")",
            "\"",
            "\u{201c}",
            "\n",
            "\n\n",
            " ",
            "  ",
            "said",
            "he",
            "Putin",
            "PUTIN",
            "III",
            "X",
            "Twitter",
            "72",
            "1.",
            "\u{e9}",
            "\u{fffd}",
            "\u{00a3}15m",
            "St",
            "New",
            "May",
            "Jean-Luc",
            "Ex-",
            "-based",
            "I've",
            "who",
            "Prime",
            "Minister",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut text = String::new();
            let len = (state % 40) as usize;
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
                if state.is_multiple_of(3) {
                    text.push(' ');
                }
            }
            let (title, body) = text.split_at(text.find('\n').unwrap_or(0));
            let people = find_people(title, body);
            // the thread's reused buffers give what fresh ones give
            assert_eq!(people, find_people_in(title, body, &mut Scratch::default()), "{text:?}");
            for p in &people {
                assert!(!p.name.is_empty());
                assert!(p.mentions >= 1);
                assert!(!p.aliases.contains(&p.name));
            }
        }
    }

    #[test]
    fn places_inside_runs_and_given_names_that_are_places() {
        let body = "Sri Lanka's captain met Chad Henning, 31, today. Lewis Hamilton waved and the Lib Dem Norman Bakewell said hello.";
        assert_eq!(
            names("Visit", body),
            ["Chad Henning", "Lewis Hamilton", "Norman Bakewell"]
        );
    }

    #[test]
    fn metadata_and_bylines_are_skipped() {
        let body = "Published: 4 June 2024\nAuthor: Maria Ostrowska\n\nBy Tomasz Wolny, Chief Reporter\n\nPresident Andrzej Duda spoke.";
        assert_eq!(names("Poll", body), ["Andrzej Duda"]);
    }

    #[test]
    fn modifiers_and_places_are_not_people() {
        let body = "The Vera Rubin platform ships next year. Fans gathered at Roland Garros.";
        assert!(names("Chips", body).is_empty());
    }

    #[test]
    fn organisation_words_swallow_the_run() {
        assert!(names("Vote", "The Bharatiya Janata Party and Goldwater Bank gained.").is_empty());
    }

    #[test]
    fn words_after_initials_and_particles_are_surnames() {
        assert_eq!(
            names(
                "Cricket",
                "Scores: (P. Such 4-30, S. Law 55) and Ronald de Boer scored."
            ),
            ["P. Such", "S. Law", "Ronald de Boer"]
        );
        assert!(names("History", "It ended in World War I. But nobody knew.").is_empty());
    }

    #[test]
    fn standings_rows_are_not_people() {
        assert!(names("Table", "Division one\n\nGreenock Morton 3 2 0 1 5 2 6").is_empty());
    }

    #[test]
    fn titles_of_works_are_not_people() {
        let body = "Critics loved Enduring Love and Jungle Fever, but Iron Maiden played on.";
        assert!(names("Review", body).is_empty());
    }

    /// A letters-only label for `n`: "b", "c", ..., "ba", ...
    fn label(mut n: usize) -> String {
        let mut out = String::new();
        loop {
            out.insert(0, char::from(b'a' + (n % 26) as u8));
            n /= 26;
            if n == 0 {
                return out;
            }
        }
    }

    #[test]
    fn many_people_and_long_runs_stay_fast_and_short() {
        // 20,000 different people, each named once with a speech verb
        let mut body = String::new();
        for n in 0..20_000 {
            body.push_str(&format!("Anna Kowal{} said hello. ", label(n + 1000)));
        }
        // and one run of 5,000 capitalised words with no punctuation
        for n in 0..5_000 {
            body.push_str(&format!("Zed{} ", label(n)));
        }
        let start = std::time::Instant::now();
        let people = find_people("Many", &body);
        let elapsed = start.elapsed();
        assert_eq!(people.len(), 20_000);
        assert!(people.iter().all(|p| p.name.split(' ').count() <= MAX_NAME_WORDS));
        // linear work: well under a second in release, a few seconds unoptimised
        assert!(elapsed.as_secs() < 20, "took {elapsed:?}");
    }

    #[test]
    fn many_people_sharing_a_surname_stay_fast() {
        let mut body = String::new();
        for n in 0..10_000 {
            body.push_str(&format!("Anna{} Smith said so. ", label(n + 1000)));
        }
        body.push_str("Smith said nothing. Anna Maria Smith agreed.");
        let start = std::time::Instant::now();
        let people = find_people("Smiths", &body);
        let elapsed = start.elapsed();
        assert!(people.len() >= 10_000);
        assert!(elapsed.as_secs() < 20, "took {elapsed:?}");
    }

    #[test]
    fn a_surname_with_evidence_supports_the_full_name() {
        let body = "Christian Hornby, the team principal, was pleased. Hornby said the car was fast.";
        let p = person("Race", body, "Christian Hornby");
        assert_eq!(p.aliases, ["Hornby"]);
    }

    #[test]
    fn pathological_words_are_not_names() {
        let long = format!("A{} said he was fine.", "a".repeat(10_000));
        assert!(names("Long", &long).is_empty());
        let initials = format!("{} Smith said so.", "J.".repeat(5_000));
        assert!(find_people("Dots", &initials).iter().all(|p| p.name.len() < 100));
    }

    #[test]
    fn bylines_with_roles_and_reporting_credits_are_skipped() {
        let body = "By Tomasz Wolny, Diplomatic correspondent\n\nPresident Andrzej Duda spoke.\n\nReporting by Ewa Nowak and Jan Kos.";
        assert_eq!(names("Poll", body), ["Andrzej Duda"]);
    }

    #[test]
    fn bare_initials_after_a_title() {
        assert_eq!(
            names(
                "Visit",
                "Vice-President JD Vance met author JK Rowling. The US Senate voted."
            ),
            ["JD Vance", "JK Rowling"]
        );
    }

    #[test]
    fn list_classes_match_their_lists() {
        for w in MINOR_WORDS {
            assert!(is_minor_word(w), "{w}");
        }
        for w in ["A", "the ", "", "vv", "upon"] {
            assert!(!is_minor_word(w), "{w}");
        }
        let lists: [(&[&str], u32); 7] = [
            (REGAL, L_REGAL),
            (SURNAME_TITLES, L_SURNAME_TITLE),
            (OFFICES, L_OFFICE),
            (SEPARATOR_ALWAYS, L_SEPARATOR_ALWAYS),
            (MONTHS_AND_DAYS, L_MONTH_OR_FUNCTION),
            (FUNCTION_WORDS, L_MONTH_OR_FUNCTION),
            (SUFFIXES, L_SUFFIX),
        ];
        for (list, flag) in lists {
            for w in list {
                assert!(lex(w) & flag != 0, "{w}");
                assert!(lex(&w.to_lowercase()) & flag == 0, "{w}");
            }
        }
        for w in [
            "Americans",
            "Welshman",
            "Frenchwomen",
            "Scotsmen",
            "Irishwoman",
            "Dutchman",
        ] {
            assert!(lex(w) & L_NATIONALITY_NOUN != 0, "{w}");
        }
        for w in ["American", "Washington", "Putin", "Anchorman"] {
            assert!(lex(w) & L_NATIONALITY_NOUN == 0, "{w}");
        }
        assert!(lower_is_one_of("Reporting", &["reporting", "by"]));
        assert!(!lower_is_one_of("Reportings", &["reporting"]));
        assert!(lower_is_one_of("\u{212a}ey", &["key"]), "Kelvin sign lower-cases to k");
    }

    #[test]
    fn stack_keys_match_string_keys() {
        let mut key = KeyBuf::new();
        assert!(key.push_word("Prime", true));
        assert!(key.push_word("Min.ister", true));
        assert_eq!(key.bytes(), b"prime minister");
        // Not ASCII: letter by letter without full stops, or as str::to_lowercase.
        let mut key = KeyBuf::new();
        assert!(key.push_word("Zo\u{cb}.", true) && key.push_word("\u{c9}TAT", true));
        assert_eq!(key.bytes(), "zo\u{eb} \u{e9}tat".as_bytes());
        let mut key = KeyBuf::new();
        assert!(key.push_word("\u{39f}\u{394}\u{39f}\u{3a3}", false));
        assert_eq!(key.bytes(), "\u{39f}\u{394}\u{39f}\u{3a3}".to_lowercase().as_bytes());
        let mut key = KeyBuf::new();
        assert!(!key.push_word(&"a".repeat(200), false));
        // A key too long for the buffer is too long for any entry.
        for table in [&*LEX, &*LOWER_LEX] {
            let words = table.words();
            // every word comes back with its classes, whatever its length
            assert!(words.len() > 1000);
            for (w, classes) in &words {
                assert_eq!(table.get(w), *classes, "{w}");
                assert_ne!(*classes, 0, "{w}");
            }
            let longest = words.iter().map(|(w, _)| w.len()).max();
            assert!(longest.is_some_and(|l| l < KEY_BYTES), "{longest:?}");
        }
    }

    #[test]
    fn packed_words_hash_and_match_particles_as_strings_do() {
        // every particle has a slot of its own
        let mut seen = std::collections::HashSet::new();
        for p in PARTICLES {
            let packed = le_word(p.as_bytes());
            assert!(seen.insert((packed.wrapping_mul(PARTICLE_MUL) >> 58) as usize), "{p}");
            assert!(is_particle_packed(packed), "{p}");
        }
        let text = "van the de of dell delle y zu z vanilla al-qaida eightchr ninechars ibn dos  x";
        let bytes = text.as_bytes();
        let mut start = 0;
        for w in text.split(' ') {
            if !w.is_empty() {
                match packed_word(bytes, start, w.len()) {
                    Some(packed) => {
                        assert_eq!(packed, le_word(w.as_bytes()), "{w}");
                        assert_eq!(word_hash_packed(packed, w.len()), word_hash(w), "{w}");
                        assert_eq!(is_particle_packed(packed), is_particle_word(w), "{w}");
                    }
                    // too long, or too near the end to read eight bytes
                    None => assert!(w.len() > 8 || start + 8 > bytes.len(), "{w}"),
                }
            }
            start += w.len() + 1;
        }
        assert_eq!(packed_word(b"abcdefghij", 0, 9), None);
        assert_eq!(packed_word(b"abc", 0, 3), None);
    }

    #[test]
    fn eight_byte_sweep_matches_the_byte_loop() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let bytes = crate::bytes::random_bytes(&mut state, 23);
            let naive = bytes.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            assert_eq!(alnum_run(&bytes), naive, "{bytes:?}");
        }
        assert_eq!(alnum_run(b"Putin's"), 5);
        assert_eq!(
            alnum_run(b"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ@"),
            62
        );
    }

    #[test]
    fn reused_buffers_give_the_same_people() {
        let a = (
            "Putin meets Trump",
            "Vladimir Putin met Donald Trump. Mr Putin said it went well.\n",
        );
        // longer than any buffer so far, then a small one, then one too big to keep
        let long_body = "Sir Keir Starmer spoke to Emmanuel Macron, 47, on Friday. ".repeat(400);
        let huge_body = format!(
            "{}Angela Merkel said so.",
            "the words go on. ".repeat(SCRATCH_MAX_BYTES / 16)
        );
        let fresh = |t: &str, b: &str| find_people_in(t, b, &mut Scratch::default());
        let first = find_people(a.0, a.1);
        assert_eq!(first, fresh(a.0, a.1));
        assert_eq!(find_people("", &long_body), fresh("", &long_body));
        assert_eq!(find_people(a.0, a.1), first);
        let huge = find_people("", &huge_body);
        assert_eq!(
            huge.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["Angela Merkel"]
        );
        assert_eq!(find_people(a.0, a.1), first);
        // the thread's buffers hold nothing of the last article, and keep their room
        SCRATCH.with(|cell| {
            let scratch = cell.borrow();
            assert!(scratch.toks.is_empty() && scratch.cands.is_empty() && scratch.keys.is_empty());
            assert!(scratch.toks.capacity() > 0);
            assert!(scratch.lower_words.filled.is_empty() && scratch.lower_words.slots.iter().all(|&(s, ())| s == 0));
            assert!(scratch.key_index.filled.is_empty() && scratch.key_index.slots.iter().all(|&s| s == (0, 0)));
        });
    }

    #[test]
    fn hash_tables_empty_and_fill_again() {
        let mut set = HashSet64::default();
        set.reserve(100);
        let mut index = HashIndex::default();
        index.reserve(100);
        for round in 0..3u64 {
            for k in 0..100u64 {
                let h = word_hash(&format!("w{k}-{round}"));
                set.add(h);
                index.insert(h, k as u32);
                // a second insert of a key keeps one entry, with the newer value
                set.add(h);
                index.insert(h, k as u32 + 1);
            }
            for k in 0..100u64 {
                let h = word_hash(&format!("w{k}-{round}"));
                assert!(set.contains(h));
                assert_eq!(index.get(h), Some(k as u32 + 1));
                assert!(!set.contains(word_hash(&format!("w{k}-{}", round + 1))));
                assert_eq!(index.get(word_hash(&format!("x{k}"))), None);
            }
            assert_eq!(set.filled.len(), 100);
            assert_eq!(index.filled.len(), 100);
            set.clear();
            index.clear();
            assert!(!set.contains(word_hash(&format!("w0-{round}"))));
            assert_eq!(index.get(word_hash(&format!("w0-{round}"))), None);
        }
        // a table never reserved holds nothing and finds nothing
        let (mut empty, mut none) = (HashSet64::default(), HashIndex::default());
        empty.add(1);
        none.insert(1, 1);
        assert!(!empty.contains(1));
        assert_eq!(none.get(1), None);
    }

    #[test]
    fn joined_spellings_borrow_the_text_where_they_can() {
        let title = "Vladimir Putin";
        let body = "Mr Vladimir  Putin and Donald\nTrump; Kamala Harris.";
        let words = |text: &'static str, from: usize, n: usize| -> Vec<&'static str> {
            text.split([' ', '\n', ';', '.'])
                .filter(|w| !w.is_empty())
                .skip(from)
                .take(n)
                .collect()
        };
        let borrowed = |c: &Cow<str>| matches!(c, Cow::Borrowed(_));
        let t = joined(&words(title, 0, 2), title, body);
        assert_eq!(t, "Vladimir Putin");
        assert!(borrowed(&t));
        // two spaces, a line break: built, with one space
        let two = joined(&words(body, 1, 2), title, body);
        assert_eq!(two, "Vladimir Putin");
        assert!(!borrowed(&two));
        let lines = joined(&words(body, 4, 2), title, body);
        assert_eq!(lines, "Donald Trump");
        assert!(!borrowed(&lines));
        let kh = joined(&words(body, 6, 2), title, body);
        assert_eq!(kh, "Kamala Harris");
        assert!(borrowed(&kh));
        // words from elsewhere, one word, none
        assert_eq!(joined(&["Joe", "Biden"], title, body), "Joe Biden");
        assert_eq!(joined(&["Biden"], title, body), "Biden");
        assert_eq!(joined(&[], title, body), "");
    }
}
