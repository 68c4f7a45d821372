//! Placeholder until the real extractor lands: two-word capitalised runs.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub aliases: Vec<String>,
    pub mentions: usize,
}

pub fn find_people(_title: &str, body: &str) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let words: Vec<&str> = body.split_whitespace().collect();
    for pair in words.windows(2) {
        let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        let (a, b) = (clean(pair[0]), clean(pair[1]));
        let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.len() > 1;
        if cap(&a) && cap(&b) && !pair[0].ends_with([',', '.']) {
            let name = format!("{a} {b}");
            match out.iter_mut().find(|p| p.name == name) {
                Some(p) => p.mentions += 1,
                None => out.push(Person {
                    name,
                    aliases: vec![],
                    mentions: 1,
                }),
            }
        }
    }
    out
}
