//! Segmentation: paragraphs, sentences and tokens, each with its byte range
//! in the caller's text. Tokens carry a lowercase normal form (curly
//! apostrophes straightened) and what the lexicon knows of them, looked up
//! once here. Sentence ends survive `U.S.`, `Dr.`, `Jan. 5`, decimals and
//! initials; a sentence never crosses a paragraph.

use std::ops::Range;

use crate::lexicon::{lexicon, AbbreviationClass, Flags, Phrase, PhraseKind, VerbForm, WordInfo};
use crate::text::{has_char, lowercase, lowercase_char, Words};

/// A quotation mark, by its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMark {
    /// `“`, `«`, `„`, `「`: opens.
    Open,
    /// `”`, `»`, `」`: closes.
    Close,
    /// `"`: opens or closes, by context.
    Straight,
    /// `‘`, `‚`, `‹`: opens a single quote.
    SingleOpen,
    /// `’`, `›`: closes a single quote, or is a trailing apostrophe.
    SingleClose,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Quote(QuoteMark),
    /// Any other punctuation character, or a run of periods.
    Punct(char),
}

/// One token: a word, a number, a quotation mark or a punctuation mark.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Byte range of the normal form in [`Document::norm`].
    norm: (u32, u32),
    /// Whether the first letter is upper case.
    pub capitalized: bool,
    /// What the lexicon knows of the normal form.
    pub info: Option<&'static WordInfo>,
    /// The normal form's entry number in the lexicon's word table, if any.
    entry: Option<u32>,
}

impl Token {
    /// Whether the lexicon gives this token any of these flags.
    ///
    /// (Out of line in the browser builds, as the other token tests here and
    /// `Document`'s: the compiler would copy each into every one of its
    /// sites, about 5.7 KB gzip of the reader in all. Native builds inline them,
    /// for speed.)
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is(&self, flags: Flags) -> bool {
        self.info.is_some_and(|i| i.flags.any(flags))
    }

    /// Whether the word is a cue noun's (`claims`, `report`): out of line in
    /// the browser builds, as [`Token::is`].
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_cue_noun(&self) -> bool {
        self.info.is_some_and(|i| i.noun.is_some())
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// Whether the token is a word, not a number (out of line in the
    /// browser builds, as [`Token::is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_plain_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether the token is a number (as [`Token::is_plain_word`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokenKind::Quote(_))
    }
}

/// A sentence: a range of tokens inside one paragraph.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

/// A paragraph: a byte range and the range of its sentences.
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub sentences: Range<usize>,
}

/// The segmented text.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    norm: String,
}

impl<'a> Document<'a> {
    /// Segments `text` into paragraphs, sentences and tokens.
    pub fn new(text: &'a str) -> Document<'a> {
        let mut doc = Document {
            text,
            tokens: Vec::with_capacity(text.len() / 5),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
            norm: String::with_capacity(text.len()),
        };
        for range in paragraph_ranges(text) {
            doc.add_paragraph(range);
        }
        doc
    }

    /// The lowercase normal form of a token.
    pub fn norm(&self, token: usize) -> &str {
        let (s, e) = self.tokens[token].norm;
        &self.norm[s as usize..e as usize]
    }

    /// Whether token `token`'s lowercase normal form is `word`. (One call
    /// where a comparison of `norm`'s answer puts two at every site: the
    /// bundle carries less code.)
    pub fn norm_is(&self, token: usize, word: &str) -> bool {
        self.norm(token) == word
    }

    /// Whether token `token`'s first letter is upper case (one call, as
    /// [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn capitalized(&self, token: usize) -> bool {
        self.tokens[token].capitalized
    }

    /// Whether there is a token `token` and its first letter is upper case
    /// (one call, as [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn capital_at(&self, token: usize) -> bool {
        self.tokens.get(token).is_some_and(|t| t.capitalized)
    }

    /// Whether token `token`'s word is a cue noun's (one call, as
    /// [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_cue_noun(&self, token: usize) -> bool {
        self.tokens[token].is_cue_noun()
    }

    /// Whether the lexicon knows nothing of token `token`'s word (one call,
    /// as [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn unknown(&self, token: usize) -> bool {
        self.tokens[token].info.is_none()
    }

    /// Whether token `token` is a word or a number (one call, as
    /// [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_word(&self, token: usize) -> bool {
        self.tokens[token].is_word()
    }

    /// Whether token `token` is a quotation mark (one call, as
    /// [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_quote(&self, token: usize) -> bool {
        self.tokens[token].is_quote()
    }

    /// Whether token `token` is the punctuation mark `c` (one call, as
    /// [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_punct(&self, token: usize, c: char) -> bool {
        self.tokens[token].is_punct(c)
    }

    /// Whether token `token` is a word, not a number (one call, as
    /// [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_plain_word(&self, token: usize) -> bool {
        self.tokens[token].is_plain_word()
    }

    /// Whether token `token` is a number (one call, as [`Document::token_is`]).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_number(&self, token: usize) -> bool {
        self.tokens[token].is_number()
    }

    /// Whether token `token`'s lowercase normal form ends in `suffix` (one
    /// call, as [`Document::norm_is`]).
    pub fn norm_ends_with(&self, token: usize, suffix: &str) -> bool {
        self.norm(token).ends_with(suffix)
    }

    /// Whether token `token` has any of `flags` (one call, as
    /// [`Document::norm_is`]; the browser builds keep it out of line, where
    /// the compiler would copy it into every site).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn token_is(&self, token: usize, flags: Flags) -> bool {
        self.tokens[token].is(flags)
    }

    /// Whether token `token`'s lowercase normal form is one of `words` (one
    /// call, as [`Document::norm_is`]).
    pub fn norm_in(&self, token: usize, words: Words) -> bool {
        words.has(self.norm(token))
    }

    /// Whether token `k` follows a work and a preposition, as its author's
    /// name does (`a survey by Zacks`, `data from FactSet`).
    pub fn cites_an_author_at(&self, k: usize) -> bool {
        k >= 2 && self.token_is(k - 1, Flags::PREP) && self.token_is(k - 2, Flags::DOCUMENT)
    }

    /// The lexicon's multi-word entries starting with token `k`'s word.
    pub fn phrases_from(&self, k: usize) -> &'static [Phrase] {
        self.tokens[k]
            .entry
            .map_or(&[], |e| lexicon().phrases_at(e))
    }

    /// The longest lexicon phrase of the wanted kinds starting at token `k`
    /// (before `end`): its end and kind.
    pub fn phrase_at(
        &self,
        k: usize,
        end: usize,
        wanted: &dyn Fn(PhraseKind) -> bool,
    ) -> Option<(usize, PhraseKind)> {
        let end = end.min(self.tokens.len());
        if k >= end {
            return None;
        }
        let mut best = None;
        for phrase in self.phrases_from(k) {
            if !wanted(phrase.kind) {
                continue;
            }
            let len = phrase.rest.len();
            if k + len < end
                && phrase
                    .rest
                    .iter()
                    .enumerate()
                    .all(|(j, w)| self.norm(k + 1 + j) == *w)
            {
                let stop = k + 1 + len;
                if best.is_none_or(|(b, _)| stop > b) {
                    best = Some((stop, phrase.kind));
                }
            }
        }
        best
    }

    /// Whether token `k` is the first of its sentence.
    pub fn starts_sentence_at(&self, k: usize) -> bool {
        let i = self.sentences.partition_point(|s| s.tokens.start < k);
        self.sentences.get(i).is_some_and(|s| s.tokens.start == k)
    }

    /// Where the name given at token `k` begins: after `known as`, `called`
    /// or `named` (`a group known as Black Lantern`).
    pub fn name_given_at(&self, k: usize) -> Option<usize> {
        let word = |j: usize| (j < self.tokens.len()).then(|| self.norm(j));
        match word(k)? {
            "known" if word(k + 1) == Some("as") => Some(k + 2),
            "called" | "named" => Some(k + 1),
            _ => None,
        }
    }

    /// The first tokens of the sentence token `k` is in and of the `back`
    /// sentences before it, nearest first.
    pub fn sentence_starts_back(&self, k: usize, back: usize) -> Vec<usize> {
        let sentence = self.sentence_of(k);
        (sentence.saturating_sub(back)..=sentence)
            .rev()
            .filter_map(|s| Some(self.sentences.get(s)?.tokens.start))
            .collect()
    }

    /// The index of the sentence token `k` is in (or the next one's, for a
    /// token between sentences).
    pub fn sentence_of(&self, k: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= k)
    }

    /// Whether sentence `s` is a headline or a subhead: its paragraph's one
    /// sentence, with no stop at its end (a quotation's closing mark after a
    /// stop is none: `“We will win.”`).
    pub fn is_headline(&self, s: usize) -> bool {
        let Some(sentence) = self.sentences.get(s) else {
            return false;
        };
        let last = sentence.tokens.clone().rev().find(|&k| !self.is_quote(k));
        self.paragraphs[sentence.paragraph].sentences == (s..s + 1)
            && last.is_some_and(|k| {
                !matches!(
                    self.tokens[k].kind,
                    TokenKind::Punct('.' | '!' | '?' | '…' | ',')
                )
            })
    }

    /// Whether the token at `verb` is a past verb (with no reading as a
    /// noun) after a capitalized name ending in `'s`: `Moody's said`,
    /// `Macy's announced`, a business's name as its subject, not a
    /// possessor (`Brandvold's claim`) nor a contraction (`He's said`).
    pub fn name_in_s_before(&self, verb: usize) -> bool {
        verb >= 2
            && self.norm_is(verb - 1, "'s")
            && self.capitalized(verb - 2)
            && !self.token_is(verb - 2, Flags::PRON)
            && self.tokens.get(verb).and_then(|t| t.info).is_some_and(|i| {
                i.noun.is_none()
                    && i.verb.is_some_and(|(_, f)| {
                        matches!(f, VerbForm::Past | VerbForm::PastOrParticiple)
                    })
            })
    }

    /// Whether the token at `k` is an ampersand joining a name's capitalized
    /// words: `Procter & Gamble`, `Goldman Sachs & Co.`
    pub fn ampersand_in_name(&self, k: usize) -> bool {
        k > 0 && self.is_punct(k, '&') && self.capitalized(k - 1) && self.capital_at(k + 1)
    }

    /// Whether a line break comes between token `k` and the one before it:
    /// a byline's name and the dateline under it are no one name.
    pub fn line_break_before(&self, k: usize) -> bool {
        k > 0
            && has_char(
                &self.text[self.tokens[k - 1].end..self.tokens[k].start],
                '\n',
            )
    }

    /// The index of the paragraph token `k` is in.
    pub fn paragraph_of(&self, k: usize) -> usize {
        let start = self.tokens[k].start;
        self.paragraphs.partition_point(|p| p.end <= start)
    }

    /// Whether token `k` is a number, in digits or spelled out (`Forty-one
    /// percent`).
    pub fn number_at(&self, k: usize) -> bool {
        // (Past the last token: no number, as `percent_at` answers.)
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        // (A plain word's own entry answers; only `forty-one` needs its parts.)
        t.is_number()
            || t.is(Flags::NUMBER)
            || t.is_word() && has_char(self.norm(k), '-') && lexicon().is_number_word(self.norm(k))
    }

    /// Whether token `k` says a share is a percentage: `percent` or `%`.
    pub fn percent_at(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.is_punct('%') || self.norm_is(k, "percent"))
    }

    /// Past `at least` or `at most` at `k`: where the quantity it bounds
    /// starts (`at least three said`).
    pub fn past_at_least(&self, k: usize) -> usize {
        let bound = |j: usize| j < self.tokens.len() && self.norm_in(j, words!["least", "most"]);
        if k < self.tokens.len() && self.norm_is(k, "at") && bound(k + 1) {
            k + 2
        } else {
            k
        }
    }

    /// Whether the tokens before `end` give an age (`voters under 30`,
    /// `Americans over 65`): a post-modifier, no part of a name.
    pub fn age_before(&self, end: usize) -> bool {
        end >= 2
            && self.is_number(end - 1)
            && self.norm_in(end - 2, words!["under", "over", "above", "below"])
    }

    /// Whether token `k` is a word of two letters or more written in
    /// capitals (`WASHINGTON`, `NHK`, `D-ORE`).
    pub fn in_capitals(&self, k: usize) -> bool {
        let w = self.surface(k);
        self.is_plain_word(k)
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
    }

    /// Where sentence `s` begins after a wire dateline (`WASHINGTON —`,
    /// `LONDON, Nov 3 (Reuters) -`): the place a story was filed from is
    /// no part of its first sentence's grammar. The sentence's start when
    /// there is none.
    pub fn after_dateline(&self, s: usize) -> usize {
        let sentence = &self.sentences[s];
        let start = sentence.tokens.start;
        let first_of_paragraph = self
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.sentences.start == s);
        if !first_of_paragraph || !self.in_capitals(start) {
            return start;
        }
        let mut in_parens = false;
        for k in start + 1..sentence.tokens.end.min(start + 12) {
            let t = &self.tokens[k];
            match t.kind {
                TokenKind::Punct('—' | '–' | '-') if !in_parens => return k + 1,
                TokenKind::Punct('(') => in_parens = true,
                TokenKind::Punct(')') => in_parens = false,
                TokenKind::Punct(',' | '.') | TokenKind::Number => {}
                TokenKind::Word if t.capitalized || in_parens => {}
                _ => return start,
            }
        }
        start
    }

    /// The party of a US politician's tag, `(D-Ore.)`, `, R-S.C.,`, `(R)`:
    /// the tokens between its brackets or commas.
    pub fn party_tag(&self, inner: Range<usize>) -> Option<&'static str> {
        let first = self.tokens.get(inner.start)?;
        if inner.is_empty() || inner.len() > 4 || !first.is_word() {
            return None;
        }
        match self.surface(inner.start).split('-').next()? {
            "D" => Some("Democratic Party"),
            "R" => Some("Republican Party"),
            "I" => Some("independent"),
            _ => None,
        }
    }

    /// Whether the tokens between a name's commas are its town's state:
    /// `The mayor of Dayton, Ohio,`, `Brennan Falls, Wis.,` (a place, or a
    /// capitalized abbreviation).
    pub fn state_tag(&self, inner: Range<usize>) -> bool {
        inner.len() == 1
            && self.tokens.get(inner.start).is_some_and(|t| {
                t.capitalized && (t.is(Flags::PLACE) || self.surface(inner.start).ends_with('.'))
            })
    }

    /// `FBI`, `KCNA`, `NHK`: a word of two or more capitals and no lowercase letter.
    pub fn is_acronym(&self, k: usize) -> bool {
        let word = self.surface(k);
        self.is_plain_word(k)
            && word.chars().filter(|c| c.is_uppercase()).count() >= 2
            && !word.chars().any(char::is_lowercase)
    }

    /// Whether token `k` is a quotation mark right after a comma: `…,”`.
    pub fn comma_then_quote(&self, k: usize) -> bool {
        k > 0 && self.tokens.get(k).is_some_and(|t| t.is_quote()) && self.is_punct(k - 1, ',')
    }

    /// The token's text as written.
    pub fn surface(&self, token: usize) -> &'a str {
        let t = &self.tokens[token];
        &self.text[t.start..t.end]
    }

    /// The text covered by a range of tokens.
    pub fn slice(&self, tokens: Range<usize>) -> &'a str {
        if tokens.is_empty() {
            return "";
        }
        &self.text[self.tokens[tokens.start].start..self.tokens[tokens.end - 1].end]
    }

    fn add_paragraph(&mut self, range: Range<usize>) {
        let first_token = self.tokens.len();
        tokenize(self.text, range.clone(), &mut self.tokens, &mut self.norm);
        if self.tokens.len() == first_token {
            return;
        }
        let first_sentence = self.sentences.len();
        let paragraph = self.paragraphs.len();
        let mut start = first_token;
        let end = self.tokens.len();
        let mut i = first_token;
        while i < end {
            if let Some(next) = self.sentence_end_after(i, end) {
                self.sentences.push(Sentence {
                    tokens: start..next,
                    paragraph,
                });
                start = next;
                i = next;
            } else {
                i += 1;
            }
        }
        if start < end {
            self.sentences.push(Sentence {
                tokens: start..end,
                paragraph,
            });
        }
        self.paragraphs.push(Paragraph {
            start: self.tokens[first_token].start,
            end: self.tokens[end - 1].end,
            sentences: first_sentence..self.sentences.len(),
        });
    }

    /// If a sentence ends with token `i`, the index of the token after it
    /// (closing quotes and brackets included in the ending sentence).
    fn sentence_end_after(&self, i: usize, end: usize) -> Option<usize> {
        let token = &self.tokens[i];
        let terminal = match token.kind {
            TokenKind::Punct('.' | '!' | '?' | '…') => true,
            TokenKind::Word if self.norm_ends_with(i, ".") => {
                return self.abbreviation_ends_sentence(i, end);
            }
            _ => false,
        };
        if !terminal {
            return None;
        }
        let mut next = i + 1;
        while next < end && self.closes_after_terminal(next) {
            next += 1;
        }
        if next >= end {
            return None; // the paragraph's end closes the sentence anyway
        }
        self.starts_sentence(next).then_some(next)
    }

    /// Closing quotes and brackets that stay with the sentence they end.
    fn closes_after_terminal(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            TokenKind::Quote(QuoteMark::Close | QuoteMark::SingleClose) => true,
            TokenKind::Quote(QuoteMark::Straight) => {
                // A straight quote right after the period closes, unless a space precedes it.
                i > 0 && self.tokens[i - 1].end == t.start
            }
            TokenKind::Punct(')' | ']') => true,
            _ => false,
        }
    }

    /// Whether token `i` can open a sentence: a capital, a digit, a quote or bracket.
    fn starts_sentence(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            TokenKind::Word => t.capitalized,
            TokenKind::Number => true,
            TokenKind::Quote(QuoteMark::Open | QuoteMark::Straight | QuoteMark::SingleOpen) => true,
            TokenKind::Punct('(' | '[' | '—' | '-') => true,
            _ => false,
        }
    }

    fn abbreviation_ends_sentence(&self, i: usize, end: usize) -> Option<usize> {
        let mut next = i + 1;
        if next >= end {
            return None;
        }
        // `“No.” He left.`: a closing mark after the period ends the sentence.
        if self.closes_after_terminal(next) {
            while next < end && self.closes_after_terminal(next) {
                next += 1;
            }
            return (next < end && self.starts_sentence(next)).then_some(next);
        }
        let norm = self.norm(i);
        let class = self.tokens[i].info.and_then(|info| info.abbreviation);
        let single_initial = norm.len() == 2 && norm.as_bytes()[0].is_ascii_alphabetic();
        let ends = match class {
            Some(AbbreviationClass::Title) => false,
            _ if single_initial => false,
            Some(AbbreviationClass::Number) => {
                self.tokens[next].kind != TokenKind::Number && self.starts_sentence(next)
            }
            // An abbreviation ends a sentence only before a word that
            // plainly starts one: `... in the U.S. The move ...`.
            Some(_) => self.plain_sentence_opener(next),
            // An unknown dotted word (`U.K.-based` is one token): by its follower.
            None => self.starts_sentence(next) && self.plain_sentence_opener(next),
        };
        ends.then_some(next)
    }

    /// A capitalized closed-class word or an opening quote: the words that
    /// start sentences and rarely follow an abbreviation inside one.
    fn plain_sentence_opener(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            // (Not before a lowercase word: `the U.S. “remains the cornerstone”`.)
            TokenKind::Quote(QuoteMark::Open) => self
                .tokens
                .get(i + 1)
                .is_none_or(|n| n.capitalized || !n.is_plain_word()),
            // (`said Rep. Tom Ortiz, D-N.M. "We need …"`: a straight mark
            // after a space, before a capital.)
            TokenKind::Quote(QuoteMark::Straight) => {
                i > 0
                    && self.tokens[i - 1].end < t.start
                    && self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| n.capitalized && n.start == t.end)
            }
            // (`an analyst at Drexel Inc. Mr. Healy said`: no honorific
            // follows an abbreviation inside a sentence.)
            TokenKind::Word if self.norm_in(i, words!["mr.", "mrs.", "ms."]) => true,
            TokenKind::Word => {
                t.capitalized
                    && t.is(Flags::DET
                        | Flags::PRON
                        | Flags::POSS
                        | Flags::CONJ
                        | Flags::SUB
                        | Flags::PREP
                        | Flags::QUANT
                        | Flags::ADV
                        | Flags::WH)
            }
            _ => false,
        }
    }
}

/// Paragraph byte ranges. Every line is a paragraph, unless the text is
/// hard-wrapped: then blank lines separate paragraphs.
fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let lines: Vec<Range<usize>> = line_ranges(text);
    let blank = |r: &Range<usize>| text[r.clone()].trim().is_empty();
    let has_blank_separators = lines.iter().any(blank);
    let wrapped = has_blank_separators
        && lines.windows(2).any(|w| {
            !blank(&w[0]) && !blank(&w[1]) && {
                let line = text[w[0].clone()].trim_end();
                !line.ends_with(['.', '!', '?', '”', '"', ':', '’'])
            }
        });
    let mut paragraphs = Vec::new();
    if wrapped {
        let mut current: Option<Range<usize>> = None;
        for line in lines {
            if blank(&line) {
                paragraphs.extend(current.take());
            } else if is_date_line(&text[line.clone()]) {
                // (`Alpine glaciers could lose half their volume\nWednesday,
                // October 9, 2024`: a headline's date stands alone.)
                paragraphs.extend(current.take());
                paragraphs.push(line);
            } else {
                current = Some(match current {
                    Some(r) => r.start..line.end,
                    None => line,
                });
            }
        }
        paragraphs.extend(current);
    } else {
        paragraphs.extend(lines.into_iter().filter(|r| !blank(r)));
    }
    paragraphs
}

/// Whether a line is only a date, as under a headline: short, opening with
/// a capital and closing with a year (`Wednesday, October 9, 2024`).
fn is_date_line(line: &str) -> bool {
    let line = line.trim();
    let year = line.len() >= 4 && line.is_char_boundary(line.len() - 4) && {
        let tail = &line[line.len() - 4..];
        tail.bytes().all(|b| b.is_ascii_digit())
            && (tail.starts_with("19") || tail.starts_with("20"))
    };
    year && line.len() <= 40 && line.starts_with(|c: char| c.is_uppercase())
}

/// Byte ranges of lines, without their `\n`, `\r\n` or lone `\r`.
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(start..i);
                start = i + 1;
            }
            b'\r' => {
                lines.push(start..i);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(start..bytes.len());
    }
    // A paragraph separator (U+2029) or line separator (U+2028) also breaks lines.
    lines
        .into_iter()
        .flat_map(|r| split_on_unicode_separators(text, r))
        .collect()
}

fn split_on_unicode_separators(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    if !line.contains(['\u{2028}', '\u{2029}']) {
        return vec![range];
    }
    let mut parts = Vec::new();
    let mut start = range.start;
    for (i, c) in line.char_indices() {
        if c == '\u{2028}' || c == '\u{2029}' {
            parts.push(start..range.start + i);
            start = range.start + i + c.len_utf8();
        }
    }
    parts.push(start..range.end);
    parts
}

fn quote_mark(c: char) -> Option<QuoteMark> {
    Some(match c {
        '“' | '«' | '„' | '「' | '『' | '‟' => QuoteMark::Open,
        '”' | '»' | '」' | '』' => QuoteMark::Close,
        '"' | '＂' => QuoteMark::Straight,
        '‘' | '‚' | '‹' | '‛' => QuoteMark::SingleOpen,
        '’' | '›' => QuoteMark::SingleClose,
        _ => return None,
    })
}

/// `al-Amr`, `el-Sisi`, `bin-Salman`: a lowercase particle joined to a
/// capitalized name is part of a proper name.
fn is_particle_name(surface: &str) -> bool {
    surface.split_once('-').is_some_and(|(particle, rest)| {
        (1..=3).contains(&particle.len())
            && particle.chars().all(|c| c.is_ascii_lowercase())
            && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// Marks that attach to the preceding letter (combining diacritics, joiners,
/// variation selectors): they never split a word.
fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}'
        | '\u{200C}' | '\u{200D}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
        | '\u{0591}'..='\u{05C7}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}')
}

/// Splits one paragraph into tokens, appending to `tokens` and `norm`.
fn tokenize(text: &str, range: Range<usize>, tokens: &mut Vec<Token>, norm: &mut String) {
    let lex = lexicon();
    let para = &text[range.clone()];
    let base = range.start;
    // (At most one char per byte: one allocation, no regrowth.)
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(para.len());
    chars.extend(para.char_indices());
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let singles = straight_single_quotes(&chars);
    let mut k = 0;
    while k < chars.len() {
        let (offset, c) = chars[k];
        if c.is_whitespace() || c.is_control() || c == '\u{feff}' {
            k += 1;
            continue;
        }
        let start = base + offset;
        if is_word_char(c) {
            // A word: letters and digits, with inner hyphens, apostrophes,
            // periods (`U.S.`, `3.5`) and commas between digits (`7,000`).
            let mut j = k + 1;
            while let Some(d) = at(j) {
                if is_word_char(d) {
                    j += 1;
                    continue;
                }
                let next = at(j + 1);
                let joins = match d {
                    '-' | '‑' | '&' => next.is_some_and(is_word_char),
                    // `CNN/ORC`, `Reuters/Ipsos`: pollsters in partnership are one name.
                    '/' => chars[k].1.is_uppercase() && next.is_some_and(char::is_uppercase),
                    '.' => {
                        next.is_some_and(|n| n.is_alphanumeric())
                            && (chars[j - 1].1.is_ascii_digit()
                                || at(j + 2).is_some_and(|m| m == '.')
                                || dotted_run(&chars, k, j)
                                || domain_suffix(&chars, j)
                                || newsgroup_name(&chars, k, j))
                    }
                    // (`9:15 a.m.`: a clock time, no colon opening content.)
                    ',' | ':' => {
                        chars[j - 1].1.is_ascii_digit()
                            && next.is_some_and(|n| n.is_ascii_digit())
                            && at(j + 2).is_some_and(|m| m.is_ascii_digit())
                    }
                    // Inner apostrophes split `Kim’s` and `didn’t` below;
                    // one after a name's first letter joins it: `O'Brien`,
                    // `N'Djamena`, `d'Ivoire`.
                    _ if is_apostrophe(d) => j == k + 1 && next.is_some_and(char::is_uppercase),
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            let mut end_k = j;
            // The word as written: a slice, no copy.
            let word = &para[chars[k].0..chars.get(j).map_or(para.len(), |&(o, _)| o)];
            // `U.S.`, `Dr.`, `J.`: keep a final period that belongs to the word.
            if at(j) == Some('.') {
                let with_period = lowercase(word) + ".";
                // (`No. 5`, but `They said no.”`: a numbering abbreviation
                // only before its number.)
                let number_follows = (j + 1..j + 4)
                    .map(at)
                    .find(|c| *c != Some(' '))
                    .flatten()
                    .is_some_and(|c| c.is_ascii_digit());
                let known = lex.info(&with_period).is_some_and(|i| {
                    i.abbreviation
                        .is_some_and(|a| a != AbbreviationClass::Number || number_follows)
                });
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                // (`Ph.D.`, but not a site's or a newsgroup's name at a
                // sentence's end, `www.agency.gov.`)
                let dotted = has_char(word, '.')
                    && !word.chars().any(|c| c.is_ascii_digit())
                    && word.split('.').all(|part| part.chars().count() <= 2);
                if known || initial || dotted {
                    end_k = j + 1;
                }
            }
            // `didn’t` → `did` + `n’t`.
            if end_k == j
                && word.len() > 1
                && (word.ends_with('n') || word.ends_with('N'))
                && at(j).is_some_and(is_apostrophe)
                && at(j + 1).is_some_and(|t| t == 't' || t == 'T')
                && !at(j + 2).is_some_and(is_word_char)
            {
                let n_start = chars[j - 1].0;
                push_word(
                    tokens,
                    norm,
                    para,
                    base,
                    chars[k].0,
                    n_start,
                    TokenKind::Word,
                );
                let end = chars.get(j + 2).map_or(para.len(), |&(o, _)| o);
                push_word(tokens, norm, para, base, n_start, end, TokenKind::Word);
                k = j + 2;
                continue;
            }
            let end = chars.get(end_k).map_or(para.len(), |&(o, _)| o);
            let kind = if c.is_ascii_digit()
                && word
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':'))
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            push_word(tokens, norm, para, base, chars[k].0, end, kind);
            k = end_k;
            // `’s`, `’re`, `’ve`, `’ll`, `’d`, `’m` attach as their own token.
            if at(k).is_some_and(is_apostrophe) {
                let mut m = k + 1;
                while at(m).is_some_and(|c| c.is_alphabetic()) && m - k <= 3 {
                    m += 1;
                }
                let suffix: String = chars[k + 1..m]
                    .iter()
                    .map(|&(_, c)| c.to_ascii_lowercase())
                    .collect();
                if words!["s", "re", "ve", "ll", "d", "m"].has(suffix.as_str())
                    && !at(m).is_some_and(is_word_char)
                {
                    let end = chars.get(m).map_or(para.len(), |&(o, _)| o);
                    push_word(tokens, norm, para, base, chars[k].0, end, TokenKind::Word);
                    k = m;
                }
            }
            continue;
        }
        let end_k;
        let kind = if let Some(mark) = quote_mark(c) {
            end_k = k + 1;
            TokenKind::Quote(mark)
        } else if let Ok(n) = singles.binary_search_by_key(&k, |&(at, _)| at) {
            let mark = singles[n].1;
            // `'We will win,' she said`: straight single marks that pair.
            end_k = k + 1;
            TokenKind::Quote(mark)
        } else if (c == '\'' || c == '`') && at(k + 1) == Some(c) {
            // Wire style: ``We will win,'' or ''We will win,'' (two marks, one quote).
            end_k = k + 2;
            TokenKind::Quote(if c == '`' {
                QuoteMark::Open
            } else {
                QuoteMark::Straight
            })
        } else if c == '.' || c == '-' {
            let mut j = k + 1;
            while at(j) == Some(c) {
                j += 1;
            }
            end_k = j;
            match (c, j - k) {
                ('.', 3..) => TokenKind::Punct('…'),
                // A typewriter's dash: `built -- and that` (not a range, `5--10`).
                ('-', 2..)
                    if !(k > 0
                        && at(k - 1).is_some_and(|p| p.is_ascii_digit())
                        && at(j).is_some_and(|n| n.is_ascii_digit())) =>
                {
                    TokenKind::Punct('—')
                }
                _ => TokenKind::Punct(c),
            }
        } else {
            end_k = k + 1;
            TokenKind::Punct(c)
        };
        let end = chars.get(end_k).map_or(para.len(), |&(o, _)| o);
        let norm_start = norm.len() as u32;
        norm.push_str(&para[offset..end]);
        tokens.push(Token {
            start,
            end: base + end,
            kind,
            norm: (norm_start, norm.len() as u32),
            capitalized: false,
            info: None,
            entry: None,
        });
        k = end_k;
    }
}

/// The straight single quotation marks of a paragraph (char index, mark):
/// one before a word after a space that a later one after a word or its
/// punctuation closes (`'We will win,' she said`), never an apostrophe
/// inside a word (`don't`, `O'Brien`). A closer that reads as a plural's
/// apostrophe (`the players' union`) gives way to a later one.
fn straight_single_quotes(chars: &[(usize, char)]) -> Vec<(usize, QuoteMark)> {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let apostrophe = |k: usize| at(k) == Some('\'');
    // One alone, or the inner one of three (`''… 'June,'''`: a single
    // quote closing inside a wire quote, before its two; `'''Tis` after them).
    let mark = |k: usize| {
        apostrophe(k)
            && match (k > 0 && apostrophe(k - 1), apostrophe(k + 1)) {
                (false, false) => true,
                (false, true) => apostrophe(k + 2) && !apostrophe(k + 3),
                (true, false) => k >= 2 && apostrophe(k - 2) && (k < 3 || !apostrophe(k - 3)),
                (true, true) => false,
            }
    };
    let opens = |k: usize| {
        mark(k)
            && (k == 0 || at(k - 1).is_some_and(|p| p.is_whitespace() || has_char("([{—–-\"“'", p)))
            && at(k + 1).is_some_and(char::is_alphabetic)
    };
    let closes = |k: usize| {
        mark(k)
            && k > 0
            && at(k - 1).is_some_and(|p| p.is_alphanumeric() || has_char(".,!?;:", p))
            && at(k + 1).is_none_or(|n| n.is_whitespace() || has_char(".,;:!?)]}—–\"”'", n))
    };
    let plural_like = |k: usize| {
        at(k - 1) == Some('s')
            && at(k + 1) == Some(' ')
            && at(k + 2).is_some_and(char::is_lowercase)
    };
    let mut marks = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if !opens(k) {
            k += 1;
            continue;
        }
        // (Up to the next opening mark: linear, and no quote inside another.)
        let mut first = None;
        let mut close = None;
        let mut j = k + 2;
        while j < chars.len() && !opens(j) {
            if closes(j) {
                first = first.or(Some(j));
                if !plural_like(j) {
                    close = Some(j);
                    break;
                }
            }
            j += 1;
        }
        match close.or(first) {
            Some(j) => {
                marks.push((k, QuoteMark::SingleOpen));
                marks.push((j, QuoteMark::SingleClose));
                k = j + 1;
            }
            None => k = j,
        }
    }
    marks
}

/// Whether the word started at `k` is a dotted initialism so far (`U.S`, `e.g`).
/// `Secunia.com`, `BBC.co.uk`: a period before a top-level domain joins a
/// site's name into one word instead of ending a sentence.
fn domain_suffix(chars: &[(usize, char)], dot: usize) -> bool {
    const DOMAINS: &[&str] = &[
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "io", "co", "uk", "tv",
    ];
    let after = chars[dot + 1..]
        .iter()
        .take_while(|&&(_, c)| c.is_ascii_lowercase())
        .count();
    let ends_word = chars
        .get(dot + 1 + after)
        .is_none_or(|&(_, c)| !is_word_char(c));
    let suffix: String = chars[dot + 1..dot + 1 + after]
        .iter()
        .map(|&(_, c)| c)
        .collect();
    dot > 0 && chars[dot - 1].1.is_alphanumeric() && ends_word && DOMAINS.contains(&suffix.as_str())
}

/// Whether the period at `j` is inside a dotted lowercase name of three or
/// more parts (`alt.religion.cult`, `comp.lang.rust`): a sentence that ends
/// without a space (`the end.then`) has only one such period.
fn newsgroup_name(chars: &[(usize, char)], k: usize, j: usize) -> bool {
    let lower_run = |from: usize| {
        chars[from..]
            .iter()
            .take_while(|&&(_, c)| c.is_lowercase())
            .count()
    };
    let before = chars[k..j]
        .iter()
        .rev()
        .take_while(|&&(_, c)| c.is_lowercase())
        .count();
    let after = lower_run(j + 1);
    let dot_before = before > 0 && j > k + before && chars[j - before - 1].1 == '.';
    let dot_after = after > 0
        && chars.get(j + 1 + after).is_some_and(|&(_, c)| c == '.')
        && chars
            .get(j + 2 + after)
            .is_some_and(|&(_, c)| c.is_lowercase());
    before > 0 && after > 0 && (dot_before || dot_after)
}

fn dotted_run(chars: &[(usize, char)], k: usize, j: usize) -> bool {
    let letters: Vec<char> = chars[k..j]
        .iter()
        .map(|&(_, c)| c)
        .filter(|c| *c != '.')
        .collect();
    let periods = chars[k..j].iter().filter(|&&(_, c)| c == '.').count();
    letters.len() <= periods + 1 && letters.iter().all(|c| c.is_alphabetic())
}

fn push_word(
    tokens: &mut Vec<Token>,
    norm: &mut String,
    para: &str,
    base: usize,
    start: usize,
    end: usize,
    kind: TokenKind,
) {
    let surface = &para[start..end];
    let norm_start = norm.len();
    if surface.is_ascii() {
        norm.push_str(surface);
        norm[norm_start..].make_ascii_lowercase();
    } else {
        for c in surface.chars() {
            match c {
                '’' | '‘' => norm.push('\''),
                c if c.is_ascii() => norm.push(c.to_ascii_lowercase()),
                c => norm.push(lowercase_char(c)),
            }
        }
    }
    let entry = lexicon().entry_number(&norm[norm_start..]);
    let mut info = entry.and_then(|e| lexicon().info_at(e));
    // Short acronyms (`UN`, `EU`) name bodies only in capitals: `Kim Jong Un` is a person.
    // (Company suffixes are written in any case: `Ford Motor Co`, `Acme Inc`.)
    if surface.len() <= 12
        && surface.chars().filter(|c| c.is_alphabetic()).count() <= 3
        && !surface.ends_with('.')
        && surface.chars().any(char::is_lowercase)
        && !words!["co", "inc", "ltd", "plc", "llc"].has(&norm[norm_start..])
    {
        let proper =
            Flags::ORGANIZATION | Flags::GOVERNMENT | Flags::PLACE | Flags::OUTLET | Flags::MEDIA;
        if info.is_some_and(|i| {
            i.flags.any(proper)
                && i.verb.is_none()
                && !i.flags.any(
                    Flags::DET
                        | Flags::PRON
                        | Flags::PREP
                        | Flags::CONJ
                        | Flags::AUX
                        | Flags::MODAL
                        | Flags::NEG
                        | Flags::ADV
                        | Flags::SUB
                        | Flags::QUANT
                        | Flags::POSS,
                )
        }) {
            info = None;
        }
    }
    // `the WHO`, `the US`: a pronoun written in capitals amid lowercase text
    // is a name (in a headline set in capitals it stays the pronoun).
    let near = &para.as_bytes()[start.saturating_sub(6)..(end + 6).min(para.len())];
    if surface.len() >= 2
        && !surface.bytes().any(|b| b.is_ascii_lowercase())
        && near.iter().any(u8::is_ascii_lowercase)
        && info.is_some_and(|i| i.flags.any(Flags::PRON | Flags::OBJPRON | Flags::REL))
    {
        info = None;
    }
    // `in May`, `since May`, `early May`: the month, not the modal (told
    // apart by the word before it; a month's entry stands in for it).
    if surface == "May"
        && tokens.last().is_some_and(|t| {
            let before = &norm[t.norm.0 as usize..t.norm.1 as usize];
            t.is(Flags::PREP) || words!["last", "next", "this", "early", "late", "mid"].has(before)
        })
    {
        info = lexicon().info("june");
    }
    tokens.push(Token {
        start: base + start,
        end: base + end,
        kind,
        norm: (norm_start as u32, norm.len() as u32),
        capitalized: surface.chars().next().is_some_and(char::is_uppercase)
            || is_particle_name(surface),
        info,
        entry,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.sentences
            .iter()
            .map(|s| doc.slice(s.tokens.clone()))
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        (0..doc.tokens.len())
            .map(|i| doc.surface(i).to_owned())
            .collect()
    }

    #[test]
    fn a_pronoun_in_capitals_amid_lowercase_is_a_name() {
        let doc = Document::new("The WHO and the US said so. THE WHO SAID SO.");
        assert!(!doc.tokens[1].is(Flags::REL));
        assert!(!doc.tokens[4].is(Flags::OBJPRON));
        assert!(doc.tokens[9].is(Flags::REL));
    }

    #[test]
    fn may_after_a_preposition_is_the_month() {
        let doc = Document::new("It met in May and may meet again in early May.");
        let flags = |k: usize| {
            (
                doc.tokens[k].is(Flags::TIME),
                doc.tokens[k].is(Flags::MODAL),
            )
        };
        assert_eq!(flags(3), (true, false));
        assert_eq!(flags(5), (false, true));
        assert_eq!(flags(10), (true, false));
    }

    #[test]
    fn a_straight_quote_after_a_party_tag_opens_a_sentence() {
        let text = "\"No,\" said Rep. Tom Ortiz, D-N.M. \"We need leadership.\" He left.";
        assert_eq!(
            sentences(text),
            vec![
                "\"No,\" said Rep. Tom Ortiz, D-N.M.",
                "\"We need leadership.\"",
                "He left."
            ]
        );
    }

    #[test]
    fn sentences_survive_abbreviations_decimals_and_initials() {
        let text = "Dr. Ana Ruiz met U.S. officials on Jan. 5 in St. Louis. Growth was 3.5 percent, said J. R. Ellis. It rose.";
        assert_eq!(
            sentences(text),
            vec![
                "Dr. Ana Ruiz met U.S. officials on Jan. 5 in St. Louis.",
                "Growth was 3.5 percent, said J. R. Ellis.",
                "It rose."
            ]
        );
    }

    #[test]
    fn an_honorific_after_a_company_suffix_starts_a_sentence() {
        let text =
            "said Ann Hale, an analyst at Drexel Inc. Mr. Healy agreed. He met U.S. Sen. Ann Lowe.";
        assert_eq!(
            sentences(text),
            vec![
                "said Ann Hale, an analyst at Drexel Inc.",
                "Mr. Healy agreed.",
                "He met U.S. Sen. Ann Lowe."
            ]
        );
    }

    #[test]
    fn a_numbering_abbreviation_ends_a_sentence_unless_a_number_follows() {
        assert_eq!(
            sentences("He would vote no. Johnson changed his mind. No. 2 was taxes."),
            vec![
                "He would vote no.",
                "Johnson changed his mind.",
                "No. 2 was taxes."
            ]
        );
    }

    #[test]
    fn an_initialism_can_end_a_sentence() {
        assert_eq!(
            sentences("Sanctions hit the U.S. The move angered allies."),
            vec!["Sanctions hit the U.S.", "The move angered allies."]
        );
        assert_eq!(
            sentences("Ties with the U.S. “remain the cornerstone,” he said."),
            vec!["Ties with the U.S. “remain the cornerstone,” he said."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“Is it over?” she asked. “No.” He left."),
            vec!["“Is it over?” she asked.", "“No.”", "He left."]
        );
    }

    #[test]
    fn words_split_possessives_and_contractions() {
        // (An apostrophe after a name's first letter is the name's.)
        assert_eq!(
            words("O'Brien flew to N’Djamena."),
            vec!["O'Brien", "flew", "to", "N’Djamena", "."]
        );
        assert_eq!(
            words("Kim’s aides didn’t say 7,000 comrades-in-arms."),
            vec![
                "Kim",
                "’s",
                "aides",
                "did",
                "n’t",
                "say",
                "7,000",
                "comrades-in-arms",
                "."
            ]
        );
        // A clock time is one number; a colon after a word stays punctuation.
        assert_eq!(
            words("At 9:15 a.m. she wrote: no."),
            vec!["At", "9:15", "a.m.", "she", "wrote", ":", "no", "."]
        );
    }

    #[test]
    fn a_typewriters_double_hyphen_is_a_dash() {
        for text in ["built -- and paid", "built--and paid", "built --- and paid"] {
            let doc = Document::new(text);
            assert_eq!(doc.tokens.len(), 4, "{text}");
            assert!(doc.tokens[1].is_punct('—'), "{text}");
        }
        // (Not a range of numbers, nor one hyphen.)
        assert!(!Document::new("5--10")
            .tokens
            .iter()
            .any(|t| t.is_punct('—')));
        assert!(Document::new("a - b").tokens[1].is_punct('-'));
    }

    #[test]
    fn lines_are_paragraphs_unless_the_text_is_wrapped() {
        let doc = Document::new("One line.\nTwo line.\r\nThree.\rFour.");
        assert_eq!(doc.paragraphs.len(), 4);
        let wrapped = Document::new("A long sentence that\nwraps here.\n\nNext paragraph.");
        assert_eq!(wrapped.paragraphs.len(), 2);
        assert_eq!(wrapped.sentences.len(), 2);
        // (A headline's date on the line below stands alone: the headline
        // is no wrapped line of it.)
        let dated =
            Document::new("Study warns of melt\nWednesday, October 9, 2024\n\nThe study said so.");
        assert_eq!(dated.paragraphs.len(), 3);
    }

    #[test]
    fn normal_forms_are_lowercase_with_straight_apostrophes() {
        let doc = Document::new("KREMLIN Spokesman’s");
        assert_eq!(doc.norm(0), "kremlin");
        assert_eq!(doc.norm(2), "'s");
    }

    #[test]
    fn a_site_name_is_one_word() {
        let doc = Document::new("The firm Secunia.com has said so. Visit BBC.co.uk today.");
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.slice(i..i + 1)).collect();
        assert!(words.contains(&"Secunia.com"), "{words:?}");
        assert!(words.contains(&"BBC.co.uk"), "{words:?}");
        // A dateline is no part of the first sentence's grammar.
        for (text, first) in [
            ("WASHINGTON — Senators said so.", "Senators"),
            ("LONDON, Nov 3 (Reuters) - The bank said so.", "The"),
            ("NASA said so — again.", "NASA"),
        ] {
            let doc = Document::new(text);
            assert_eq!(doc.surface(doc.after_dateline(0)), first, "{text}");
        }
        assert_eq!(doc.sentences.len(), 2);
        // A newsgroup's name is one word; a site's name ends its sentence
        // with its period, which an initialism keeps.
        let doc = Document::new(
            "Posters at alt.religion.cult said so. See www.agency.gov. He has a Ph.D. now.",
        );
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.slice(i..i + 1)).collect();
        assert!(words.contains(&"alt.religion.cult"), "{words:?}");
        assert!(words.contains(&"www.agency.gov"), "{words:?}");
        assert!(words.contains(&"Ph.D."), "{words:?}");
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(self::words("the end.then"), ["the", "end", ".", "then"]);
        // Pollsters in partnership are one name; a lowercase pair is not.
        assert_eq!(
            self::words("A CNN/ORC poll, a Reuters/Ipsos one, and/or"),
            [
                "A",
                "CNN/ORC",
                "poll",
                ",",
                "a",
                "Reuters/Ipsos",
                "one",
                ",",
                "and",
                "/",
                "or"
            ]
        );
    }
}
