//! Turning a typed line into comparable terms: lower case, no punctuation, contractions and
//! texting spellings expanded, common typos fixed, words stemmed and synonyms folded.
//! Hand-written (no regex crate) to keep the browser build small.

/// Lower-cases, expands contractions and texting spellings, fixes common typos, and returns
/// the words joined by single spaces. Punctuation becomes word breaks, except inside words
/// (`don't` keeps its apostrophe until expanded).
pub fn normalize(line: &str) -> String {
    let mut result = String::new();
    for raw in split_words(line) {
        let piece = match expand(&raw) {
            Some(e) => e,
            // Possessives: "the company's" → "company", "master's" → "master".
            None => raw.strip_suffix("'s").unwrap_or(&raw),
        };
        if !result.is_empty() {
            result.push(' ');
        }
        result.push_str(piece);
    }
    result
}

/// Words of a line, lower-cased, apostrophes kept inside words, everything else a break.
pub fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for ch in line.chars() {
        let ch = match ch {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            c => c,
        };
        if ch.is_alphanumeric() {
            current.extend(ch.to_lowercase());
        } else if ch == '\'' && !current.is_empty() {
            current.push('\'');
        } else if !current.is_empty() {
            words.push(
                std::mem::take(&mut current)
                    .trim_end_matches('\'')
                    .to_string(),
            );
        }
    }
    if !current.is_empty() {
        words.push(current.trim_end_matches('\'').to_string());
    }
    words.retain(|w| !w.is_empty());
    words
}

/// Contractions, texting spellings and frequent typos, mapped to plain words.
fn expand(word: &str) -> Option<&'static str> {
    Some(match word {
        // contractions
        "don't" | "dont" => "do not",
        "doesn't" | "doesnt" => "does not",
        "didn't" | "didnt" => "did not",
        "isn't" | "isnt" => "is not",
        "aren't" | "arent" => "are not",
        "wasn't" | "wasnt" => "was not",
        "weren't" | "werent" => "were not",
        "can't" | "cant" | "cannot" => "can not",
        "couldn't" | "couldnt" => "could not",
        "wouldn't" | "wouldnt" => "would not",
        "shouldn't" | "shouldnt" => "should not",
        "won't" => "will not",
        "haven't" | "havent" => "have not",
        "hasn't" | "hasnt" => "has not",
        "i'm" | "im" => "i am",
        "i've" | "ive" => "i have",
        "i'd" => "i would",
        "i'll" => "i will",
        "you're" | "youre" => "you are",
        "you've" | "youve" => "you have",
        "you'd" | "youd" => "you would",
        "you'll" | "youll" => "you will",
        "we're" => "we are",
        "they're" | "theyre" => "they are",
        "it's" => "it is",
        "that's" | "thats" => "that is",
        "what's" | "whats" => "what is",
        "where's" | "wheres" => "where is",
        "who's" | "whos" => "who is",
        "how's" | "hows" => "how is",
        "there's" | "theres" => "there is",
        "let's" | "lets" => "let us",
        "y'all" | "yall" => "you",
        "hadn't" | "hadnt" => "had not",
        "ain't" | "aint" => "is not",
        "he's" => "he is",
        "she's" => "she is",
        "here's" | "heres" => "here is",
        "when's" => "when is",
        "why's" => "why is",
        "how'd" | "howd" => "how did",
        "where'd" => "where did",
        "what'd" => "what did",
        "who'd" => "who would",
        "what're" => "what are",
        "how're" => "how are",
        "could've" | "couldve" | "coulda" => "could have",
        "would've" | "wouldve" | "woulda" => "would have",
        "should've" | "shouldve" | "shoulda" => "should have",
        "might've" => "might have",
        "must've" => "must have",
        "we've" => "we have",
        "we'll" => "we will",
        "we'd" => "we would",
        "they've" => "they have",
        "they'll" => "they will",
        "they'd" => "they would",
        "it'll" => "it will",
        "it'd" => "it would",
        "that'll" => "that will",
        "that'd" => "that would",
        "there'd" => "there would",
        "he'd" => "he would",
        "she'd" => "she would",
        // texting spellings
        "u" | "ya" | "yu" => "you",
        "ur" | "youre's" => "your",
        "r" => "are",
        "y" => "why",
        "wat" | "wut" | "wht" | "whta" => "what",
        "hw" => "how",
        "pls" | "plz" | "plse" => "please",
        "shud" | "shld" | "shoud" => "should",
        "wud" | "wld" => "would",
        "cud" | "cld" | "coud" => "could",
        "thru" => "through",
        "tho" => "though",
        "rly" | "rlly" | "realy" => "really",
        "smth" | "sth" => "something",
        "prolly" | "prob" => "probably",
        "diff" => "different",
        "alot" => "a lot",
        "fav" | "fave" | "favs" | "faves" | "favourite" => "favorite",
        "dept" => "department",
        "mgr" => "manager",
        "yday" => "yesterday",
        "tmrw" | "tmr" | "tmrrw" => "tomorrow",
        "wknd" => "weekend",
        "hbu" => "how about you",
        "imo" | "imho" => "in my opinion",
        "nvm" => "never mind",
        "biz" => "business",
        "thx" | "thanx" | "thnx" | "tnx" | "ty" | "thks" | "tks" => "thanks",
        "tysm" => "thank you so much",
        "tbh" => "to be honest",
        "idk" => "i do not know",
        "b4" => "before",
        "2day" => "today",
        "gr8" => "great",
        "btw" => "by the way",
        "rn" => "right now",
        "abt" | "bout" => "about",
        "ppl" => "people",
        "cuz" | "bc" | "coz" | "b/c" | "bcuz" | "becuz" | "cos" => "because",
        "w/" => "with",
        "wanna" => "want to",
        "gonna" => "going to",
        "gotta" => "have to",
        "kinda" => "kind of",
        "sorta" => "sort of",
        "dunno" => "do not know",
        "lemme" => "let me",
        "gimme" => "give me",
        "yr" | "yrs" => "years",
        "msg" => "message",
        "info" => "information",
        "rec" | "recs" => "recommendations",
        "convo" => "conversation",
        "uni" => "university",
        "grad" => "graduate",
        "undergrad" => "undergraduate",
        "phd" | "ph.d" => "phd",
        "cv" | "cvs" => "resume",
        "resumé" | "résumé" | "resumes" => "resume",
        "linkedin" => "linkedin",
        // common typos
        "responsibilites" | "responsibilties" | "responsabilities" | "resposibilities"
        | "responsiblities" | "responsibilties," => "responsibilities",
        "responsibilty" | "responsiblity" | "responsability" => "responsibility",
        "carreer" | "carrer" | "creer" | "carer" | "caree" => "career",
        "carreers" | "carrers" => "careers",
        "advise" | "advce" | "adivce" | "advic" => "advice",
        "recomend" | "reccomend" | "recommed" | "reccommend" => "recommend",
        "recomendations" | "reccomendations" => "recommendations",
        "typicaly" | "typcal" | "tipical" | "typicall" => "typical",
        "tipically" | "typicaly," | "typcially" => "typically",
        "challanges" | "chalenges" | "challanges," | "challeneges" => "challenges",
        "challange" | "chalenge" => "challenge",
        "challanging" | "chalenging" => "challenging",
        "organisation" | "organizaton" | "orginization" | "organzation" => "organization",
        "organisations" | "orginizations" | "organizatons" => "organizations",
        "proffesional" | "profesional" | "professinal" => "professional",
        "oppurtunities" | "opportunites" | "oportunities" | "opportunties" => "opportunities",
        "oppurtunity" | "oportunity" => "opportunity",
        "experiance" | "expirience" | "experince" => "experience",
        "experiances" | "experinces" => "experiences",
        "educaton" | "eduation" => "education",
        "interveiw" | "intervew" | "inteview" => "interview",
        "interveiws" | "intervews" => "interviews",
        "satisfing" | "satisifying" | "satisfiying" => "satisfying",
        "rewarding," => "rewarding",
        "teh" => "the",
        "adn" => "and",
        "waht" | "whta," => "what",
        "hwo" => "how",
        "becuase" | "becasue" => "because",
        "definately" | "definitly" => "definitely",
        "wich" => "which",
        "thier" => "their",
        "freind" => "friend",
        "futur" | "furture" => "future",
        "feild" | "fied" => "field",
        "skils" | "skilss" => "skills",
        "truely" => "truly",
        "thankyou" => "thank you",
        "jobb" => "job",
        "hireing" => "hiring",
        "industy" | "indusrty" => "industry",
        "reccomendation" | "recomendation" => "recommendation",
        "ressources" | "resourses" | "resouces" => "resources",
        "conferances" | "confrences" => "conferences",
        "asociation" | "associaton" => "association",
        "societys" => "societies",
        "enviroment" | "enviornment" | "envirnoment" => "environment",
        "collegue" | "colleauge" | "coleague" => "colleague",
        "collegues" | "colleauges" | "coleagues" => "colleagues",
        "buisness" | "bussiness" | "busines" => "business",
        "schedual" | "schdule" | "shedule" => "schedule",
        "proffession" | "profesion" => "profession",
        "reserach" | "resarch" | "reseach" => "research",
        "assocation" | "assoication" => "association",
        "associatons" | "assocations" => "associations",
        "conferance" | "confrence" | "conferene" => "conference",
        "recommand" | "recommnd" => "recommend",
        "sugest" => "suggest",
        "advancment" | "advancemnt" | "advancemen" => "advancement",
        "promtion" | "promotin" => "promotion",
        "intrested" | "intersted" | "interseted" => "interested",
        "studing" => "studying",
        "univeristy" | "univercity" | "universty" => "university",
        "collage" => "college",
        "dificult" | "difficlut" | "dificult," => "difficult",
        "frustating" | "frustarting" => "frustrating",
        "stresful" => "stressful",
        "oppertunities" | "opprotunities" | "oppotunities" | "oppurtunites" => "opportunities",
        "futre" => "future",
        "indsutry" => "industry",
        "linkdin" | "linkden" | "linkedn" | "linkedln" => "linkedin",
        "emial" | "emal" => "email",
        "apreciate" | "appriciate" | "appreicate" | "appreciat" => "appreciate",
        "thnks" => "thanks",
        "thnk" => "thank",
        "definetly" => "definitely",
        "begining" => "beginning",
        "writting" => "writing",
        "managment" | "mangement" => "management",
        "trainning" => "training",
        "certifcation" | "certificaton" => "certification",
        "curent" => "current",
        "postion" | "positon" => "position",
        "postions" | "positons" => "positions",
        "hirring" => "hiring",
        "reffer" => "refer",
        "refered" => "referred",
        "recieve" => "receive",
        "wokr" => "work",
        "skil" => "skill",
        _ => return None,
    })
}

/// Words that carry no topic on their own.
pub fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "i"
            | "me"
            | "my"
            | "mine"
            | "we"
            | "us"
            | "our"
            | "it"
            | "its"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "here"
            | "so"
            | "very"
            | "really"
            | "just"
            | "also"
            | "too"
            | "do"
            | "does"
            | "did"
            | "done"
            | "have"
            | "has"
            | "had"
            | "would"
            | "could"
            | "should"
            | "can"
            | "will"
            | "shall"
            | "may"
            | "might"
            | "must"
            | "please"
            | "um"
            | "uh"
            | "hmm"
            | "oh"
            | "ok"
            | "okay"
            | "well"
            | "like"
            | "kind"
            | "sort"
            | "some"
            | "any"
            | "about"
            | "into"
            | "up"
            | "out"
            | "if"
            | "then"
            | "than"
            | "lot"
            | "lots"
            | "bit"
            | "little"
            | "quite"
            | "wondering"
            | "wonder"
            | "curious"
            | "love"
            | "hear"
            | "tell"
            | "share"
            | "mind"
            | "question"
            | "ask"
            | "asking"
            | "know"
            | "want"
            | "wanted"
            | "get"
            | "thing"
            | "things"
            | "much"
            | "many"
            | "more"
            | "one"
            | "which"
            | "who"
            | "whom"
            | "him"
            | "her"
            | "his"
            | "she"
            | "he"
            | "they"
            | "them"
    )
}

/// A light suffix-stripping stemmer: enough to join "responsibilities"/"responsibility",
/// "working"/"works", "organizations"/"organization", "hardest"/"hard", "took"/"take",
/// without a dependency.
pub fn stem(word: &str) -> String {
    let w = word;
    // Irregular forms that matter in this domain.
    let irregular = match w {
        "went" | "gone" => "go",
        "got" | "gotten" => "get",
        "found" => "find",
        "chose" | "chosen" => "choos",
        "took" | "taken" => "tak",
        "made" => "mak",
        "thought" => "think",
        "knew" | "known" => "know",
        "became" => "becom",
        "felt" => "feel",
        "led" => "lead",
        "left" => "leav",
        "spent" => "spend",
        "began" | "begun" => "begin",
        "grew" | "grown" => "grow",
        "heard" => "hear",
        "saw" | "seen" => "see",
        "met" => "meet",
        "paid" => "pay",
        "kept" => "keep",
        "told" => "tell",
        "wrote" | "written" => "writ",
        "brought" => "bring",
        "taught" => "teach",
        "built" => "build",
        "held" => "hold",
        "studies" | "studied" | "studying" => "studi",
        "days" | "daily" => "day",
        "people" => "person",
        "children" => "child",
        _ => "",
    };
    if !irregular.is_empty() {
        return irregular.into();
    }
    if w.chars().count() <= 3 {
        return w.to_string();
    }
    let mut s = w.to_string();
    // Derivational endings first ("meaningful" → "meaning", "hardest" → "hard").
    for (suffix, replacement) in [
        ("fulness", ""),
        ("fully", ""),
        ("ful", ""),
        ("iest", "i"),
        ("ier", "i"),
        ("est", ""),
    ] {
        if let Some(base) = s.strip_suffix(suffix) {
            let keep = suffix == "est" && NOT_SUPERLATIVE.contains(&s.as_str());
            if base.chars().count() >= 3 && !keep {
                s = format!("{base}{replacement}");
            }
            break;
        }
    }
    for (suffix, replacement) in [
        ("ibilities", "ibl"),
        ("ibility", "ibl"),
        ("ations", "at"),
        ("ation", "at"),
        ("nesses", ""),
        ("ness", ""),
        ("ments", ""),
        ("ment", ""),
        ("ities", ""),
        ("ity", ""),
        ("ings", ""),
        ("ing", ""),
        ("ies", "i"),
        ("ied", "i"),
        ("ible", "ibl"),
        ("able", ""),
        ("ally", ""),
        ("ly", ""),
        ("ers", ""),
        ("er", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("y", "i"),
        ("e", ""),
    ] {
        if let Some(base) = s.strip_suffix(suffix) {
            if base.chars().count() >= 3 && !(suffix == "s" && base.ends_with('s')) {
                s = format!("{base}{replacement}");
                break;
            }
        }
    }
    // Undouble a final consonant left by -ing/-ed/-est ("planning" → "plan").
    let bytes = s.as_bytes();
    if bytes.len() >= 4 {
        let (a, b) = (bytes[bytes.len() - 2], bytes[bytes.len() - 1]);
        if a == b && !matches!(b, b'l' | b's' | b'z' | b'e' | b'o') {
            s.pop();
        }
    }
    s
}

/// Words ending in -est that are not superlatives.
const NOT_SUPERLATIVE: &[&str] = &[
    "interest", "suggest", "request", "invest", "harvest", "forest", "contest", "protest",
    "digest", "modest", "manifest", "arrest", "earnest", "attest", "honest", "conquest",
];

/// Terms for ranking: normalized, stop words dropped, stemmed, synonyms folded to one form.
pub fn terms(line: &str) -> Vec<String> {
    normalize(line)
        .split(' ')
        .filter(|w| !w.is_empty() && !is_stop_word(w))
        .map(|w| fold_synonym(&stem(w)))
        .collect()
}

/// Folds stems with the same meaning in this domain to one representative. Kept narrow on
/// purpose: folding "job" with "role" or "someone" with "contact" pulls unrelated questions
/// together.
fn fold_synonym(stem: &str) -> String {
    let folded = match stem {
        "dut" | "duti" | "task" | "obligat" => "respons",
        "responsibl" | "respons" | "responsibili" => "respons",
        "schedul" | "routin" | "dai" | "everyday" => "day",
        "weekli" => "week",
        "typic" | "usual" | "normal" | "averag" | "ordinari" | "regular" => "typic",
        "compani" | "firm" | "employ" | "agenc" | "organiz" | "organis" => "organiz",
        "cultur" | "environm" | "environ" | "atmospher" | "vib" => "cultur",
        "enjoi" | "favorit" | "fulfill" | "fulfil" | "satisf" | "satisfi" | "reward"
        | "gratifi" | "motiv" => "enjoi",
        "hard" | "difficult" | "tough" | "challeng" | "frustrat" | "struggl" | "downsid"
        | "worst" | "stress" | "annoi" | "drawback" => "hard",
        "skill" | "abil" | "qualiti" | "trait" | "competenc" | "talent" => "skill",
        "school" | "colleg" | "universi" | "degre" | "educat" | "major" | "studi"
        | "undergradu" | "phd" => "educ",
        "journei" | "trajectori" => "path",
        "hire" | "hir" | "recruit" => "hire",
        "alternat" | "otherwis" | "instead" => "altern",
        "futur" | "ahead" | "upcom" => "futur",
        "trend" | "evolv" => "trend",
        "advanc" | "promot" | "progress" | "ladder" => "advanc",
        "advic" | "tip" | "counsel" => "advic",
        "societi" | "associat" | "membership" | "member" => "societi",
        "conferenc" | "meetup" | "symposium" => "conferenc",
        "resourc" | "book" | "podcast" | "websit" | "blog" | "journal" | "newslett" => "resourc",
        "resum" | "cv" => "resum",
        "thank" | "grate" | "appreci" => "thank",
        other => other,
    };
    folded.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_texting_and_contractions() {
        assert_eq!(
            normalize("Wat do u do, day-to-day?"),
            "what do you do day to day"
        );
        assert_eq!(
            normalize("What's ur typical day?"),
            "what is your typical day"
        );
        assert_eq!(normalize("I’m curious"), "i am curious");
        assert_eq!(normalize("  "), "");
        assert_eq!(normalize("the company's culture"), "the company culture");
        assert_eq!(normalize("how'd u get hired"), "how did you get hired");
    }

    #[test]
    fn fixes_common_typos() {
        assert_eq!(normalize("main responsibilites"), "main responsibilities");
        assert_eq!(normalize("carreer advise"), "career advice");
    }

    #[test]
    fn stems_join_word_forms() {
        assert_eq!(stem("responsibilities"), stem("responsibility"));
        assert_eq!(stem("organizations"), stem("organization"));
        assert_eq!(stem("planning"), "plan");
        assert_eq!(stem("works"), stem("working"));
        assert_eq!(stem("hardest"), stem("hard"));
        assert_eq!(stem("biggest"), stem("big"));
        assert_eq!(stem("interest"), stem("interested"));
        assert_eq!(stem("took"), stem("take"));
        assert_eq!(stem("helpful"), stem("help"));
        assert_eq!(stem("happiest"), stem("happy"));
    }

    #[test]
    fn terms_drop_stop_words_and_fold_synonyms() {
        assert_eq!(
            terms("What are your duties?"),
            terms("What are your responsibilities?")
        );
        assert!(terms("the and of").is_empty());
        assert_ne!(terms("job"), terms("role"));
        assert_ne!(terms("who else"), terms("alternatives"));
    }
}
